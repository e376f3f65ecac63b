package fr.vigie.job;

import fr.vigie.anonymise.Policy;
import fr.vigie.bias.BiasRules;
import fr.vigie.classify.ClassificationRules;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rules a run needs, loaded and validated before it starts, so that a bad rule or policy file is
 * a configuration error (exit 2) naming the file and the key, not a failure in the middle of a night.
 */
record LoadedRules(ClassificationRules classification, BiasRules bias, Map<String, Policy> policies) {

    static LoadedRules load(JobDefinition job, VigieSettings settings) {
        Map<String, Policy> policies = new LinkedHashMap<>();
        for (JobDefinition.Partner partner : job.partners()) {
            policies.put(partner.id(), policy(partner.policy(), settings.projectDir()));
        }
        return new LoadedRules(ClassificationRules.load(settings.rulesDir()), BiasRules.load(settings.rulesDir()),
                Map.copyOf(policies));
    }

    static Policy policy(Path file, Path projectDir) {
        return Policy.load(file, projectDir);
    }
}
