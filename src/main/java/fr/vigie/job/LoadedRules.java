package fr.vigie.job;

import fr.vigie.anonymise.Policy;
import fr.vigie.bias.BiasRules;
import fr.vigie.classify.ClassificationRules;
import fr.vigie.config.ConfigNode;
import fr.vigie.report.FootprintFactors;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rules a run needs, loaded and validated before it starts, so that a bad rule or policy file is
 * a configuration error (exit 2) naming the file and the key, not a failure in the middle of a night.
 */
record LoadedRules(ClassificationRules classification, BiasRules bias, Map<String, Policy> policies,
        FootprintFactors footprint) {

    static LoadedRules load(JobDefinition job, VigieSettings settings) {
        Map<String, Policy> policies = new LinkedHashMap<>();
        for (JobDefinition.Partner partner : job.partners()) {
            policies.put(partner.id(), policy(partner.policy(), settings.projectDir()));
        }
        return new LoadedRules(ClassificationRules.load(settings.rulesDir()), BiasRules.load(settings.rulesDir()),
                Map.copyOf(policies), footprintFactors(settings.rulesDir()));
    }

    /** Energy and carbon factors from {@code rules/footprint.yml}; the documented defaults without it. */
    static FootprintFactors footprintFactors(Path rulesDir) {
        Path file = rulesDir.resolve("footprint.yml");
        return Files.exists(file) ? FootprintFactors.from(ConfigNode.load(file)) : FootprintFactors.defaults();
    }

    static Policy policy(Path file, Path projectDir) {
        return Policy.load(file, projectDir);
    }
}
