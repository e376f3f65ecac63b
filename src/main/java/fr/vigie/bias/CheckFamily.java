package fr.vigie.bias;

/**
 * One family of checks: it reads the folded groups and the scan's tables from the context, adds its
 * drafts of findings (with their sentences) and its notes. A new check is one class here, listed in
 * {@link ReportBuilder#FAMILIES}.
 */
interface CheckFamily {
    void run(CheckContext ctx);
}
