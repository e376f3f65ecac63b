package fr.vigie.classify;

import fr.vigie.config.ConfigNode;
import fr.vigie.model.AttributeType;
import fr.vigie.model.Domain;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * A file written one row per field: a form exported transposed (a column of field names, then one column per person's
 * record) or a key and value file ({@code attribute,value}). Each column is then read as harmless, since its values are
 * of every kind at once (a name, a date, a phone, a religion), and the file as no personal data. Read from the sampled
 * rows: a column whose values name at least {@code minFields} fields of a person (read by the name rules; at least
 * {@code minNamedShare} of its different values, each of at most {@code maxWords} words, each coming back about as often as the others: at most
 * {@code maxKeyImbalance} times as often as the rarest) is the key,
 * and the cells beside each key, gathered as a column of their own named by the key, are classified as such; when at
 * least {@code minConfirmed} of them are confirmed by their values (the info type the key names: phones beside
 * "Téléphone", religions beside "Religion"), the key is no accident
 * (an audit log's "field changed" beside timestamps is not one). Every column beside the key that no rule explained
 * then carries the fields its keys name: {@code IDENTIFYING} when one of them identifies, else {@code SENSITIVE}, with
 * the domain of a sensitive one, held for review ({@code reviewNeeded}, confidence under 0.6). Pure; no values in notes.
 */
final class FieldsAsRows {
    private final Rules rules;
    private final BiFunction<String, List<String>, ColumnClassification> classify;

    /**
     * @param rules    the {@code fieldsAsRows} section
     * @param classify how one column is classified from its name and values (the classifier's own column decision)
     */
    FieldsAsRows(Rules rules, BiFunction<String, List<String>, ColumnClassification> classify) {
        this.rules = rules;
        this.classify = classify;
    }

    /** The settings of {@code fieldsAsRows} in {@code classification.yml}. */
    record Rules(boolean enabled, int minFields, int minConfirmed, int maxKeys, int maxWords, double minNamedShare,
            double maxKeyImbalance, double minValueRatio, double confidence) {
        static Rules none() {
            return new Rules(false, Integer.MAX_VALUE, Integer.MAX_VALUE, 0, 0, 1, 1, 1, 0.45);
        }

        static Rules read(ConfigNode node) {
            if (node.isMissing()) {
                return none();
            }
            node.allowOnly("minFields", "minConfirmed", "maxKeys", "maxWords", "minNamedShare", "maxKeyImbalance",
                "minValueRatio", "confidence");
            int minFields = node.integer("minFields", 3);
            if (minFields < 2) {
                throw node.get("minFields").error("must be at least 2: one field named is no layout");
            }
            int minConfirmed = node.integer("minConfirmed", 2);
            if (minConfirmed < 1 || minConfirmed > minFields) {
                throw node.get("minConfirmed").error("must be between 1 and minFields");
            }
            int maxKeys = node.integer("maxKeys", 60);
            if (maxKeys < minFields) {
                throw node.get("maxKeys").error("must be at least minFields");
            }
            int maxWords = node.integer("maxWords", 4);
            if (maxWords < 1) {
                throw node.get("maxWords").error("must be at least 1");
            }
            double minNamedShare = node.number("minNamedShare", 0.5);
            if (minNamedShare <= 0 || minNamedShare > 1) {
                throw node.get("minNamedShare").error("must be in (0, 1]");
            }
            double maxKeyImbalance = node.number("maxKeyImbalance", 2);
            if (maxKeyImbalance < 1) {
                throw node.get("maxKeyImbalance").error("must be at least 1");
            }
            double minValueRatio = node.number("minValueRatio", 0.5);
            if (minValueRatio <= 0 || minValueRatio > 1) {
                throw node.get("minValueRatio").error("must be in (0, 1]");
            }
            double confidence = node.number("confidence", 0.45);
            if (confidence <= 0 || confidence >= 0.6) {
                throw node.get("confidence").error("must be in (0, 0.6): the columns are held for review");
            }
            return new Rules(true, minFields, minConfirmed, maxKeys, maxWords, minNamedShare, maxKeyImbalance, minValueRatio,
                confidence);
        }
    }

    /** The columns, those beside a column of field names carrying the fields it names. */
    List<ColumnClassification> apply(List<ColumnClassification> columns, List<List<String>> rows) {
        if (!rules.enabled() || rows.isEmpty() || columns.size() < 2) {
            return columns;
        }
        List<Integer> unexplained = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            if (unexplained(columns.get(i))) {
                unexplained.add(i);
            }
        }
        for (int key = 0; key < columns.size(); key++) {
            // The keys are counted first, stopping past maxKeys: a wide file (20,000 columns of figures) must not
            // gather its cells once per column.
            if (!couldBeKeys(columns.get(key)) || !keysOf(rows, key)) {
                continue;
            }
            List<Integer> beside = new ArrayList<>(unexplained);
            beside.remove(Integer.valueOf(key));
            if (beside.isEmpty()) {
                continue;
            }
            Map<String, List<String>> fields = gather(rows, key, beside);
            Reading reading = read(fields);
            if (reading == null) {
                continue;
            }
            List<ColumnClassification> out = new ArrayList<>(columns);
            String keyName = columns.get(key).name();
            for (int i : beside) {
                ColumnClassification c = out.get(i);
                if (c.attributeType() == AttributeType.IDENTIFYING || c.attributeType() == AttributeType.SENSITIVE
                        && c.domain() != null) {
                    continue;
                }
                out.set(i, new ColumnClassification(c.name(), reading.type(), null, reading.domain(), null,
                    rules.confidence(), c.evidence().decidedBy("fields-as-rows", "its rows are fields named in column '"
                        + keyName + "' (a transposed or key and value file): " + reading.fields() + " of a person's, "
                        + reading.confirmed() + " confirmed by their values; held for review (pin it in the job file)"),
                    c.pinnedBy(), true));
            }
            return out;
        }
        return columns;
    }

    /** A column of field names: no value rule read it, and it is not a person's own (a name, a number). */
    private static boolean couldBeKeys(ColumnClassification c) {
        return c.evidence().valueRule() == null && c.attributeType() != AttributeType.IDENTIFYING;
    }

    /** A column no rule explained: what it holds is told by the keys beside it. */
    private static boolean unexplained(ColumnClassification c) {
        return c.infoType() == null;
    }

    /** Whether the column holds as many different keys as fields of a record may be, each about as often. */
    private boolean keysOf(List<List<String>> rows, int key) {
        Map<String, Integer> counts = new HashMap<>();
        for (List<String> row : rows) {
            String k = row.get(key);
            if (k != null) {
                counts.merge(k.strip(), 1, Integer::sum);
                if (counts.size() > rules.maxKeys()) {
                    return false;
                }
            }
        }
        if (counts.size() < rules.minFields()) {
            return false;
        }
        // Each record has each field once: the keys come back about as often as each other. A category column whose
        // categories happen to be documents or contacts ("CNI" on most rows, "Passeport" on a few) is no key.
        int most = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        int least = counts.values().stream().mapToInt(Integer::intValue).min().orElse(0);
        return most <= rules.maxKeyImbalance() * least;
    }

    /** The cells beside each key, by key. */
    private static Map<String, List<String>> gather(List<List<String>> rows, int key, List<Integer> beside) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (List<String> row : rows) {
            String k = row.get(key);
            if (k == null) {
                continue;
            }
            List<String> cells = fields.computeIfAbsent(k.strip(), x -> new ArrayList<>());
            for (int i : beside) {
                if (row.get(i) != null) {
                    cells.add(row.get(i));
                }
            }
        }
        return fields;
    }

    private record Reading(AttributeType type, Domain domain, int fields, int confirmed) {
    }

    /** What the keys name: the strictest of the fields of a person, or null when they are no such layout. */
    private Reading read(Map<String, List<String>> fields) {
        int named = 0;
        int confirmed = 0;
        boolean identifying = false;
        Domain domain = null;
        for (Map.Entry<String, List<String>> field : fields.entrySet()) {
            // A field's name is a few words ("Date of birth"); a description or a list of tags is no field's name.
            if (field.getValue().isEmpty() || Text.nameTokens(field.getKey()).size() > rules.maxWords()) {
                continue;
            }
            ColumnClassification byName = classify.apply(field.getKey(), List.of());
            // A person's field, named as such: a name, a phone, a birth date, a religion (not a harmless one).
            if (byName.attributeType() == AttributeType.INSENSITIVE || byName.evidence().nameMatch() == null) {
                continue;
            }
            named++;
            ColumnClassification byValues = classify.apply(field.getKey(), field.getValue());
            // Confirmed: the cells beside the key are what the key names (phones beside "Téléphone"), not any value.
            boolean confirms = byName.infoType() != null && byName.infoType().equals(byValues.infoType())
                && byValues.evidence().valueRule() != null && byValues.evidence().valueMatchRatio() >= rules.minValueRatio();
            if (confirms) {
                confirmed++;
            }
            ColumnClassification strictest = rank(byValues.attributeType()) >= rank(byName.attributeType()) ? byValues : byName;
            identifying |= strictest.attributeType() == AttributeType.IDENTIFYING;
            if (domain == null && strictest.attributeType() == AttributeType.SENSITIVE) {
                domain = strictest.domain();
            }
        }
        if (named < rules.minFields() || named < rules.minNamedShare() * fields.size() || confirmed < rules.minConfirmed()) {
            return null;
        }
        return new Reading(identifying ? AttributeType.IDENTIFYING : AttributeType.SENSITIVE, domain, named, confirmed);
    }

    /** Strictness of a type, for the strictest reading of a field (by its name or by its values). */
    private static int rank(AttributeType type) {
        return switch (type) {
            case IDENTIFYING -> 3;
            case SENSITIVE -> 2;
            case QUASI_IDENTIFYING -> 1;
            default -> 0;
        };
    }
}
