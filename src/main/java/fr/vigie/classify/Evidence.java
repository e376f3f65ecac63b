package fr.vigie.classify;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Why a column got its classification. Holds rule names, ratios and counts: never a value.
 *
 * @param nameMatch           the name pattern that matched the column name (from the rules), or null
 * @param valueMatchRatio     share of sampled values that passed the deciding value rule (0 when none)
 * @param sampled             how many non-null values were examined
 * @param rule                the id of the rule that decided, or null when nothing matched
 * @param valueRule           the id of the value rule with the best match ratio, or null
 * @param embeddedIdentifiers for free text: number of sampled values containing each infoType
 * @param notes               plain-language remarks for the DPO (conflicts, pins, free text...)
 */
public record Evidence(
        String nameMatch,
        double valueMatchRatio,
        int sampled,
        @JsonInclude(JsonInclude.Include.NON_NULL) String rule,
        @JsonInclude(JsonInclude.Include.NON_NULL) String valueRule,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Integer> embeddedIdentifiers,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> notes) {

    public Evidence {
        // Sorted, so the JSON output is stable from run to run.
        embeddedIdentifiers = embeddedIdentifiers == null ? Map.of()
                : Collections.unmodifiableMap(new TreeMap<>(embeddedIdentifiers));
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** The same evidence with one more remark. */
    Evidence withNote(String note) {
        List<String> more = new java.util.ArrayList<>(notes);
        more.add(note);
        return new Evidence(nameMatch, valueMatchRatio, sampled, rule, valueRule, embeddedIdentifiers, more);
    }

    /** The same evidence, decided by {@code decidingRule} (a reading of the dataset context), with one more remark. */
    Evidence decidedBy(String decidingRule, String note) {
        Evidence noted = withNote(note);
        return new Evidence(nameMatch, valueMatchRatio, sampled, decidingRule, valueRule, embeddedIdentifiers, noted.notes);
    }
}
