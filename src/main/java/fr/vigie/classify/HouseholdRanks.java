package fr.vigie.classify;

import fr.vigie.config.ConfigNode;
import fr.vigie.model.AttributeType;
import fr.vigie.model.Domain;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A person's rank in their household, in the person file of a household survey sent without its code book (section
 * {@code householdRanks}). Household surveys (a travel survey's "PER", the EU-LFS "HHSEQNUM", a
 * census "NUMPER") number the persons of each household from 1, restarting at every household: the rank says only how
 * many persons were listed before this one, no trait and no identifier. A column is read so from the structure of the
 * rows, not from its name:
 * <ul>
 *   <li>it was held for review as unknown (no rule gave it a type, a domain or a protected attribute), and its name holds
 *       no term of a sensitive vocabulary ({@link HarmlessShapes#namedSensitive});</li>
 *   <li>its values are whole numbers from 1 to {@code maxRank}, 1 among them, none more frequent than a smaller one
 *       (every household has a first person, fewer a second...);</li>
 *   <li>another column groups the sampled rows (the household's number) so that, in every group of two rows or more,
 *       the ranks are all different, at least {@code minHouseholds} such groups, and at least {@code minWithFirst} of
 *       the groups hold the rank 1: the ranks restart in each household;</li>
 *   <li>and that column does not count from 1 itself (1, 2, ... k, none missing): a list's panel number and a
 *       candidate's order on it group each other alike, and which restarts on which is no telling.</li>
 * </ul>
 * Not in a file another column of which holds one of the domains {@code notBeside}: there a count restarting
 * for each person is the matter's (a sanction's step for each pupil, a patient's nth admission), not a household's.
 * The rank is then INSENSITIVE. The column that groups the persons into households is their household's key: when no
 * rule protected it, it is held as {@code key} (IDENTIFYING) for review, since it links the persons of one household.
 */
final class HouseholdRanks {

    /**
     * The section's settings.
     *
     * @param maxRank       the largest rank (persons listed in one household)
     * @param minHouseholds at least this many sampled households of two persons or more
     * @param minWithFirst  at least this share of the sampled households holding the rank 1
     * @param confidence    the confidence of a rank so read
     * @param key           what the household's key is held as, when no rule protected it (IDENTIFYING)
     * @param keyConfidence the confidence of the key so held (under 0.6: a guess, for review)
     * @param notBeside     no rank is read in a file another column of which holds one of these domains
     */
    record Rules(int maxRank, int minHouseholds, double minWithFirst, double confidence, Category key, double keyConfidence,
            Set<Domain> notBeside) {

        /** No section: no rank is read. */
        static Rules none() {
            return new Rules(0, Integer.MAX_VALUE, 1, 0, null, 0, Set.of());
        }

        static Rules read(ConfigNode node, Map<String, Category> infoTypes) {
            if (node.isMissing()) {
                return none();
            }
            node.allowOnly("maxRank", "minHouseholds", "minWithFirst", "confidence", "key", "notBeside");
            ConfigNode keyNode = node.require("key").allowOnly("infoType", "confidence");
            Category key = infoTypes.get(keyNode.require("infoType").asString());
            if (key == null || key.attributeType() != AttributeType.IDENTIFYING) {
                throw keyNode.get("infoType").error("a declared IDENTIFYING info type is needed");
            }
            int maxRank = node.integer("maxRank", 20);
            if (maxRank < 2) {
                throw node.get("maxRank").error("maxRank must be at least 2");
            }
            int minHouseholds = node.integer("minHouseholds", 5);
            if (minHouseholds < 2) {
                throw node.get("minHouseholds").error("minHouseholds must be at least 2");
            }
            return new Rules(maxRank, minHouseholds, node.number("minWithFirst", 0.9, 0, 1),
                node.number("confidence", 0.7, 0.6, 1), key, keyConfidence(keyNode), notBeside(node));
        }

        /** The domains beside which no rank is read (each a Domain; none when the key is absent). */
        private static Set<Domain> notBeside(ConfigNode node) {
            Set<Domain> domains = EnumSet.noneOf(Domain.class);
            if (node.has("notBeside")) {
                for (ConfigNode domain : node.get("notBeside").items()) {
                    domains.add(domain.asEnum(Domain.class));
                }
            }
            return domains;
        }

        private static double keyConfidence(ConfigNode keyNode) {
            return keyNode.number("confidence", 0.45, 0, 0.59);
        }
    }

    private final Rules rules;
    private final HarmlessShapes harmless;

    /** Reads ranks with {@code rules}; names holding a sensitive term ({@code harmless}'s sensitive names) are never released. */
    HouseholdRanks(Rules rules, HarmlessShapes harmless) {
        this.rules = rules;
        this.harmless = harmless;
    }

    /**
     * The columns with each person's rank in the household released and the household's key protected (same order); a
     * file about organisations or places, or with no rows sampled, is left as it is.
     */
    List<ColumnClassification> apply(List<ColumnClassification> columns, List<DataSubjects.Column> decided,
            DataSubject subject, List<List<String>> rows) {
        if (rules.key() == null || subject != DataSubject.PERSON && subject != DataSubject.MIXED || rows == null
                || rows.size() < 2 * rules.minHouseholds()
                || columns.stream().anyMatch(c -> c.domain() != null && rules.notBeside().contains(c.domain()))) {
            return columns;
        }
        List<ColumnClassification> out = new ArrayList<>(columns);
        for (int i = 0; i < columns.size(); i++) {
            ColumnClassification c = columns.get(i);
            if (!heldAsUnknown(c) || harmless.namedSensitive(c.name())
                    || !rankProfile(decided.get(i).evidence().distinctCounts)) {
                continue;
            }
            int key = householdKey(i, columns.size(), rows);
            // Two columns counting from 1 group each other alike (a list's panel number and a candidate's order on it):
            // which one restarts on the other is no telling, so neither is read.
            if (key < 0 || countsFromOne(decided.get(key).evidence().distinctCounts)) {
                continue;
            }
            out.set(i, new ColumnClassification(c.name(), AttributeType.INSENSITIVE, null, null, null, rules.confidence(),
                c.evidence().withNote("whole numbers from 1, restarting in each household of column " + columns.get(key).name()
                    + " (every household's ranks different, the first on nearly every one): a person's rank in the"
                    + " household, no trait and no identifier"), c.pinnedBy(), false));
            ColumnClassification k = out.get(key);
            if (k.attributeType() != AttributeType.IDENTIFYING && k.attributeType() != AttributeType.SENSITIVE) {
                Category heldAs = rules.key();
                out.set(key, new ColumnClassification(k.name(), heldAs.attributeType(), heldAs.infoType(), k.domain(),
                    k.protectedAttribute(), rules.keyConfidence(), k.evidence().withNote("the ranks of column " + c.name()
                        + " restart on each of its values: the key of a household, linking its persons; held as "
                        + heldAs.infoType() + " until someone decides (pin the column in the job file)"), k.pinnedBy(), true));
            }
        }
        return out;
    }

    /** Held for review by FailClosed as unknown codes: SENSITIVE or guessed, with no type, domain or protected attribute. */
    private static boolean heldAsUnknown(ColumnClassification c) {
        return c.reviewNeeded() && c.pinnedBy() == null && c.infoType() == null && c.domain() == null
            && c.protectedAttribute() == null && c.attributeType() == AttributeType.SENSITIVE;
    }

    /** Whole numbers 1 to maxRank, 1 among them, none more frequent than a smaller one present. */
    private boolean rankProfile(Map<String, Integer> counts) {
        if (counts.size() < 2 || !counts.containsKey("1")) {
            return false;
        }
        int[] byRank = new int[rules.maxRank() + 1];
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            int rank = wholeNumber(e.getKey());
            if (rank < 1 || rank > rules.maxRank()) {
                return false;
            }
            byRank[rank] = e.getValue();
        }
        for (int r = 2; r <= rules.maxRank(); r++) {
            if (byRank[r] > 0 && (byRank[r - 1] == 0 || byRank[r] > byRank[r - 1])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the values are whole numbers counting from 1 with none missing (1, 2, ... k): the ranks of another grouping,
     * like a candidate's order on a list, not a household's number.
     */
    private static boolean countsFromOne(Map<String, Integer> counts) {
        int max = 0;
        for (String value : counts.keySet()) {
            int n = wholeNumber(value);
            if (n < 1) {
                return false;
            }
            max = Math.max(max, n);
        }
        return max == counts.size();
    }

    /**
     * The column whose values group the sampled rows into households on which the ranks of {@code rank} restart, or -1:
     * of those that do, the one with the most groups of two rows or more.
     */
    private int householdKey(int rank, int width, List<List<String>> rows) {
        int best = -1;
        int bestGroups = rules.minHouseholds() - 1;
        for (int j = 0; j < width; j++) {
            if (j == rank) {
                continue;
            }
            int groups = restartingGroups(rank, j, rows);
            if (groups > bestGroups) {
                best = j;
                bestGroups = groups;
            }
        }
        return best;
    }

    /**
     * The number of groups of two rows or more by column {@code key} when in every group the ranks are all different and
     * enough groups hold the first rank; 0 otherwise.
     */
    private int restartingGroups(int rank, int key, List<List<String>> rows) {
        Map<String, Set<Integer>> ranks = new HashMap<>();
        for (List<String> row : rows) {
            String k = cell(row, key);
            String r = cell(row, rank);
            if (k == null || r == null) {
                continue;
            }
            int value = wholeNumber(r);
            if (value < 1 || !ranks.computeIfAbsent(k, x -> new HashSet<>()).add(value)) {
                return 0;   // a rank twice in one group: the column is no rank within these groups
            }
        }
        int multi = 0;
        int withFirst = 0;
        for (Set<Integer> group : ranks.values()) {
            multi += group.size() >= 2 ? 1 : 0;
            withFirst += group.contains(1) ? 1 : 0;
        }
        return ranks.isEmpty() || (double) withFirst / ranks.size() < rules.minWithFirst() ? 0 : multi;
    }

    private static String cell(List<String> row, int i) {
        if (i >= row.size() || row.get(i) == null) {
            return null;
        }
        String v = row.get(i).strip();
        return v.isEmpty() ? null : v;
    }

    private static int wholeNumber(String value) {
        String v = value.strip();
        if (v.isEmpty() || v.length() > 3) {
            return -1;
        }
        for (int k = 0; k < v.length(); k++) {
            if (v.charAt(k) < '0' || v.charAt(k) > '9') {
                return -1;
            }
        }
        return Integer.parseInt(v);
    }
}
