package fr.vigie.classify;

import fr.vigie.classify.DataSubjects.Column;
import fr.vigie.config.ConfigNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who holds an organisation's project or founded it (section {@code dataSubject.holders}): a person's column under
 * a name holding one of {@code words} ("porteur_nom", "Fondateur", "chargé d'accompagnement") is the organisation's
 * contact, as a president's is, but only beside a column of one of {@code beside} (the legal forms of the rows'
 * organisations). Without it, the holders may be the rows themselves: a business incubator's sole traders testing
 * their activity ("Porteur de projet", SIRET, turnover) are persons, their SIRET and turnover their own.
 */
record Holders(Set<String> words, Set<String> beside) {
    static Holders none() {
        return new Holders(Set.of(), Set.of());
    }

    static Holders read(ConfigNode node, Set<String> known) {
        if (node.isMissing()) {
            return none();
        }
        node.allowOnly("words", "beside");
        Set<String> words = new LinkedHashSet<>();
        for (String word : node.strings("words")) {
            words.addAll(Text.canonicalWords(Text.normalize(word)));
        }
        if (words.isEmpty()) {
            throw node.get("words").error("at least one word is needed");
        }
        return new Holders(Set.copyOf(words), DataSubjects.Rules.infoTypes(node, "beside", known));
    }

    /** Whether the column's name says it is a holder's or a founder's. */
    boolean named(String columnName) {
        return Text.nameTokens(columnName).stream().anyMatch(words::contains);
    }

    /** Whether one of the columns is of an info type that shows the rows' legal forms. */
    boolean shownBeside(List<Column> columns) {
        return columns.stream().map(c -> c.classification().infoType()).anyMatch(t -> t != null && beside.contains(t));
    }
}
