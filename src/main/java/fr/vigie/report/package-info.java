/**
 * The compliance report's renderers and measures: a self-contained HTML page for the DPO
 * ({@link fr.vigie.report.HtmlReport}), a terminal summary, the "10 laws" checklist derived from
 * the report, and the run's footprint (CPU, memory, energy, CO2e). The report itself is a Jackson
 * JSON tree assembled by the job; every renderer here tolerates missing sections and fields.
 */
package fr.vigie.report;
