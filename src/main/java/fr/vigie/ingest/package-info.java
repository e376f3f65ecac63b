/**
 * Ingestion: reads the files departments send (CSV in every French flavour, Parquet, XLSX, ODS,
 * documents) as streams of records, profiles columns in the same pass and quarantines malformed
 * rows so that nothing is lost silently. Pure Java: no Spring here.
 *
 * <p>Entry points: {@link fr.vigie.ingest.TableReaders#open}, {@link fr.vigie.ingest.Profiler},
 * {@link fr.vigie.ingest.QuarantineWriter}, {@link fr.vigie.ingest.Documents#extractText} and the
 * French value parsers in {@link fr.vigie.ingest.Values}.
 */
package fr.vigie.ingest;
