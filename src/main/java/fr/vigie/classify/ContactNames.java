package fr.vigie.classify;

import fr.vigie.config.ConfigNode;
import java.util.List;

/**
 * A contact's column whose values are persons' names however often repeated: in a file of organisations or places,
 * a coordinator or a referent named on every row (two persons over sixty contracts) is staff named, not a category.
 *
 * @param rule     the value rule of a first name; one value written as a full name must hold one it knows
 * @param minShare at least this share of the sampled values written as full names (two to four capitalised words)
 */
record ContactNames(int rule, double minShare) {
    static ContactNames none() {
        return new ContactNames(-1, 1);
    }

    static ContactNames read(ConfigNode node, List<ValueRule> valueRules) {
        if (node.isMissing()) {
            return none();
        }
        node.allowOnly("rule", "minShare");
        return new ContactNames(DataSubjects.Rules.valueRule(node.require("rule"), valueRules),
            node.number("minShare", 0.9, 0.5, 1));
    }
}
