package fr.vigie.export;

/** A file format an export package can hold its table in. */
public enum ExportFormat {
    /** Apache Parquet, typed columns, ZSTD-compressed: the default. */
    PARQUET("data.parquet", "parquet", "application/vnd.apache.parquet"),
    /** RFC 4180 CSV, UTF-8, comma-separated, CRLF line ends, with a header row. */
    CSV("data.csv", "csv", "text/csv");

    private final String fileName;
    private final String format;
    private final String mediaType;

    ExportFormat(String fileName, String format, String mediaType) {
        this.fileName = fileName;
        this.format = format;
        this.mediaType = mediaType;
    }

    /** The name of the data file inside the package. */
    public String fileName() {
        return fileName;
    }

    /** The Frictionless {@code format} of the resource. */
    public String format() {
        return format;
    }

    /** The Frictionless {@code mediatype} of the resource. */
    public String mediaType() {
        return mediaType;
    }
}
