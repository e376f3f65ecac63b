package fr.vigie.ingest;

import fr.vigie.model.ExitCode;
import fr.vigie.model.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/** Opens the right {@link TableReader} for a file. */
public final class TableReaders {

    private TableReaders() {
    }

    /**
     * Opens a file for streaming, detecting its format (unless {@code options} sets one) and, for CSV,
     * its dialect; reads and validates the header.
     *
     * @throws InputException when the file cannot be read at all (missing, empty, binary, truncated,
     *     encrypted or oversized archive, bad header): exit 1, or 2 for a bad {@code columnNames} override
     *     or a document given where a table is expected
     */
    public static TableReader open(Path file, ReadOptions options) {
        ReadOptions opts = options == null ? ReadOptions.defaults() : options;
        checkOptions(file, opts);
        SourceFormat format = opts.format() != null ? opts.format() : detectFormat(file);
        checkReadable(file);
        return switch (format) {
            case CSV -> new CsvTableReader(file, opts);
            case PARQUET -> new ParquetTableReader(file, opts);
            case XLSX -> new XlsxTableReader(file, opts);
            case ODS -> new OdsTableReader(file, opts);
            case DOCUMENT -> throw new InputException(ExitCode.BAD_CONFIGURATION, file, 0, 0,
                    "a document is not a table (documents are read as text)");
        };
    }

    /**
     * The format of a file from its first bytes (and, for ZIP containers, the entries they hold),
     * falling back on the extension; anything else that looks like text is CSV.
     *
     * @throws InputException when the file is missing, empty, or an encrypted or legacy Office workbook
     */
    public static SourceFormat detectFormat(Path file) {
        byte[] head = readHead(file);
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (startsWith(head, "PAR1")) {
            return SourceFormat.PARQUET;
        }
        if (startsWith(head, "%PDF")) {
            return SourceFormat.DOCUMENT;
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return Archives.formatOfZip(file);
        }
        if (head.length >= 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
                && (head[3] & 0xFF) == 0xE0) {
            if (name.endsWith(".doc") || name.endsWith(".docx")) {
                return SourceFormat.DOCUMENT;
            }
            throw new InputException(file, "encrypted workbook or legacy binary .xls (not supported: save it as "
                    + "XLSX, ODS or CSV without a password)");
        }
        return formatOfName(name);
    }

    /** When the first bytes do not tell: the extension, and CSV for anything else. */
    private static SourceFormat formatOfName(String name) {
        if (name.endsWith(".parquet")) {
            return SourceFormat.PARQUET;
        }
        if (name.endsWith(".xlsx")) {
            return SourceFormat.XLSX;
        }
        if (name.endsWith(".ods")) {
            return SourceFormat.ODS;
        }
        if (name.endsWith(".pdf") || name.endsWith(".docx") || name.endsWith(".odt") || name.endsWith(".txt")
                || name.endsWith(".doc") || name.endsWith(".rtf")) {
            return SourceFormat.DOCUMENT;
        }
        return SourceFormat.CSV;
    }

    /** Settings no file can be read with: a configuration mistake (exit 2), named here rather than left to fail later. */
    private static void checkOptions(Path file, ReadOptions options) {
        String problem = limitsProblem(options);
        problem = problem != null ? problem : dialectProblem(options);
        problem = problem != null ? problem : columnsProblem(options);
        if (problem != null) {
            throw new InputException(ExitCode.BAD_CONFIGURATION, file, 0, 0, problem);
        }
    }

    private static String limitsProblem(ReadOptions options) {
        if (options.maxFieldChars() != null && options.maxFieldChars() < 1) {
            return "maxFieldChars must be at least 1";
        } else if (options.maxRecordLines() != null && options.maxRecordLines() < 1) {
            return "maxRecordLines must be at least 1";
        } else if (options.headerLine() != null && options.headerLine() < 0) {
            return "headerLine must be 0 (no header) or a 1-based line number";
        }
        return null;
    }

    private static String dialectProblem(ReadOptions options) {
        if (options.separator() != null && (options.separator() == '\n' || options.separator() == '\r')) {
            return "separator cannot be a line break";
        } else if (options.quote() != null && (options.quote() == '\n' || options.quote() == '\r')) {
            return "quote cannot be a line break";
        } else if (options.separator() != null && options.separator().equals(options.quote())) {
            return "separator and quote are the same character";
        }
        return null;
    }

    private static String columnsProblem(ReadOptions options) {
        if (options.maxColumns() != null && options.maxColumns() < 1) {
            return "maxColumns must be at least 1";
        } else if (options.maxColumnNameChars() != null && options.maxColumnNameChars() < 1) {
            return "maxColumnNameChars must be at least 1";
        } else if (options.columnNames() != null && options.columnNames().isEmpty()) {
            return "columnNames is empty";
        }
        return null;
    }

    private static void checkReadable(Path file) {
        readHead(file);
    }

    private static byte[] readHead(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(8);
            if (head.length == 0) {
                throw new InputException(file, "file is empty");
            }
            return head;
        } catch (NoSuchFileException e) {
            throw new InputException(file, "file not found");
        } catch (IOException e) {
            throw new InputException(file, "cannot read: " + e.getClass().getSimpleName());
        }
    }

    private static boolean startsWith(byte[] head, String magic) {
        byte[] m = magic.getBytes(StandardCharsets.US_ASCII);
        if (head.length < m.length) {
            return false;
        }
        for (int i = 0; i < m.length; i++) {
            if (head[i] != m[i]) {
                return false;
            }
        }
        return true;
    }
}
