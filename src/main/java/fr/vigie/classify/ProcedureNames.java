package fr.vigie.classify;

import fr.vigie.config.ConfigNode;
import fr.vigie.model.Domain;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The procedure a file's own name or its columns' names say it records (section {@code failClosed.procedureNames}):
 * a disciplinary board, a criminal court, a medical committee. A decision (Rejet, Accord, Sans suite) is a harmless
 * outcome of a request only outside such a procedure; a board's decision on an agent's conduct is a step of the
 * disciplinary procedure, whatever its words. The columns the rules read as health or an offence already tell it; these
 * names tell it when no value does ("Date du conseil" in {@code conseil_discipline_agents.csv}). Only the names of the
 * bodies and procedures are listed, not the bare nouns: a sport's "discipline", a "certificat médical" of a swimming
 * pool's users record no such procedure.
 */
record ProcedureNames(Map<Domain, Dictionary> names) {
    private static final Pattern EXTENSION = Pattern.compile("\\.[A-Za-z0-9]{1,5}$");

    /** No section: only the columns' readings tell a procedure. */
    static ProcedureNames none() {
        return new ProcedureNames(Map.of());
    }

    /** Reads a map of a domain to the dictionaries (one name or a list) of the names of its procedures. */
    static ProcedureNames read(ConfigNode node, Map<String, Dictionary> dictionaries) {
        if (node.isMissing()) {
            return none();
        }
        Map<Domain, Dictionary> names = new EnumMap<>(Domain.class);
        for (String key : node.keys()) {
            Domain domain;
            try {
                domain = Domain.valueOf(key);
            } catch (IllegalArgumentException e) {
                throw node.get(key).error("unknown domain '" + key + "'");
            }
            names.put(domain, ClassificationRules.dictionary(node.get(key), dictionaries));
        }
        return new ProcedureNames(Map.copyOf(names));
    }

    /**
     * The domains of the procedures named by the file's own name ({@code source}: a path or a dataset's name, its folder
     * and extension ignored; null: none) or by one of its columns' names.
     */
    Set<Domain> of(String source, List<String> columnNames) {
        Set<Domain> found = EnumSet.noneOf(Domain.class);
        if (names.isEmpty()) {
            return found;
        }
        String file = source == null ? "" : EXTENSION.matcher(baseName(source)).replaceFirst("");
        for (Map.Entry<Domain, Dictionary> e : names.entrySet()) {
            if (says(e.getValue(), file) || columnNames.stream().anyMatch(n -> says(e.getValue(), n))) {
                found.add(e.getKey());
            }
        }
        return found;
    }

    private static String baseName(String source) {
        int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
        return source.substring(slash + 1);
    }

    private static boolean says(Dictionary dictionary, String name) {
        List<String> tokens = Text.nameTokens(name);
        return !tokens.isEmpty() && dictionary.countPhrases(tokens.toArray(String[]::new), true) > 0;
    }
}
