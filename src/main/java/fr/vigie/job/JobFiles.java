package fr.vigie.job;

import fr.vigie.config.ConfigNode;
import fr.vigie.job.JobDefinition.Bias;
import fr.vigie.job.JobDefinition.ColumnPinSpec;
import fr.vigie.job.JobDefinition.MissedRuns;
import fr.vigie.job.JobDefinition.Partner;
import fr.vigie.job.JobDefinition.ProtectedColumnSpec;
import fr.vigie.job.JobDefinition.Schedule;
import fr.vigie.job.JobDefinition.Source;
import fr.vigie.model.AttributeType;
import fr.vigie.model.ConfigException;
import fr.vigie.model.Domain;
import fr.vigie.model.ProtectedAttribute;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.scheduling.support.CronExpression;

/**
 * Loads and validates job files. Every mistake (unknown key, missing key, bad value, missing policy
 * file, duplicate job id) is a {@link fr.vigie.model.ConfigException} naming the file and the key.
 */
public final class JobFiles {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    private static final Set<String> FORMATS = Set.of("csv", "parquet", "xlsx", "ods", "document");
    private static final Set<String> EXPORT_FORMATS = Set.of("parquet", "csv");
    /** How many files and folders a glob may walk by default before its job fails (source.maxFilesWalked). */
    static final int MAX_FILES_WALKED = 100_000;

    private JobFiles() {
    }

    /** Every {@code *.yml}/{@code *.yaml} file of {@code jobsDir}, sorted by file name; job ids must be unique. */
    public static List<JobDefinition> loadAll(Path jobsDir, Path projectDir) {
        List<Path> files;
        try (Stream<Path> list = Files.list(jobsDir)) {
            files = list.filter(f -> f.toString().endsWith(".yml") || f.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new ConfigException(jobsDir, null, "cannot list job files: " + e.getMessage());
        }
        List<JobDefinition> jobs = new ArrayList<>();
        Map<String, Path> seen = new LinkedHashMap<>();
        for (Path file : files) {
            JobDefinition job = load(file, projectDir);
            Path other = seen.putIfAbsent(job.id(), file);
            if (other != null) {
                throw new ConfigException(file, "id", "job id '" + job.id() + "' is already used by " + other);
            }
            jobs.add(job);
        }
        return jobs;
    }

    /** Loads one job file. */
    public static JobDefinition load(Path file, Path projectDir) {
        ConfigNode root = ConfigNode.load(file).allowOnly("id", "department", "description", "purpose", "controller",
                "source", "schedule", "missedRuns", "maxQuarantineRatio", "columns", "bias", "partners", "workers",
                "broker", "workerTimeout");
        String id = root.string("id");
        if (!ID.matcher(id).matches()) {
            throw root.get("id").error("must be lower-case letters, digits and '-' (it names folders and runs)");
        }
        JobDefinition job = new JobDefinition(
                file,
                id,
                root.string("department"),
                root.string("description", ""),
                nonBlank(root, "purpose"),
                root.string("controller", "Montpellier Méditerranée Métropole"),
                source(root.require("source")),
                new Schedule(cron(root), root.optEnum("missedRuns", MissedRuns.class).orElse(MissedRuns.RUN_ONCE)),
                root.number("maxQuarantineRatio", 0.01, 0.0, 1.0),
                pins(root.get("columns")),
                bias(root.get("bias")),
                partners(root.get("partners"), projectDir),
                workers(root),
                broker(root),
                workerTimeout(root));
        if (job.documents() && job.broker() != null) {
            throw root.get("broker").error("a document job is not partitioned: it sends nothing to workers");
        }
        if (job.documents() && !job.partners().isEmpty()) {
            throw root.get("partners").error("a document job scans documents for personal data; it exports"
                    + " nothing, so it has no partners");
        }
        return job;
    }

    private static int workers(ConfigNode root) {
        if (!root.has("workers")) {
            return 1;
        }
        int workers = positive(root, "workers");
        if (workers > JobDefinition.MAX_WORKERS) {
            throw root.get("workers").error("at most " + JobDefinition.MAX_WORKERS + " workers");
        }
        return workers;
    }

    private static BrokerAddress broker(ConfigNode root) {
        if (!root.has("broker")) {
            return null;
        }
        BrokerAddress.Parsed parsed = BrokerAddress.parse(root.string("broker"));
        return parsed.address().orElseThrow(() -> root.get("broker").error(parsed.problem()));
    }

    private static java.time.Duration workerTimeout(ConfigNode root) {
        if (!root.has("workerTimeout")) {
            return WorkerTimeout.DEFAULT;
        }
        try {
            return WorkerTimeout.parse(root.string("workerTimeout"));
        } catch (IllegalArgumentException e) {
            throw root.get("workerTimeout").error(e.getMessage());
        }
    }

    private static String nonBlank(ConfigNode node, String key) {
        String value = node.string(key);
        if (value.isBlank()) {
            throw node.get(key).error("must not be empty");
        }
        return value.strip();
    }

    private static Source source(ConfigNode source) {
        if (source.isScalar()) {
            return new Source(source.asString(), null, null, null, null, null, null, null, List.of(), MAX_FILES_WALKED,
                    null, null);
        }
        source.allowOnly("path", "format", "encoding", "separator", "quote", "headerLine", "sheet", "maxFieldChars",
                "columnNames", "maxFilesWalked", "maxColumns", "maxColumnNameChars");
        String pattern = source.string("path");
        String format = source.optString("format").map(String::toLowerCase).orElse(null);
        if (format != null && !FORMATS.contains(format)) {
            throw source.get("format").error("unknown format (expected one of: " + String.join(", ", FORMATS) + ")");
        }
        String encoding = source.optString("encoding").orElse(null);
        if (encoding != null && !Charset.isSupported(encoding)) {
            throw source.get("encoding").error("unknown character encoding");
        }
        return new Source(pattern, format, encoding,
                character(source, "separator"), character(source, "quote"),
                source.has("headerLine") ? positive(source, "headerLine") : null,
                source.optString("sheet").orElse(null),
                source.has("maxFieldChars") ? positive(source, "maxFieldChars") : null,
                source.strings("columnNames"),
                source.has("maxFilesWalked") ? positive(source, "maxFilesWalked") : MAX_FILES_WALKED,
                source.has("maxColumns") ? positive(source, "maxColumns") : null,
                source.has("maxColumnNameChars") ? positive(source, "maxColumnNameChars") : null);
    }

    private static Character character(ConfigNode node, String key) {
        if (!node.has(key)) {
            return null;
        }
        String text = node.string(key);
        if (text.equals("\\t") || text.equalsIgnoreCase("tab")) {
            return '\t';
        }
        if (text.length() != 1) {
            throw node.get(key).error("expected a single character (or \\t)");
        }
        return text.charAt(0);
    }

    private static int positive(ConfigNode node, String key) {
        int value = node.get(key).asInt();
        if (value < 1) {
            throw node.get(key).error("must be at least 1");
        }
        return value;
    }

    private static String cron(ConfigNode root) {
        if (!root.has("schedule")) {
            return null;
        }
        String cron = root.string("schedule").trim();
        String springCron = toSpringCron(cron);
        if (!CronExpression.isValidExpression(springCron)) {
            throw root.get("schedule").error("not a valid cron expression (use 5 fields 'min hour day month weekday',"
                    + " 6 fields with seconds, or @daily/@hourly...)");
        }
        return springCron;
    }

    /** Accepts crontab's five fields as well as Spring's six (with seconds) and macros. */
    public static String toSpringCron(String cron) {
        if (cron.startsWith("@")) {
            return cron;
        }
        return cron.split("\\s+").length == 5 ? "0 " + cron : cron;
    }

    private static Map<String, ColumnPinSpec> pins(ConfigNode columns) {
        if (columns.isMissing()) {
            return Map.of();
        }
        Map<String, ColumnPinSpec> pins = new LinkedHashMap<>();
        for (Map.Entry<String, ConfigNode> e : columns.entries().entrySet()) {
            ConfigNode pin = e.getValue().allowOnly("attributeType", "infoType", "domain", "protectedAttribute");
            ColumnPinSpec spec = new ColumnPinSpec(
                    pin.optEnum("attributeType", AttributeType.class).orElse(null),
                    pin.optString("infoType").orElse(null),
                    pin.optEnum("domain", Domain.class).orElse(null),
                    pin.optEnum("protectedAttribute", ProtectedAttribute.class).orElse(null));
            if (spec.attributeType() == null && spec.infoType() == null && spec.domain() == null
                    && spec.protectedAttribute() == null) {
                throw pin.error("a pin must fix at least one of attributeType, infoType, domain, protectedAttribute");
            }
            pins.put(e.getKey(), spec);
        }
        return Map.copyOf(pins);
    }

    private static Bias bias(ConfigNode bias) {
        if (bias.isMissing()) {
            return new Bias(true, List.of(), null, null, Map.of(), null);
        }
        bias.allowOnly("enabled", "protected", "outcome", "positive", "referenceGroups", "stratifyBy");
        List<ProtectedColumnSpec> columns = new ArrayList<>();
        for (ConfigNode item : bias.get("protected").items()) {
            if (item.isScalar()) {
                columns.add(new ProtectedColumnSpec(item.asString(), null));
            } else {
                item.allowOnly("column", "attribute");
                columns.add(new ProtectedColumnSpec(item.string("column"),
                        item.optEnum("attribute", ProtectedAttribute.class).orElse(null)));
            }
        }
        String outcome = bias.optString("outcome").orElse(null);
        String positive = bias.optString("positive").orElse(null);
        if (positive != null && outcome == null) {
            throw bias.get("positive").error("needs an 'outcome' column");
        }
        Map<String, String> references = new LinkedHashMap<>();
        ConfigNode refs = bias.get("referenceGroups");
        if (!refs.isMissing()) {
            refs.entries().forEach((column, group) -> references.put(column, group.asString()));
        }
        return new Bias(bias.bool("enabled", true), List.copyOf(columns), outcome, positive, Map.copyOf(references),
                bias.optString("stratifyBy").orElse(null));
    }

    private static List<Partner> partners(ConfigNode partners, Path projectDir) {
        List<Partner> result = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (ConfigNode item : partners.items()) {
            item.allowOnly("id", "policy", "formats");
            String id = item.string("id");
            if (!ID.matcher(id).matches()) {
                throw item.get("id").error("must be lower-case letters, digits and '-' (it names folders)");
            }
            if (!ids.add(id)) {
                throw item.get("id").error("partner '" + id + "' is listed twice");
            }
            Path policy = item.require("policy").asExistingPath(projectDir);
            List<String> formats = item.strings("formats").stream().map(String::toLowerCase).toList();
            for (int i = 0; i < formats.size(); i++) {
                if (!EXPORT_FORMATS.contains(formats.get(i))) {
                    throw item.get("formats").items().get(i).error("unknown export format (expected parquet or csv)");
                }
            }
            result.add(new Partner(id, policy.normalize(), formats.isEmpty() ? List.of("parquet") : formats));
        }
        return List.copyOf(result);
    }
}
