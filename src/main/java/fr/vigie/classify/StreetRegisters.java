package fr.vigie.classify;

import fr.vigie.config.ConfigNode;
import fr.vigie.model.AttributeType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Recognises a register of streets: one row per street of a commune (its type and name, its length, its number of
 * addresses, its key in FANTOIR or the BAN, the deliberation that named it), as the street-naming registers, FANTOIR,
 * the Base Adresse Nationale and their neighbours abroad (a Straßenverzeichnis, a street gazetteer keyed by USRN)
 * publish. Such a table describes places: its addresses are no one's, and a person named in it is the street's
 * namesake, a public figure honoured by the street's name.
 *
 * <p>Fails closed:
 * <ul>
 *   <li>a column names streets: at least {@code minStreetShare} of its values hold a word of a street's type ("Rue",
 *       "AV", "Allée", "-straße", "Close") and none starts with a house number ("12 rue des Lilas" is an address of
 *       someone);</li>
 *   <li>each street comes once (with its commune), on at least {@code minDistinct} of the sampled rows: residents
 *       come back in their street;</li>
 *   <li>a column naming a person is the namesake only when its names are, on nearly every row where one is given, in
 *       that row's street name ("Samuel Paty" in "Square Samuel Paty"); a resident's name is not, nor a column named
 *       for those who live in the street ({@code residentWords}: a family, a household, the residents), even when the
 *       lane bears their name ("Chez Garnier", the Garnier family);</li>
 *   <li>a column named after the namesake ("dates_dedicataire", "Namensgeber Beruf") holds the namesake's dates and
 *       quality, and nothing read in it may tell a special category;</li>
 *   <li>every other column is of a place's kind ({@code placeInfoTypes}: the street's key and address, the commune,
 *       the neighbourhood, a date, coordinates), figures, or ordinary; a house number column (a "num" name over small
 *       numbers) or anything else describing a person keeps the rows persons.</li>
 * </ul>
 *
 * @param streetTypes     the words of a street's type (FANTOIR and BAN types, full and abbreviated, in the EU's
 *                        languages; German types as word endings)
 * @param placeInfoTypes  info types a column of a street register may be read as
 * @param minStreetShare  least share of the street column's values naming a street
 * @param minDistinct     least share of the rows whose street (with its commune) no other row repeats
 * @param minNamesakes    least rows giving a namesake, for the namesake's column to tell anything
 * @param minNamesakeShare least share of the given namesakes found in their row's street name
 * @param residentWords   words of a column's name saying it holds those who live in the street, never a namesake
 */
record StreetRegisters(Dictionary streetTypes, Set<String> placeInfoTypes, double minStreetShare, double minDistinct,
        int minNamesakes, double minNamesakeShare, Set<String> residentWords) {
    private static final Pattern LEADING_NUMBER = Pattern.compile("\\s*\\d.*");
    private static final Pattern HOUSE_NUMBER = Pattern.compile("\\s*\\d{1,4}\\s*(?:[a-z]|bis|ter|quater)?\\s*",
        Pattern.CASE_INSENSITIVE);

    /** Reads the {@code streetRegisters} section of {@code dataSubject}, or null when it is missing. */
    static StreetRegisters read(ConfigNode node, Map<String, Dictionary> dictionaries, Set<String> infoTypes) {
        if (node.isMissing()) {
            return null;
        }
        node.allowOnly("streetTypes", "placeInfoTypes", "minStreetShare", "minDistinct", "minNamesakes",
            "minNamesakeShare", "residentWords");
        Set<String> residents = new LinkedHashSet<>();
        if (node.has("residentWords")) {
            for (String word : node.strings("residentWords")) {
                residents.addAll(Text.canonicalWords(Text.normalize(word)));
            }
            if (residents.isEmpty()) {
                throw node.get("residentWords").error("at least one word is needed");
            }
        }
        Set<String> place = new LinkedHashSet<>();
        for (ConfigNode item : node.require("placeInfoTypes").items()) {
            if (!infoTypes.contains(item.asString())) {
                throw item.error("unknown info type '" + item.asString() + "' (declare it under infoTypes)");
            }
            place.add(item.asString());
        }
        return new StreetRegisters(ClassificationRules.dictionary(node.require("streetTypes"), dictionaries),
            Set.copyOf(place), node.number("minStreetShare", 0.8, 0.5, 1), node.number("minDistinct", 0.95, 0.5, 1),
            (int) node.number("minNamesakes", 5, 1, 1000), node.number("minNamesakeShare", 0.9, 0.5, 1),
            Set.copyOf(residents));
    }

    /**
     * Why the rows are the streets of a register (column names, never values), or an empty list.
     *
     * @param areas           the table-of-areas rules (area words and info types, numbers)
     * @param columns         the columns to read (contacts left out)
     * @param all             every column, in header order (the rows' cells follow it)
     * @param rows            a sample of the rows
     * @param describesPerson whether a column was decided as describing the person of a row
     */
    List<String> read(AreaTables.Rules areas, List<DataSubjects.Column> columns, List<DataSubjects.Column> all,
            List<List<String>> rows, Predicate<ColumnClassification> describesPerson) {
        if (rows.size() < areas.minSample()) {
            return List.of();
        }
        DataSubjects.Column street = null;
        for (DataSubjects.Column c : columns) {
            // Only a column read as an address is read value by value.
            if ("STREET_ADDRESS".equals(c.classification().infoType()) && c.evidence().sampled >= areas.minSample()
                    && namesStreets(c.evidence())
                    && (street == null || c.evidence().distinct > street.evidence().distinct)) {
                street = c;
            }
        }
        if (street == null) {
            return List.of();
        }
        Map<DataSubjects.Column, Integer> at = AreaTables.positions(all);
        int streetAt = at.get(street);
        List<Integer> key = new ArrayList<>(List.of(streetAt));
        for (DataSubjects.Column c : columns) {
            String infoType = c.classification().infoType();
            if (c != street && infoType != null && areas.areaInfoTypes().contains(infoType)) {
                key.add(at.get(c));
            }
        }
        if (AreaTables.repeatedKeys(rows, key) > (1 - minDistinct) * rows.size()) {
            return List.of();   // streets coming back: residents, or events in the streets
        }
        List<DataSubjects.Column> namesakes = new ArrayList<>();
        for (DataSubjects.Column c : columns) {
            ColumnClassification cc = c.classification();
            // A namesake written by the family name alone ("Attlee" of "Attlee Close") is read as nothing yet.
            boolean unknown = cc.infoType() == null && cc.domain() == null && cc.protectedAttribute() == null
                && c.evidence().matchShare(areas.numberRule()) < 0.5;
            if (c != street && (describesPerson.test(cc) || unknown)) {
                if (Text.nameTokens(cc.name()).stream().anyMatch(residentWords::contains)) {
                    return List.of();   // those who live in the street, whatever the lane is called after them
                }
                if (namesake(rows, at.get(c), streetAt)) {
                    namesakes.add(c);
                } else if (describesPerson.test(cc)) {
                    return List.of();   // a person who is no street's namesake: a resident, an applicant
                }
            }
        }
        Set<String> namesakeWords = new LinkedHashSet<>();
        namesakes.forEach(c -> namesakeWords.addAll(Text.nameTokens(c.classification().name())));
        for (DataSubjects.Column c : columns) {
            ColumnClassification cc = c.classification();
            if (c == street || namesakes.contains(c)) {
                continue;
            }
            if (cc.domain() != null || cc.protectedAttribute() != null
                    || c.hint() == DataSubject.MIXED) {
                return List.of();   // a special category, money or a mix of persons: no register of streets
            }
            if (houseNumbers(areas, c)) {
                return List.of();   // a house number: the rows are addresses of someone
            }
            boolean ofNamesake = Text.nameTokens(cc.name()).stream().anyMatch(namesakeWords::contains);
            boolean figures = c.evidence().sampled > 0 && c.evidence().matchShare(areas.numberRule()) >= 0.9;
            boolean placeKind = cc.infoType() != null && placeInfoTypes.contains(cc.infoType());
            boolean ordinary = cc.attributeType() == AttributeType.INSENSITIVE;
            if (!(ofNamesake || figures || placeKind || ordinary)) {
                return List.of();   // a column of another kind: it may be a resident's
            }
        }
        List<String> evidence = new ArrayList<>();
        evidence.add(street.classification().name() + ": a street's type and name on nearly every row, no house number,"
            + " each street once: a register of streets");
        if (!namesakes.isEmpty()) {
            evidence.add(String.join(", ", namesakes.stream().map(c -> c.classification().name()).toList())
                + ": the person a street is named after, named in the street's name (a public namesake)");
        }
        evidence.add("no column describes a resident: the rows are streets, not persons");
        return List.copyOf(evidence);
    }

    /** Whether nearly every value names a street by its type, and none starts with a house number. */
    private boolean namesStreets(ColumnEvidence ev) {
        int streets = 0;
        for (Map.Entry<String, Integer> e : ev.distinctCounts.entrySet()) {
            if (LEADING_NUMBER.matcher(e.getKey()).matches()) {
                return false;
            }
            if (streetTypes.matchesToken(Text.valueWords(Text.normalize(e.getKey())))) {
                streets += e.getValue();
            }
        }
        return ev.sampled > 0 && streets >= minStreetShare * ev.sampled;
    }

    /**
     * Whether the person's names given in the column are, on at least {@code minNamesakeShare} of the rows giving one,
     * words of the row's street name, and given on at least {@code minNamesakes} rows.
     */
    private boolean namesake(List<List<String>> rows, int column, int street) {
        int given = 0;
        int inStreet = 0;
        for (List<String> row : rows) {
            String name = column < row.size() ? row.get(column) : null;
            if (name == null || name.isBlank()) {
                continue;
            }
            given++;
            String s = street < row.size() ? row.get(street) : null;
            if (s != null && (" " + String.join(" ", Text.valueWords(Text.normalize(s))) + " ")
                    .contains(" " + String.join(" ", Text.valueWords(Text.normalize(name))) + " ")) {
                inStreet++;
            }
        }
        return given >= minNamesakes && inStreet >= minNamesakeShare * given;
    }

    /** Whether the column is a house number: a name of a number ("numéro", "n°") over small numbers, bis and ter. */
    private static boolean houseNumbers(AreaTables.Rules areas, DataSubjects.Column c) {
        List<String> tokens = Text.nameTokens(c.classification().name());
        if (!tokens.contains("num") || areas.namesAStatistic(c.classification().name())) {
            return false;
        }
        ColumnEvidence ev = c.evidence();
        long numbers = ev.distinctCounts.entrySet().stream().filter(e -> HOUSE_NUMBER.matcher(e.getKey()).matches())
            .mapToLong(Map.Entry::getValue).sum();
        return ev.sampled > 0 && numbers >= 0.5 * ev.sampled;
    }
}
