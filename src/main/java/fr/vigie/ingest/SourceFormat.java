package fr.vigie.ingest;

/** The kinds of input file Vigie reads. */
public enum SourceFormat {
    CSV,
    PARQUET,
    XLSX,
    ODS,
    /** PDF, DOCX, ODT, TXT: read as text through Tika ({@link Documents}), not as a table. */
    DOCUMENT
}
