package fr.vigie.classify;

import fr.vigie.config.ConfigNode;
import fr.vigie.model.AttributeType;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Numbers whose check reads them as an organisation's ({@code from}: a SIREN is nine digits with a Luhn check, and so
 * is Israel's Teudat Zehut) that are, in a file about persons, the persons' own: read so by the values alone, under a
 * name no rule read, and different on nearly every row (an employer's number repeats over its staff). They are read
 * as {@code infoType}, for review: a sole trader's own SIREN is as identifying, only its type is in doubt.
 */
record OwnNumbers(Category category, Set<String> from) {
    static OwnNumbers read(ConfigNode node, Map<String, Category> infoTypes) {
        node.allowOnly("infoType", "from");
        Category category = FailClosed.Rules.infoType(node, infoTypes);
        if (category.attributeType() != AttributeType.IDENTIFYING) {
            throw node.get("infoType").error("a person's own number must be an IDENTIFYING info type");
        }
        Set<String> from = new LinkedHashSet<>();
        for (ConfigNode item : node.require("from").items()) {
            from.add(FailClosed.Rules.infoType(item, infoTypes).infoType());
        }
        return new OwnNumbers(category, Set.copyOf(from));
    }
}
