package fr.vigie.classify;

import fr.vigie.config.ConfigNode;
import fr.vigie.model.AttributeType;
import fr.vigie.model.Domain;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The organisation or place a person belongs to or stays at, in a file about persons (section {@code placesOfPersons}):
 * a club, a training site, a residence, a polling station, a bike station, a host structure, a court. Such a column
 * locates the person among the few others who share it, so it is a quasi-identifier (labelling conventions: school,
 * service and work place, a placement, a polling station). A column is read so when
 * <ul>
 *   <li>its name holds a word of the concept ({@code names}, none of {@code unless}: "Date d'établissement" is a date);</li>
 *   <li>no rule gave it a domain, a protected attribute or a type of its own: it was held for review as unknown, left
 *       unknown, or read as an organisation's name ({@code organisationInfoType}), which in a file about persons is the
 *       organisation of the person;</li>
 *   <li>its values are a few names repeated over the rows (at least two, at most {@code maxDistinctRatio} different),
 *       not answers ({@code answers}: "Résidence principale" Oui/Non);</li>
 *   <li>and no value holds a term of a sensitive vocabulary ({@code sensitiveValues}): a care home, a psychiatric
 *       hospital, a prison, a union section tell more than where the person is, and keep the verdict they had.</li>
 * </ul>
 * A column left so (no meaning of its own, a few names repeated), whatever its name, whose values name a place of a
 * special category ({@code sensitivePlaces}: a prison, a care home, a place of worship, a union local) on enough rows
 * tells that category of the person: the prison they left is an offence, the care home they live in their health.
 * Files about organisations or places are left as they are: their sites are their own.
 */
final class PlacesOfPersons {

    /**
     * The section's settings.
     *
     * @param names               words or phrases of the column name that say "the organisation or place of"
     * @param unless              words of the name that say it is something else of it (a date, a count, an address)
     * @param category            what such a column is (QUASI_IDENTIFYING, LOCATION)
     * @param organisationInfoType the info type of an organisation's name, read as the person's organisation here
     * @param maxDistinctRatio    at most this share of different values among the sampled ones
     * @param minSample           columns with fewer sampled values are left as they are
     * @param answers             values that are answers, not places
     * @param sensitiveValues     vocabularies no value may hold a term of
     * @param sensitivePlaces     places of a special category, each with what naming one tells of the person
     * @param sensitivePlaceShare the share of sampled rows naming such places that decides the column
     * @param confidence          the confidence of the decision
     */
    record Rules(Dictionary names, Dictionary unless, Category category, String organisationInfoType,
            double maxDistinctRatio, int minSample, Dictionary answers, Dictionary sensitiveValues,
            List<SensitivePlace> sensitivePlaces, double sensitivePlaceShare, double confidence) {

        /** No section: nothing is read as a place of a person. */
        static Rules none() {
            return new Rules(null, null, null, null, 0, Integer.MAX_VALUE, null, null, List.of(), 1, 0);
        }

        static Rules read(ConfigNode node, Map<String, Category> infoTypes, Map<String, Dictionary> dictionaries) {
            if (node.isMissing()) {
                return none();
            }
            node.allowOnly("names", "unless", "infoType", "organisationInfoType", "maxDistinctRatio", "minSample",
                "answers", "sensitiveValues", "sensitivePlaces", "confidence");
            Category category = infoTypes.get(node.require("infoType").asString());
            if (category == null || category.attributeType() != AttributeType.QUASI_IDENTIFYING) {
                throw node.get("infoType").error("a declared QUASI_IDENTIFYING info type is needed");
            }
            String organisation = node.require("organisationInfoType").asString();
            if (!infoTypes.containsKey(organisation)) {
                throw node.get("organisationInfoType").error("unknown info type '" + organisation + "'");
            }
            return new Rules(words(node.require("names"), "place-of-person-names"),
                node.has("unless") ? words(node.get("unless"), "place-of-person-unless") : Dictionary.of("none", List.of()),
                category, organisation, node.number("maxDistinctRatio", 0.5, 0, 1), node.integer("minSample", 10),
                ClassificationRules.dictionary(node.require("answers"), dictionaries),
                ClassificationRules.dictionary(node.require("sensitiveValues"), dictionaries),
                sensitivePlaces(node.get("sensitivePlaces"), infoTypes, dictionaries),
                node.get("sensitivePlaces").number("minShare", 0.05, 0, 1), node.number("confidence", 0.7, 0.6, 1));
        }

        private static List<SensitivePlace> sensitivePlaces(ConfigNode node, Map<String, Category> infoTypes,
                Map<String, Dictionary> dictionaries) {
            if (node.isMissing()) {
                return List.of();
            }
            node.allowOnly("minShare", "places", "namedOnly");
            List<String> namedOnly = node.has("namedOnly") ? node.strings("namedOnly") : List.of();
            for (String name : namedOnly) {
                if (!node.require("places").has(name)) {
                    throw node.get("namedOnly").error("not a dictionary of places: '" + name + "'");
                }
            }
            List<SensitivePlace> places = new ArrayList<>();
            for (Map.Entry<String, ConfigNode> e : node.require("places").entries().entrySet()) {
                Category category = infoTypes.get(e.getValue().asString());
                if (category == null || category.attributeType() != AttributeType.SENSITIVE || category.domain() == null) {
                    throw e.getValue().error("a declared SENSITIVE info type with a domain is needed");
                }
                Dictionary dictionary = dictionaries.get(e.getKey());
                if (dictionary == null) {
                    throw node.get("places").error("unknown dictionary '" + e.getKey() + "'");
                }
                places.add(new SensitivePlace(dictionary, category, namedOnly.contains(e.getKey())));
            }
            return List.copyOf(places);
        }

        private static Dictionary words(ConfigNode node, String name) {
            List<String> terms = new ArrayList<>();
            for (ConfigNode item : node.items()) {
                terms.add(item.asString());
            }
            return Dictionary.of(name, terms);
        }
    }

    /** Places of one special category ({@code places}) and what naming one tells of a person ({@code category}). */
    /**
     * Places of one special category; {@code namedOnly}: counted only in a column named as places or read as an
     * organisation's name (a body's name in a list of documents is one proof of a right among others).
     */
    record SensitivePlace(Dictionary places, Category category, boolean namedOnly) {
    }

    private final Rules rules;

    PlacesOfPersons(Rules rules) {
        this.rules = rules;
    }

    /** The columns with the places and organisations of persons read as such (same order). */
    List<ColumnClassification> apply(List<ColumnClassification> columns, List<DataSubjects.Column> decided,
            DataSubject subject) {
        if (rules.names() == null || subject != DataSubject.PERSON && subject != DataSubject.MIXED) {
            return columns;
        }
        List<ColumnClassification> out = new ArrayList<>(columns);
        for (int i = 0; i < columns.size(); i++) {
            ColumnClassification c = columns.get(i);
            ColumnEvidence ev = decided.get(i).evidence();
            if (c.pinnedBy() != null || !undecided(c) || !fewNamesRepeated(ev)) {
                continue;
            }
            ColumnClassification told = sensitivePlace(c, ev);
            if (told != null) {
                out.set(i, told);
            } else if (namesAPlace(c.name()) && noAnswerNorSensitiveTerm(ev)) {
                Category place = rules.category();
                out.set(i, new ColumnClassification(c.name(), place.attributeType(), place.infoType(), place.domain(),
                    place.protectedAttribute(), rules.confidence(), c.evidence().withNote("an organisation or place the"
                        + " person belongs to or stays at (" + ev.distinct + " names repeated over " + ev.sampled
                        + " rows, none of a sensitive vocabulary), in a file about persons: locates the person"),
                    null, false));
            }
        }
        return out;
    }

    /** Held as unknown (no type, no domain), left unknown, or an organisation's name; never a verdict with a meaning. */
    private boolean undecided(ColumnClassification c) {
        if (c.domain() != null || c.protectedAttribute() != null) {
            return false;
        }
        if (rules.organisationInfoType().equals(c.infoType())) {
            return c.attributeType() == AttributeType.INSENSITIVE;
        }
        return c.infoType() == null && c.evidence().nameMatch() == null
            && (c.attributeType() == AttributeType.INSENSITIVE && c.evidence().rule() == null
                || c.attributeType() == AttributeType.SENSITIVE && c.reviewNeeded());
    }

    private boolean namesAPlace(String name) {
        String[] tokens = Text.nameTokens(name).toArray(String[]::new);
        return rules.names().countPhrases(tokens, true) > 0 && rules.unless().countPhrases(tokens, true) == 0;
    }

    private boolean fewNamesRepeated(ColumnEvidence ev) {
        return ev.sampled >= rules.minSample() && ev.distinct >= 2 && ev.distinctRatio() <= rules.maxDistinctRatio();
    }

    private boolean noAnswerNorSensitiveTerm(ColumnEvidence ev) {
        for (String value : ev.distinctCounts.keySet()) {
            String[] words = words(value);
            if (words.length == 0 || rules.answers().matchesExact(String.join(" ", words))
                    || rules.sensitiveValues().countPhrases(words, true) > 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The special category told by the places the values name, when enough rows name one (health first, else the most
     * named), else null.
     */
    private ColumnClassification sensitivePlace(ColumnClassification c, ColumnEvidence ev) {
        SensitivePlace best = null;
        long bestRows = 0;
        boolean named = namesAPlace(c.name()) || rules.organisationInfoType().equals(c.infoType());
        for (SensitivePlace place : rules.sensitivePlaces()) {
            if (place.namedOnly() && !named) {
                continue;
            }
            long rows = 0;
            for (Map.Entry<String, Integer> e : ev.distinctCounts.entrySet()) {
                if (place.places().countPhrases(words(e.getKey()), true) > 0) {
                    rows += e.getValue();
                }
            }
            boolean enough = rows >= rules.sensitivePlaceShare() * ev.sampled && rows > 0;
            // Mixed lists that include health are health: enough rows naming a care place or the body that assesses a
            // disability win over more rows naming a prison or a court (the most sensitive, not the most named).
            if (enough && (best == null || health(place) && !health(best) || health(place) == health(best) && rows > bestRows)) {
                best = place;
                bestRows = rows;
            }
        }
        if (best == null) {
            return null;
        }
        Category told = best.category();
        return new ColumnClassification(c.name(), told.attributeType(), told.infoType(), told.domain(),
            told.protectedAttribute(), rules.confidence(), c.evidence().withNote(bestRows + " of " + ev.sampled
                + " rows name a place of a special category (" + best.places().name() + "), in a file about persons:"
                + " tells it of the person"), null, false);
    }

    private static boolean health(SensitivePlace place) {
        return place.category().domain() == Domain.HEALTH;
    }

    private static String[] words(String value) {
        return Text.valueWords(Text.normalize(value.strip()));
    }
}
