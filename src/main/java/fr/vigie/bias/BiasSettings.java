package fr.vigie.bias;

import fr.vigie.model.ProtectedAttribute;
import java.util.List;
import java.util.Map;

/**
 * The bias section of a job (or the options of {@code vigie scan-bias}), before it meets a dataset.
 *
 * @param protectedColumns declared protected columns: when there are any, they are the whole list
 * @param outcome          the outcome column, or null
 * @param positive         the favourable value of a binary outcome; null for a numeric outcome
 * @param referenceGroups  protected column → declared reference group
 * @param stratifyBy       a legitimate factor to stratify outcome disparities by, or null
 */
public record BiasSettings(List<Declared> protectedColumns, String outcome, String positive,
                           Map<String, String> referenceGroups, String stratifyBy) {
    /**
     * A protected column as the job names it.
     *
     * @param column    the column
     * @param attribute its attribute, or null to take the classification's
     */
    public record Declared(String column, ProtectedAttribute attribute) {
    }

    public BiasSettings {
        protectedColumns = protectedColumns == null ? List.of() : List.copyOf(protectedColumns);
        referenceGroups = referenceGroups == null ? Map.of() : Map.copyOf(referenceGroups);
    }
}
