package fr.vigie.classify;

import fr.vigie.config.ConfigNode;
import java.util.List;
import java.util.Map;

/**
 * The units of measure a column's name may carry ("Pain (kg)", "conso_kwh", "Surface (m²)", "duree_moyenne_min"): such a
 * column measures a thing, so its numbers are no amount of money and no age, whatever the file is about. A body's
 * measure stays what its own name rule reads (a weight, a height: health), since only the readings of money and age
 * consult these units.
 *
 * @param units the units' symbols and names, matched as words of the name (one list, with its source in the rules)
 */
record MeasureUnits(Dictionary units) {
    /** No list: no name carries a unit. */
    static MeasureUnits none() {
        return new MeasureUnits(null);
    }

    /** The dictionary named by {@code node} (an unknown name is an error naming the key), or none when missing. */
    static MeasureUnits read(ConfigNode node, Map<String, Dictionary> dictionaries) {
        return node.isMissing() ? none() : new MeasureUnits(ClassificationRules.dictionary(node, dictionaries));
    }

    /** Whether the column's name carries a unit of measure. */
    boolean measures(String columnName) {
        if (units == null || columnName == null) {
            return false;
        }
        List<String> tokens = Text.nameTokens(columnName);
        return !tokens.isEmpty() && units.countPhrases(tokens.toArray(String[]::new), true) > 0;
    }
}
