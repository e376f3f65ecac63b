package fr.vigie.classify;

import fr.vigie.config.ConfigNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A file that pays or charges its persons (section {@code failClosed.opaqueNumberPaidBeside}): a column of one of
 * {@code infoTypes} (a bank account) and a column at least half of whose values name a means of payment
 * ({@code paymentMeans}: "Virement", "Chèque"). Numbers held there under a name that says nothing are the sums paid
 * or what sets them, unless none is above {@code countTop} (a household's size, a number of children).
 */
record Paid(Set<String> infoTypes, Dictionary paymentMeans, double countTop) {
    private static final Pattern NOT_A_FIGURE = Pattern.compile("[^0-9.,]");
    private static final Pattern CENTS = Pattern.compile("[.,]\\d{1,2}$");

    static Paid none() {
        return new Paid(Set.of(), null, 0);
    }

    static Paid read(ConfigNode node, Map<String, Category> known, Map<String, Dictionary> dictionaries) {
        if (node.isMissing()) {
            return none();
        }
        node.allowOnly("infoTypes", "paymentMeans", "countTop");
        Set<String> infoTypes = new LinkedHashSet<>();
        for (ConfigNode item : node.require("infoTypes").items()) {
            infoTypes.add(FailClosed.Rules.infoType(item, known).infoType());
        }
        List<Dictionary> means = new ArrayList<>();
        for (ConfigNode item : node.require("paymentMeans").items()) {
            Dictionary d = dictionaries.get(item.asString());
            if (d == null) {
                throw item.error("unknown dictionary '" + item.asString() + "'");
            }
            means.add(d);
        }
        return new Paid(Set.copyOf(infoTypes), Dictionary.union(means), node.number("countTop", 20, 0, 1000));
    }

    /** Whether the file holds a column of the info types and a column of means of payment (categories only). */
    boolean by(List<ColumnClassification> columns, List<DataSubjects.Column> decided, int maxDistinct) {
        if (paymentMeans == null
                || columns.stream().noneMatch(c -> c.infoType() != null && infoTypes.contains(c.infoType()))) {
            return false;
        }
        for (DataSubjects.Column d : decided) {
            ColumnEvidence ev = d.evidence();
            if (ev == null || ev.sampled == 0 || ev.distinctCounts.size() > maxDistinct) {
                continue;
            }
            int named = 0;
            for (Map.Entry<String, Integer> e : ev.distinctCounts.entrySet()) {
                if (paymentMeans.matchesToken(Text.valueWords(Text.normalize(e.getKey())))) {
                    named += e.getValue();
                }
            }
            if (named * 2 >= ev.sampled) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of the numbers is above a count's top (their cents dropped, thousands ungrouped). */
    boolean aboveCounts(Map<String, Integer> numbers) {
        for (String v : numbers.keySet()) {
            String digits = CENTS.matcher(NOT_A_FIGURE.matcher(v).replaceAll("")).replaceAll("")
                .replace(".", "").replace(",", "");
            if (digits.length() > 6 || !digits.isEmpty() && Long.parseLong(digits) > countTop) {
                return true;
            }
        }
        return false;
    }
}
