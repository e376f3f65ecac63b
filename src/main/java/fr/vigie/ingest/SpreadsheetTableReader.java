package fr.vigie.ingest;

import fr.vigie.model.InputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What XLSX and ODS reading share: the header row (the first non-empty row, or the one the job
 * names), empty rows passed over, short rows padded, values right of the last header column sent
 * to quarantine.
 */
abstract class SpreadsheetTableReader extends AbstractTableReader {

    /** One sheet row: its 1-based number and cell texts ({@code ""} for empty cells). */
    record SheetRow(long number, List<String> cells) {
    }

    private int width;
    private SheetRow pendingFirst;

    SpreadsheetTableReader(Path file) {
        super(file);
    }

    /** The next row of the sheet, empty ones included, or null at the end. */
    protected abstract SheetRow nextSheetRow();

    /** Reads the header; call at the end of the subclass constructor. */
    protected final void readHeader(ReadOptions options) {
        Integer headerLine = options.headerLine();
        SheetRow first = nextNonEmpty();
        if (headerLine != null && headerLine > 0) {
            while (first != null && first.number() < headerLine) {
                first = nextNonEmpty();
            }
        }
        if (first == null) {
            throw new InputException(file, "sheet is empty");
        }
        List<String> cells = trimTrailingEmpty(first.cells());
        width = cells.size();
        if (headerLine != null && headerLine == 0) {
            header = Headers.resolve(file, null, 0, width, options);
            pendingFirst = first;
        } else {
            header = Headers.resolve(file, cells, first.number(), width, options);
        }
    }

    @Override
    protected final SourceRecord read() {
        SheetRow row;
        if (pendingFirst != null) {
            row = pendingFirst;
            pendingFirst = null;
        } else {
            row = nextNonEmpty();
        }
        if (row == null) {
            return null;
        }
        List<String> cells = trimTrailingEmpty(row.cells());
        if (cells.size() > width) {
            return new SourceRecord.Malformed(row.number(), "value right of the last header column (column "
                    + cells.size() + ", header has " + width + ")", String.join(";", cells));
        }
        String[] values = new String[width];
        for (int i = 0; i < width; i++) {
            values[i] = i < cells.size() ? cells.get(i) : "";
        }
        return new SourceRecord.Row(row.number(), values);
    }

    private SheetRow nextNonEmpty() {
        SheetRow row;
        do {
            row = nextSheetRow();
        } while (row != null && trimTrailingEmpty(row.cells()).isEmpty());
        return row;
    }

    private static List<String> trimTrailingEmpty(List<String> cells) {
        int end = cells.size();
        while (end > 0 && (cells.get(end - 1) == null || cells.get(end - 1).isBlank())) {
            end--;
        }
        if (end == cells.size()) {
            return cells;
        }
        return new ArrayList<>(cells.subList(0, end));
    }
}
