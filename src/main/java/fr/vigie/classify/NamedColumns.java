package fr.vigie.classify;

import fr.vigie.config.ConfigNode;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Columns read as one of {@code infoTypes} under a name holding one of {@code words}. Two sections are so written:
 * {@code dataSubject.credentials}, the access credentials of an organisation or place file (a badge, a key fob, an
 * access card, a login: an organisation's record number is not personal data, but a badge beside a column naming a
 * person opens the door to that person, so it is theirs), and {@code dataSubject.personKeys}, a record key named for
 * the person a file is about ("Réf bénéficiaire", "N° usager", "id patient": it makes the rows persons as a name
 * would; hours of visits written like opening hours do not make them places), never for a customer or a third
 * party (an organisation's account at a supplier).
 */
record NamedColumns(Set<String> words, Set<String> infoTypes) {
    static NamedColumns none() {
        return new NamedColumns(Set.of(), Set.of());
    }

    static NamedColumns read(ConfigNode node, Set<String> known) {
        if (node.isMissing()) {
            return none();
        }
        node.allowOnly("words", "infoTypes");
        Set<String> words = new LinkedHashSet<>();
        for (String word : node.strings("words")) {
            words.addAll(Text.canonicalWords(Text.normalize(word)));
        }
        if (words.isEmpty()) {
            throw node.get("words").error("at least one word is needed");
        }
        return new NamedColumns(Set.copyOf(words), DataSubjects.Rules.infoTypes(node, "infoTypes", known));
    }

    /** Whether the column, named so and read as one of the info types, is one of these columns. */
    boolean is(ColumnClassification c) {
        return c.infoType() != null && infoTypes.contains(c.infoType())
            && Text.nameTokens(c.name()).stream().anyMatch(words::contains);
    }
}
