package fr.vigie.job;

import fr.vigie.anonymise.Hierarchies;
import fr.vigie.anonymise.Hierarchy;
import fr.vigie.anonymise.Policy;
import fr.vigie.export.Keys;
import fr.vigie.ingest.TableReader;
import fr.vigie.ingest.TableReaders;
import fr.vigie.model.ConfigException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything a job needs, checked before its first step, so that a mistake costs no ingestion and no
 * classification and leaves no failed run behind: the files its source path matches now, the rules
 * and its partners' policies with their hierarchy files, the authority's signing key, and, when the
 * source's header can be read, the columns its bias section and its pins name. Every problem is a
 * {@link ConfigException} naming the file and the key (exit code 2).
 */
final class JobCheck {

    private JobCheck() {
    }

    /** A job ready to run: the files matched and the rules loaded when it was checked. */
    record CheckedJob(JobDefinition job, List<Path> files, LoadedRules rules) {
    }

    static CheckedJob check(JobDefinition job, VigieSettings settings) {
        List<Path> files = SourceFiles.resolve(job, settings.projectDir());
        if (files.isEmpty()) {
            throw new ConfigException(job.file(), "source.path", "no file matches '" + job.source().pattern() + "'");
        }
        LoadedRules rules = LoadedRules.load(job, settings);
        rules.policies().values().forEach(JobCheck::hierarchies);
        signingKey(settings);
        if (!job.documents()) {
            List<String> header = header(job, files.get(0));
            if (header != null && job.bias().enabled()) {
                BiasStep.requireColumns(job, header);
            }
            if (header != null) {
                pins(job, header);
            }
        }
        return new CheckedJob(job, files, rules);
    }

    /** Reads every hierarchy file of a policy as the anonymisation will (values are checked then). */
    private static void hierarchies(Policy policy) {
        for (Policy.HierarchySpec spec : policy.hierarchies().values()) {
            switch (spec.kind()) {
                case FILE -> Hierarchy.load(spec.file());
                case GROUPS -> Hierarchies.groups(spec.file(), List.of());
                default -> {
                    // built from the data's values: nothing to read beforehand
                }
            }
        }
    }

    /** An existing signing key must load (owner-only, matching halves); a missing one is created on use. */
    private static void signingKey(VigieSettings settings) {
        if (Files.exists(settings.keyDir().resolve(Keys.PRIVATE_KEY_FILE))) {
            Keys.loadOrCreate(settings.keyDir());
        }
    }

    /**
     * The header of the first source file as ingestion will read it, or null when it cannot be read here:
     * ingestion then fails the run with the reason, in its report.
     */
    private static List<String> header(JobDefinition job, Path file) {
        try (TableReader reader = TableReaders.open(file, IngestStep.options(job.source()))) {
            return reader.header();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static void pins(JobDefinition job, List<String> header) {
        for (String column : job.pins().keySet()) {
            if (!header.contains(column)) {
                throw new ConfigException(job.file(), "columns." + column, "no column '" + column + "' in the source");
            }
        }
    }
}
