package fr.vigie.classify;

import fr.vigie.config.ConfigNode;
import fr.vigie.model.AttributeType;
import fr.vigie.model.Domain;
import fr.vigie.model.ProtectedAttribute;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The volume of care a person receives, under a bare name: hours ({@code Hodiny/mesiac}, {@code Heures/mois},
 * {@code Stunden}) beside a column of the person's dependency or disability are the hours of help that dependency
 * calls for, health data as the dependency is. The dependency is a column of a protected attribute ({@code beside}) or
 * one whose values are the levels of a public dependency scale whatever its name ({@code dependencyLevels}: "GIR 2" under
 * "Dépendance", "PG 3" under "Einstufung"). Only columns named by an hour word and read as harmless have their sampled
 * values read, once each; the file's other columns are read for their levels only when such hours are there.
 */
final class CareVolumes {
    private static final Pattern HOURS = Pattern.compile("\\s*\\d{1,4}(?:[.,]\\d{1,2})?\\s*(?:h)?\\s*");

    /**
     * The section's settings.
     *
     * @param hourWords the words of an hour in a column's name (CLDR duration-hour), as canonical words
     * @param beside    the protected attributes of a column that makes the file's hours a volume of care
     * @param domain    the domain given to such hours
     * @param maxHours  no value above (the hours of a month: 744)
     * @param minSample at least this many values
     * @param files     the names of allowances paid for a loss of autonomy: a file (or a column) so named is about
     *                  dependent persons as a column of their dependency says
     * @param dependencyLevels a level of a public dependency scale written as a value (null: none read): a column
     *                  every non-blank value of which is one is the person's dependency, whatever its name
     */
    record Rules(Dictionary hourWords, Set<ProtectedAttribute> beside, Domain domain, double maxHours, int minSample,
            ProcedureNames files, Pattern dependencyLevels) {

        /** No section: no volume of care is read beside a dependency. */
        static Rules none() {
            return new Rules(null, Set.of(), null, 0, Integer.MAX_VALUE, ProcedureNames.none(), null);
        }

        static Rules read(ConfigNode node, Map<String, Dictionary> dictionaries) {
            if (node.isMissing()) {
                return none();
            }
            node.allowOnly("hourWords", "beside", "domain", "maxHours", "minSample", "files", "dependencyLevels");
            Set<ProtectedAttribute> beside = EnumSet.noneOf(ProtectedAttribute.class);
            for (ConfigNode item : node.require("beside").items()) {
                beside.add(item.asEnum(ProtectedAttribute.class));
            }
            if (beside.isEmpty()) {
                throw node.get("beside").error("beside needs at least one protected attribute");
            }
            return new Rules(ClassificationRules.dictionary(node.require("hourWords"), dictionaries), Set.copyOf(beside),
                node.require("domain").asEnum(Domain.class), node.number("maxHours", 744, 1, 10_000),
                node.integer("minSample", 5), ProcedureNames.read(node.get("files"), dictionaries),
                node.has("dependencyLevels") ? ClassificationRules.compile(node.get("dependencyLevels")) : null);
        }
    }

    private final Rules rules;

    CareVolumes(Rules rules) {
        this.rules = rules;
    }

    /**
     * The columns with the hours beside a dependency or a disability read as a volume of care (same order).
     *
     * @param source the file's name (a path or a dataset's name; null: none), which may name a dependency allowance
     */
    List<ColumnClassification> apply(List<ColumnClassification> columns, ColumnSampler sampler, String source) {
        if (rules.hourWords() == null) {
            return columns;
        }
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            ColumnClassification c = columns.get(i);
            if (c.pinnedBy() == null && unexplained(c) && namedInHours(c.name())) {
                candidates.add(i);
            }
        }
        if (candidates.isEmpty()) {
            return columns;
        }
        boolean beside = columns.stream()
            .anyMatch(c -> c.protectedAttribute() != null && rules.beside().contains(c.protectedAttribute()));
        if (!beside && rules.files().of(source, columns.stream().map(ColumnClassification::name).toList()).isEmpty()
                && !dependencyInValues(columns, sampler)) {
            return columns;
        }
        List<ColumnClassification> out = new ArrayList<>(columns);
        for (int i : candidates) {
            ColumnClassification c = columns.get(i);
            if (hours(sampler.sample(i))) {
                out.set(i, new ColumnClassification(c.name(), AttributeType.SENSITIVE, null, rules.domain(), null,
                    c.confidence(), c.evidence().decidedBy("care-volume", "hours beside a column of the person's"
                        + " dependency or disability, or in a file named after a dependency allowance: the volume of"
                        + " care that dependency calls for"), null, false));
            }
        }
        return out;
    }

    /**
     * Whether a column other than the hours holds the levels of a dependency scale on every sampled value: a GIR under
     * a name no rule reads as a dependency is still one. Read only for a file with hours to decide.
     */
    private boolean dependencyInValues(List<ColumnClassification> columns, ColumnSampler sampler) {
        if (rules.dependencyLevels() == null) {
            return false;
        }
        for (int i = 0; i < columns.size(); i++) {
            ColumnClassification c = columns.get(i);
            if (c.attributeType() != AttributeType.SENSITIVE && c.attributeType() != AttributeType.QUASI_IDENTIFYING) {
                continue;   // a released column is no dependency the classifier saw; a GIR is always protected
            }
            List<String> present = sampler.sample(i).stream().filter(v -> !v.isBlank()).distinct().toList();
            if (!present.isEmpty() && present.stream().allMatch(v -> rules.dependencyLevels().matcher(v).matches())) {
                return true;
            }
        }
        return false;
    }

    /** Let through as harmless, or held for review with no domain: no name rule said what the column is. */
    private static boolean unexplained(ColumnClassification c) {
        boolean harmless = c.attributeType() == AttributeType.INSENSITIVE && !c.reviewNeeded();
        boolean heldBlind = c.attributeType() == AttributeType.SENSITIVE && c.reviewNeeded() && c.infoType() == null;
        return c.domain() == null && c.evidence().nameMatch() == null && (harmless || heldBlind);
    }

    private boolean namedInHours(String name) {
        List<String> tokens = Text.nameTokens(name);
        return !tokens.isEmpty() && rules.hourWords().countPhrases(tokens.toArray(String[]::new), true) > 0;
    }

    /** Figures of hours, at least two different, none above maxHours. */
    private boolean hours(List<String> values) {
        List<String> present = values.stream().filter(v -> !v.isBlank()).toList();
        if (present.size() < rules.minSample() || present.stream().distinct().count() < 2) {
            return false;
        }
        for (String v : present) {
            if (!HOURS.matcher(v).matches()) {
                return false;
            }
            String figure = v.strip().replace("h", "").strip().replace(',', '.');
            if (Double.parseDouble(figure) > rules.maxHours()) {
                return false;
            }
        }
        return true;
    }
}
