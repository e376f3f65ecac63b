package fr.vigie.ingest;

/**
 * One input record: either a good {@link Row} or a {@link Malformed} one bound for quarantine.
 * Every record of the input becomes exactly one of them; nothing is dropped.
 */
public sealed interface SourceRecord permits SourceRecord.Row, SourceRecord.Malformed {

    /** 1-based physical line (CSV), row (spreadsheet) or record index (Parquet) where the record starts. */
    long line();

    /** A good record; {@code values} has one entry per header column, {@code ""} for an empty cell. */
    record Row(long line, String[] values) implements SourceRecord {
    }

    /**
     * A record that could not be read as a row.
     *
     * @param reason why, never containing a cell value (safe for logs and reports)
     * @param raw the raw text of the record, for the quarantine file only (it holds personal data)
     */
    record Malformed(long line, String reason, String raw) implements SourceRecord {
        @Override
        public String toString() {
            // raw holds personal data: keep it out of any accidental log line
            return "Malformed[line=" + line + ", reason=" + reason + "]";
        }
    }
}
