package fr.vigie.ingest;

import fr.vigie.model.ExitCode;
import fr.vigie.model.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams an ODS sheet by pulling {@code content.xml} with StAX: only the current row is in memory.
 * No ODS library streams (they load the whole workbook) and Tika's ODF parser gives text, not cells,
 * so this small reader follows the OpenDocument table model: repeated rows and cells, typed values
 * ({@code office:value}, {@code office:date-value}, {@code office:boolean-value}) else the cell's text.
 */
final class OdsTableReader extends SpreadsheetTableReader {
    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    /** A repeated non-empty cell or row is expanded at most this many times. */
    private static final int MAX_REPEAT = 16_384;

    private final ZipFile zip;
    private final XMLStreamReader xml;
    private final String sheetName;
    private boolean inSheet;
    private boolean sheetDone;
    private long rowNumber;
    private SheetRow repeatedRow;
    private long repeatLeft;

    OdsTableReader(Path file, ReadOptions options) {
        super(file);
        this.sheetName = options.sheet();
        try {
            zip = new ZipFile(file.toFile());
        } catch (IOException e) {
            throw new InputException(file, "not a readable ODS file (damaged or truncated)");
        }
        try {
            Archives.checkSizes(file, zip);
            checkNotEncrypted();
            ZipEntry content = zip.getEntry("content.xml");
            if (content == null) {
                throw new InputException(file, "not an ODS file (no content.xml)");
            }
            InputStream in = Archives.limited(file, zip.getInputStream(content), Archives.MAX_UNCOMPRESSED_BYTES);
            XMLInputFactory factory = XMLInputFactory.newFactory();
            // no DTDs or external entities: content.xml needs neither, and they are an attack surface
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            xml = factory.createXMLStreamReader(in, "UTF-8");
            readHeader(options);
        } catch (IOException | XMLStreamException e) {
            closeQuietly();
            throw new InputException(file, "not a readable ODS file (damaged or truncated)");
        } catch (RuntimeException e) {
            closeQuietly();
            throw e;
        }
    }

    private void checkNotEncrypted() throws IOException {
        ZipEntry manifest = zip.getEntry("META-INF/manifest.xml");
        if (manifest != null) {
            try (InputStream in = zip.getInputStream(manifest)) {
                String text = new String(in.readNBytes(1 << 20), StandardCharsets.UTF_8);
                if (text.contains("encryption-data")) {
                    throw new InputException(file, "encrypted ODS file (remove the password before sending)");
                }
            }
        }
    }

    @Override
    protected SheetRow nextSheetRow() {
        if (repeatLeft > 0) {
            repeatLeft--;
            return new SheetRow(++rowNumber, repeatedRow.cells());
        }
        try {
            while (!sheetDone && xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT && TABLE.equals(xml.getNamespaceURI())) {
                    String name = xml.getLocalName();
                    if (name.equals("table")) {
                        String tableName = xml.getAttributeValue(TABLE, "name");
                        inSheet = sheetName == null || sheetName.equals(tableName);
                    } else if (inSheet && name.equals("table-row")) {
                        return readRow();
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && inSheet && "table".equals(xml.getLocalName())
                        && TABLE.equals(xml.getNamespaceURI())) {
                    sheetDone = true;
                }
            }
        } catch (XMLStreamException e) {
            throw new InputException(ExitCode.FAILED, file, rowNumber + 1, 0, "cannot read ODS content (damaged XML)");
        }
        if (rowNumber == 0 && sheetName != null && !inSheet) {
            throw new InputException(ExitCode.BAD_CONFIGURATION, file, 0, 0, "no sheet with the name given in the job");
        }
        return null;
    }

    /** Reads the row the reader stands on (a table-row start) up to its end. */
    private SheetRow readRow() throws XMLStreamException {
        long repeat = repeatAttribute("number-rows-repeated");
        List<String> cells = new ArrayList<>();
        int pendingEmpty = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && TABLE.equals(xml.getNamespaceURI())
                    && (xml.getLocalName().equals("table-cell") || xml.getLocalName().equals("covered-table-cell"))) {
                long cellRepeat = repeatAttribute("number-columns-repeated");
                String value = readCell();
                if (value.isEmpty()) {
                    // trailing empty cells are often repeated to the sheet's last column: do not expand them
                    pendingEmpty = (int) Math.min(MAX_REPEAT, pendingEmpty + cellRepeat);
                } else {
                    for (int i = 0; i < pendingEmpty; i++) {
                        cells.add("");
                    }
                    pendingEmpty = 0;
                    for (long i = 0; i < Math.min(cellRepeat, MAX_REPEAT); i++) {
                        cells.add(value);
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && "table-row".equals(xml.getLocalName())) {
                break;
            }
        }
        SheetRow row = new SheetRow(++rowNumber, cells);
        if (repeat > 1) {
            if (cells.isEmpty()) {
                // empty rows repeated to the sheet's end: count them, never expand them
                rowNumber += repeat - 1;
            } else {
                repeatedRow = row;
                repeatLeft = Math.min(repeat, MAX_REPEAT) - 1;
            }
        }
        return row;
    }

    /** The cell's value; the reader stands on its start element and ends on its end element. */
    private String readCell() throws XMLStreamException {
        String type = xml.getAttributeValue(OFFICE, "value-type");
        String typed = null;
        if (type != null) {
            typed = switch (type) {
                case "float", "percentage", "currency" -> xml.getAttributeValue(OFFICE, "value");
                case "date" -> xml.getAttributeValue(OFFICE, "date-value");
                case "time" -> xml.getAttributeValue(OFFICE, "time-value");
                case "boolean" -> xml.getAttributeValue(OFFICE, "boolean-value");
                default -> null;
            };
        }
        StringBuilder text = new StringBuilder();
        int depth = 1;
        int paragraphs = 0;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (TEXT.equals(xml.getNamespaceURI())) {
                    switch (xml.getLocalName()) {
                        case "p" -> {
                            if (paragraphs++ > 0) {
                                text.append('\n');
                            }
                        }
                        case "s" -> {
                            String c = xml.getAttributeValue(TEXT, "c");
                            int spaces = c == null ? 1 : Math.min(1000, Integer.parseInt(c));
                            text.append(" ".repeat(spaces));
                        }
                        case "tab" -> text.append('\t');
                        case "line-break" -> text.append('\n');
                        default -> {
                            // spans, links: their text is read as it comes
                        }
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                if (depth >= 2) {
                    text.append(xml.getText());
                }
            }
        }
        if (typed != null) {
            return typed;
        }
        return text.toString();
    }

    private long repeatAttribute(String name) {
        String value = xml.getAttributeValue(TABLE, name);
        if (value == null) {
            return 1;
        }
        try {
            return Math.max(1, Long.parseLong(value));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    @Override
    public void close() {
        closeQuietly();
    }

    private void closeQuietly() {
        try {
            if (xml != null) {
                xml.close();
            }
        } catch (XMLStreamException | RuntimeException ignored) {
            // closing: nothing more to read
        }
        try {
            zip.close();
        } catch (IOException ignored) {
            // closing: nothing more to read
        }
    }
}
