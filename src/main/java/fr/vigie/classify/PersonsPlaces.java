package fr.vigie.classify;

import fr.vigie.config.ConfigNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A person's place named by the place's own name: in a file about persons, a column a name rule read as where the
 * person is (the hotel where a household is sheltered) and a value rule of a list of places rejected (every hotel
 * named "Hôtel ..."), whose values repeat over the rows (eight hotels for seventy households), keeps the name
 * rule's reading. A directory names each place once, and is no file about persons.
 *
 * @param rejectedBy       ids of the value rules of a list of places
 * @param maxDistinctRatio at most this share of different values
 */
record PersonsPlaces(Set<String> rejectedBy, double maxDistinctRatio) {
    static PersonsPlaces none() {
        return new PersonsPlaces(Set.of(), 0);
    }

    static PersonsPlaces read(ConfigNode node, List<ValueRule> valueRules) {
        if (node.isMissing()) {
            return none();
        }
        node.allowOnly("rejectedBy", "maxDistinctRatio");
        Set<String> ids = new LinkedHashSet<>();
        for (int index : DataSubjects.Rules.valueRules(node.require("rejectedBy"), valueRules)) {
            ids.add(valueRules.get(index).id());
        }
        return new PersonsPlaces(Set.copyOf(ids), node.number("maxDistinctRatio", 0.5, 0.05, 0.9));
    }
}
