package fr.vigie.model;

import java.nio.file.Path;

/**
 * An input file that cannot be read at all (empty, binary, truncated...). Names the file and,
 * where it applies, the line and column (1-based; 0 when unknown). Rows that merely are malformed
 * are quarantined instead.
 */
public class InputException extends VigieException {
    private final Path file;
    private final long line;
    private final long column;

    public InputException(int exitCode, Path file, long line, long column, String problem) {
        super(exitCode, format(file, line, column, problem));
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public InputException(Path file, String problem) {
        this(ExitCode.FAILED, file, 0, 0, problem);
    }

    private static String format(Path file, long line, long column, String problem) {
        StringBuilder where = new StringBuilder(String.valueOf(file));
        if (line > 0) {
            where.append(':').append(line);
            if (column > 0) {
                where.append(':').append(column);
            }
        }
        return where + ": " + problem;
    }

    public Path file() {
        return file;
    }

    public long line() {
        return line;
    }

    public long column() {
        return column;
    }
}
