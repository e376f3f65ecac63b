package fr.vigie.bias;

import fr.vigie.model.ProtectedAttribute;
import java.util.Locale;

/**
 * How the scan's codes read in French and English, for whoever renders a {@link BiasReport} (the
 * terminal text, the HTML report): severities, checks, attributes, p-values, group labels.
 */
public final class BiasLabels {
    private BiasLabels() {
    }

    public static String severity(Severity severity, Lang lang) {
        return switch (severity) {
            case INFO -> lang.pick("info", "info");
            case LOW -> lang.pick("faible", "low");
            case MEDIUM -> lang.pick("moyenne", "medium");
            case HIGH -> lang.pick("élevée", "high");
            case BLOCKING -> lang.pick("bloquante", "blocking");
        };
    }

    public static String check(Check check, Lang lang) {
        return switch (check) {
            case REPRESENTATION -> lang.pick("représentation", "representation");
            case REPRESENTATION_FIT -> lang.pick("répartition d'ensemble", "overall distribution");
            case OUTCOME_RATE -> lang.pick("taux d'issue favorable", "favourable outcome rate");
            case OUTCOME_MEAN -> lang.pick("montant moyen", "mean amount");
            case MISSING_DATA -> lang.pick("valeurs manquantes", "missing values");
            case UNKNOWN_ATTRIBUTE -> lang.pick("attribut non renseigné", "attribute not filled in");
            case PROXY -> lang.pick("variable de substitution", "proxy");
            case CONDITIONAL -> lang.pick("à facteur égal", "within equal factor");
        };
    }

    public static String attribute(ProtectedAttribute attribute, Lang lang) {
        return switch (attribute) {
            case GENDER -> lang.pick("sexe", "sex");
            case ORIGIN -> lang.pick("nationalité ou origine", "nationality or origin");
            case AGE -> lang.pick("âge", "age");
            case DISABILITY -> lang.pick("handicap", "disability");
            case RELIGION -> lang.pick("religion", "religion");
            case SEXUAL_ORIENTATION -> lang.pick("orientation sexuelle", "sexual orientation");
        };
    }

    /** The attribute of a finding or group ({@code GENDER×ORIGIN} for an intersection) in words. */
    public static String attribute(String attribute, Lang lang) {
        StringBuilder out = new StringBuilder();
        for (String part : attribute.split("×")) {
            if (!out.isEmpty()) {
                out.append(" × ");
            }
            try {
                out.append(attribute(ProtectedAttribute.valueOf(part), lang));
            } catch (IllegalArgumentException notAnAttribute) {
                out.append(part);
            }
        }
        return out.toString();
    }

    /** {@code < 0,001}, or {@code = 0,012}: three decimals at most, in the language's notation. */
    public static String pValue(double p, Lang lang) {
        Locale locale = lang == Lang.FR ? Locale.FRANCE : Locale.ROOT;
        return p < 0.001 ? String.format(locale, "< %.3f", 0.001) : String.format(locale, "= %.3f", p);
    }

    /** A group as a reader sees it: its label as written with its meaning (« 2 (les femmes, code INSEE) »). */
    public static String group(GroupStat g, Lang lang) {
        String meaning = lang.pick(g.meaningFr(), g.meaningEn());
        if (g.view() == GroupView.ROLLUP && !ProtectedAttribute.AGE.name().equals(g.attribute()) && meaning != null) {
            return meaning;
        }
        String label = Dictionary.OVERFLOW.equals(g.group()) ? lang.pick(g.group(), "(other values)") : g.group();
        if (meaning == null) {
            return label;
        }
        String code = g.coding() == null ? "" : lang.pick(", code " + g.coding(), ", " + g.coding() + " code");
        return label + " (" + meaning + code + ")";
    }

    /** Why a column was left out of the proxy tests, in words. */
    public static String reason(ProxyTest.Reason reason, Lang lang) {
        return switch (reason) {
            case SINGLE_VALUE -> lang.pick("une seule valeur : elle ne distingue personne",
                    "a single value: it tells no one apart");
            case ALWAYS_MISSING -> lang.pick("toujours vide", "always empty");
            case UNIQUE_PER_ROW -> lang.pick("valeurs (presque) uniques par ligne : trop peu de lignes partagent "
                    + "chaque valeur pour former des groupes", "values (nearly) unique per row: too few rows share each "
                    + "value to form groups");
            case FREE_TEXT -> lang.pick("texte libre, unique par ligne", "free text, unique per row");
            case TOO_MANY_VALUES -> lang.pick("trop de valeurs distinctes pour les compter toutes",
                    "too many distinct values to count them all");
        };
    }
}
