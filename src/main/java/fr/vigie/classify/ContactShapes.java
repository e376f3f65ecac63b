package fr.vigie.classify;

import fr.vigie.config.ConfigNode;
import fr.vigie.model.AttributeType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Direct identifiers of persons written the way another country or a clumsy department writes them, read in a file
 * about persons (dataSubject PERSON or MIXED) from the shape of the values of a column no rule explained (left
 * INSENSITIVE with no info type):
 * <ul>
 *   <li>phone numbers in the national form of the file's country ("20888180", "28 46 62 13"): the country is told by the
 *       numbers of the file written with their country code ("+45 60895598") and by its IBANs; a column most of whose
 *       values are valid numbers of that country's plan (libphonenumber) is the person's phone;</li>
 *   <li>street addresses, words and a house number ("Friggagatan 28 lgh 1105", "Hauptstraße 5a") or a house number and
 *       words ("12 Bramley Close"), whatever the language: the street generic is often part of the word (gatan, vägen,
 *       straße, vej), so no list of street types can hold them all; many different values of that shape are held for
 *       review as a street address;</li>
 *   <li>persons' names among descriptions ("Mme Bonnet", "famille DURAND", "THOMAS Anaïs" beside "voisin du 3e",
 *       "inconnu"): a real share of titled or full names is enough, whatever the rest, since each of them names a
 *       person.</li>
 * </ul>
 * A value is never written to a note.
 */
final class ContactShapes {
    /** Numbers with a country code parsed in each column to tell the file's countries. */
    private static final int PARSED_PER_COLUMN = 50;
    // A "none" and perhaps a "refused": more kinds of words than that are values, not answers of no number.
    private static final int MAX_NONE_ANSWERS = 2;
    // A number written among words: digits and the separators people write, not glued to other digits or letters.
    // A number written among words, standing apart: after a blank, a colon or a bracket ("SO-2025-099868" and "v.12-14
    // 2026" are an order's code and a span of weeks), before a blank or a stop.
    private static final Pattern EMBEDDED_PHONE = Pattern.compile("(?<![^\\s:;,(])\\+?[\\d(][\\d .\\-/()]{5,22}\\d(?![^\\s,;.)])");

    // Words, then a house number with its letter ("5a", "23B"), then maybe a flat, a floor or a box ("lgh 1105", "3. mf.",
    // "2º B"); "n° 34" after it numbers a place inside an enclosure (a grave in "Allée 16 - n° 34"), not a home.
    private static final Pattern NUMBER_LAST = Pattern.compile(
        "\\s*\\p{L}[\\p{L}'’.\\-]*(?:\\s+\\p{L}[\\p{L}'’.\\-]*){0,5},?\\s+(\\d{1,4})\\s?[A-Za-z]?(?:(?:\\s*[,/\\-]\\s*|\\s+)[\\p{L}\\d.º/\\-]{1,12}(?:\\s+[\\p{L}\\d.º/\\-]{1,12}){0,2})?\\s*");
    // A house number with its letter or bis/ter, then words: the order of France, the United Kingdom, the Americas, Viet
    // Nam. The number may be slashed (Viet Nam's "99/4", a house in an alley off number 99) and may stand in an alley named
    // by its number before the street ("151 kiệt 83 Nguyễn Huệ", "5 ngách 44/23 Láng Hạ"): kiệt, hẻm, ngõ and ngách are
    // the alleys of Viet Nam's Decree 91/2005/NĐ-CP on naming streets and public works (Huế, the South, Hà Nội).
    private static final Pattern NUMBER_FIRST = Pattern.compile(
        "\\s*(\\d{1,4})\\s?(?:bis|ter|[A-Za-z])?(?:/(\\d{1,4})[A-Za-z]?)?"
        + "(?:\\s+(?iu:kiệt|hẻm|ngõ|ngách|kiet|hem|ngo|ngach)\\s+\\d{1,4}[A-Za-z]?(?:/\\d{1,4}[A-Za-z]?)?)?"
        + ",?\\s+\\p{L}[\\p{L}\\p{M}'’.\\-]*(?:\\s+[\\p{L}\\p{M}'’.\\-]+){1,6}\\s*");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");

    private final Rules rules;
    private final Pattern titledName;
    private final Pattern fullName;

    /**
     * The contactShapes section of the rules.
     *
     * @param phone           what a column of numbers valid in the file's country is (null: never)
     * @param phoneMinShare   the share of sampled values that must be valid numbers of the country
     * @param address         what a column of street-address shapes is held as (null: never)
     * @param addressMinShare the share of sampled values of an address's shape
     * @param addressMinDistinctRatio ...and at least this share of different values (addresses differ from row to row)
     * @param name            what a column holding a share of persons' names is (null: never)
     * @param nameMinShare    the share of sampled values that are titled or full names
     * @param nameMinDistinct ...and at least this many different names (one "M. le Maire" is a label)
     * @param nameMaxRowsEach ...each on this many rows at most on average: "PMI Mosson" on 86 rows names a centre
     * @param heldConfidence  the confidence of a column held for review (under 0.6)
     * @param titles          civil titles and words before a family name ("Mme", "M.", "famille", "Herr", "Me"), as
     *                        written, for the names and the persons
     * @param mixed           phones and mailboxes mixed in one column (null: never)
     * @param notesMinDistinct different values of a column of text holding a phone valid in the file's country that make
     *                        it the text of persons reached (0: never)
     */
    record Rules(Category phone, double phoneMinShare, Category address, double addressMinShare,
            double addressMinDistinctRatio, Category name, double nameMinShare, int nameMinDistinct, double nameMaxRowsEach,
            double heldConfidence, List<String> titles, Persons persons, Mixed mixed, int notesMinDistinct) {

        static Rules none() {
            return new Rules(null, 1, null, 1, 1, null, 1, Integer.MAX_VALUE, 1, 0.45, List.of(), null, null, 0);
        }

        static Rules read(ConfigNode node, Map<String, Category> infoTypes, Map<String, Dictionary> dictionaries,
                List<NameRule> nameRules) {
            if (node.isMissing()) {
                return none();
            }
            node.allowOnly("phone", "address", "names", "heldConfidence", "titles", "persons", "mixed", "notesWithPhones");
            ConfigNode phone = node.require("phone").allowOnly("infoType", "minShare");
            ConfigNode address = node.require("address").allowOnly("infoType", "minShare", "minDistinctRatio");
            ConfigNode names = node.require("names").allowOnly("infoType", "minShare", "minDistinct", "maxRowsEach");
            return new Rules(infoType(phone, infoTypes), phone.number("minShare", 0.8, 0.5, 1),
                infoType(address, infoTypes), address.number("minShare", 0.7, 0.5, 1), address.number("minDistinctRatio", 0.5, 0, 1),
                infoType(names, infoTypes), names.number("minShare", 0.1, 0.01, 1), names.integer("minDistinct", 5),
                names.number("maxRowsEach", 3, 1, 1000), node.number("heldConfidence", 0.45, 0, 0.59),
                ClassificationRules.dictionary(node.require("titles"), dictionaries).entries(),
                node.has("persons") ? Persons.read(node.get("persons"), dictionaries, nameRules) : null,
                node.has("mixed") ? Mixed.read(node.get("mixed"), infoTypes) : null,
                node.has("notesWithPhones") ? notesMinDistinct(node.get("notesWithPhones")) : 0);
        }

        private static int notesMinDistinct(ConfigNode node) {
            node.allowOnly("minDistinct");
            int min = node.integer("minDistinct", 2);
            if (min < 1) {
                throw node.get("minDistinct").error("must be at least 1");
            }
            return min;
        }

        private static Category infoType(ConfigNode node, Map<String, Category> infoTypes) {
            ConfigNode id = node.require("infoType");
            Category category = infoTypes.get(id.asString());
            if (category == null) {
                throw id.error("unknown info type '" + id.asString() + "' (declare it under infoTypes)");
            }
            if (category.attributeType() == AttributeType.INSENSITIVE) {
                throw id.error("a person's contact cannot be INSENSITIVE");
            }
            return category;
        }
    }

    /**
     * Persons named or reached whatever the script or the header (stop 25): what a value's shape says of a person once
     * something else bears it out, in a file about persons. Each share is of the sampled rows.
     *
     * @param markedMinShare        titled or initialled persons, alone or listed with their roles ("M. Le Goff (DRH),
     *                              Mme Briand (DGA)", "Me Da Costa", "Κ. Δημητρίου"): a title or an initial says a
     *                              person however often repeated
     * @param markedMinDistinct     ...and at least this many different values (one "M. Martin" on every row is a label)
     * @param fullNamesMinShare     capitalised words in any script ("Hanna Oja", "Δημήτριος", "Sairaanhoitaja Anu
     *                              Lehto") one of whose words is a name of the file's persons or a known name
     * @param labelledPhoneMinShare a word and a phone valid in its plan ("nièce +33 6 00 94 78 54", "fils 06 12 34 56 78")
     * @param handlesMinShare       single words joined or numbered as pseudonyms are ("yann5", "IsabelleGuillou",
     *                              "habitant_cleunay", "Nolwenn L."), many different ones
     * @param handlesMinNamed       ...a share of which hold a known name or a name of the file's persons
     * @param handlesMinDistinctRatio ...and at least this share of different values (a slug of a category repeats)
     * @param knownNames            first and family names (a known name bears out a full name of two words or more)
     * @param notNames              words of places, organisations and legal forms: a value holding one names none
     * @param notPersons            words of a column's name saying its names are no persons of the file (the exceptions
     *                              of the name rule of persons' names: an author, a club, a street, a product)
     */
    record Persons(double markedMinShare, int markedMinDistinct, double fullNamesMinShare, double labelledPhoneMinShare,
            double handlesMinShare, double handlesMinNamed, double handlesMinDistinctRatio, Dictionary knownNames,
            Dictionary notNames, Set<String> notPersons) {

        static Persons read(ConfigNode node, Map<String, Dictionary> dictionaries, List<NameRule> nameRules) {
            node.allowOnly("markedMinShare", "markedMinDistinct", "fullNamesMinShare", "labelledPhoneMinShare",
                "handlesMinShare", "handlesMinNamed", "handlesMinDistinctRatio", "knownNames", "notNames",
                "notPersonsOf");
            ConfigNode of = node.require("notPersonsOf");
            NameRule rule = nameRules.stream().filter(r -> r.id().equals(of.asString())).findFirst()
                .orElseThrow(() -> of.error("unknown name rule '" + of.asString() + "'"));
            return new Persons(node.number("markedMinShare", 0.6, 0.3, 1), node.integer("markedMinDistinct", 2),
                node.number("fullNamesMinShare", 0.5, 0.3, 1), node.number("labelledPhoneMinShare", 0.8, 0.5, 1),
                node.number("handlesMinShare", 0.8, 0.5, 1), node.number("handlesMinNamed", 0.3, 0.1, 1),
                node.number("handlesMinDistinctRatio", 0.5, 0.1, 1),
                ClassificationRules.dictionary(node.require("knownNames"), dictionaries),
                ClassificationRules.dictionary(node.require("notNames"), dictionaries), Set.copyOf(rule.unless()));
        }
    }

    /**
     * A person reached by a phone or a mailbox, whichever they gave, in one column (round 9's lost-property
     * owners): valid phone numbers (French, with a country code, or of the file's country) and mailboxes together make
     * {@code minShare} of the sampled values, and each kind at least {@code minEach}, so that a column of one kind stays
     * with the rules of that kind.
     */
    record Mixed(Category category, double minShare, double minEach) {
        static Mixed read(ConfigNode node, Map<String, Category> infoTypes) {
            node.allowOnly("infoType", "minShare", "minEach");
            return new Mixed(Rules.infoType(node, infoTypes), node.number("minShare", 0.8, 0.5, 1),
                node.number("minEach", 0.1, 0.01, 0.5));
        }
    }

    ContactShapes(Rules rules) {
        this.rules = rules;
        String titles = String.join("|", rules.titles().stream().map(Pattern::quote).toList());
        String word = "\\p{Lu}[\\p{L}'’\\-]+";
        this.titledName = Pattern.compile("\\s*(?:(?i:" + titles + "))\\s+(?:" + word + "\\s+)?(?:d[eu']\\s?|da\\s|van\\s|von\\s)?"
            + word + "(?:\\s+" + word + ")?\\s*");
        // FAMILY first name or first name FAMILY: one word in capitals, the other capitalised.
        this.fullName = Pattern.compile("\\s*(?:\\p{Lu}{2}[\\p{Lu}'’\\-]*(?:\\s\\p{Lu}{2}[\\p{Lu}'’\\-]*)?\\s+\\p{Lu}\\p{Ll}[\\p{Ll}'’\\-]*"
            + "|\\p{Lu}\\p{Ll}[\\p{Ll}'’\\-]*\\s+\\p{Lu}{2}[\\p{Lu}'’\\-]*(?:\\s\\p{Lu}{2}[\\p{Lu}'’\\-]*)?)\\s*");
    }

    /** The columns, with those read from their shapes replaced (same order); files not about persons unchanged. */
    List<ColumnClassification> apply(List<ColumnClassification> columns, List<DataSubjects.Column> decided,
            DataSubject subject) {
        if (subject != DataSubject.PERSON && subject != DataSubject.MIXED) {
            return columns;
        }
        List<ColumnClassification> out = new ArrayList<>(columns);
        Set<String> regions = null;
        Set<String> fileNames = null;
        ColumnClassification person;
        for (int i = 0; i < columns.size(); i++) {
            ColumnClassification c = columns.get(i);
            ColumnEvidence ev = decided.get(i).evidence();
            if (!unexplained(c) || ev.sampled < 10) {
                continue;
            }
            // Read once, and only for a file that leaves a column unexplained.
            regions = regions == null ? regions(columns, decided) : regions;
            Set<String> countries = regions;
            if (rules.phone() != null && !countries.isEmpty() && answeredShare(ev, v -> validInOne(v, countries)) >= rules.phoneMinShare()
                    && ev.distinctRatio() >= 0.5) {
                out.set(i, decide(c, rules.phone(), 0.8, false, "values valid in the numbering plan of the file's country ("
                    + String.join(", ", regions) + ", told by its numbers written with their country code or its IBANs),"
                    + " written in its national form: read as phone numbers"));
            } else if (rules.mixed() != null && mixedContacts(ev, countries)) {
                out.set(i, decide(c, rules.mixed().category(), 0.8, false, "phone numbers valid in their plan and mailboxes"
                    + " mixed in one column: the way each person gave to reach them"));
            } else if (rules.name() != null && share(ev, this::personName) >= rules.nameMinShare()
                    && distinct(ev, this::personName) >= rules.nameMinDistinct()
                    && share(ev, this::personName) * ev.sampled <= rules.nameMaxRowsEach() * distinct(ev, this::personName)) {
                out.set(i, decide(c, rules.name(), 0.7, false, "a share of the values are titled or full names of persons"
                    + " (" + distinct(ev, this::personName) + " different ones) among other words: each of them names a person"));
            } else if (rules.persons() != null
                    && (person = personNamedOrReached(c, ev, countries, fileNames = fileNames == null
                        ? namesOfTheFile(columns, decided) : fileNames)) != null) {
                out.set(i, person);
            } else if (rules.address() != null && ev.distinctRatio() >= rules.addressMinDistinctRatio()
                    && share(ev, ContactShapes::streetAddress) >= rules.addressMinShare()) {
                out.set(i, decide(c, rules.address(), rules.heldConfidence(), true, "many different values shaped as a street"
                    + " and a house number, in a file about persons: read as the person's street address; held until someone"
                    + " decides (pin the column in the job file)"));
            }
        }
        return out;
    }

    /**
     * Columns of text in a file about persons some of whose values hold, among words, a phone number valid in the plan
     * of the file's country ("daughter Ana 070 217 293", "vadiny: 034 58 657 93"): the notes reach a person (a relative,
     * the person themselves), so the text is IDENTIFYING whatever else it tells, its domain kept. Read after the columns
     * are held, so that a note held for review is read too; a column with no letter and seven digits side by side in
     * {@link #notesMinDistinct} of its values costs one pass over its distinct values.
     */
    List<ColumnClassification> notesReachingPersons(List<ColumnClassification> columns, List<DataSubjects.Column> decided,
            DataSubject subject) {
        if (rules.notesMinDistinct() <= 0 || subject != DataSubject.PERSON && subject != DataSubject.MIXED) {
            return columns;
        }
        List<ColumnClassification> out = new ArrayList<>(columns);
        Set<String> regions = null;
        for (int i = 0; i < columns.size(); i++) {
            ColumnClassification c = columns.get(i);
            ColumnEvidence ev = decided.get(i).evidence();
            if (c.attributeType() == AttributeType.IDENTIFYING || c.pinnedBy() != null
                    || distinct(ev, ContactShapes::wordsAndDigits) < rules.notesMinDistinct()) {
                continue;
            }
            regions = regions == null ? regions(columns, decided) : regions;
            Set<String> countries = regions;
            if (countries.isEmpty()) {
                return out;
            }
            int reached = distinct(ev, v -> phoneAmongWords(v, countries));
            if (reached >= rules.notesMinDistinct()) {
                out.set(i, c.withType(AttributeType.IDENTIFYING, Classifier.FREE_TEXT, c.domain(), c.protectedAttribute(),
                    reached + " different values hold, among words, a phone number valid in the plan of the file's"
                    + " country (" + String.join(", ", countries) + "): notes that reach a person are identifying"));
            }
        }
        return out;
    }

    /** Letters, and seven digits or more: a cheap test before any number is parsed. */
    private static boolean wordsAndDigits(String value) {
        int digits = 0;
        boolean letter = false;
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch >= '0' && ch <= '9') {
                digits++;
            } else if (!letter && Character.isLetter(ch)) {
                letter = true;
            }
        }
        return letter && digits >= 7;
    }

    /** A number in the value, not a date, valid in the plan of one of the file's countries. */
    private static boolean phoneAmongWords(String value, Set<String> countries) {
        Matcher m = EMBEDDED_PHONE.matcher(value);
        while (m.find()) {
            String phone = m.group();
            if (!Validators.date(phone) && (PhoneNumbers.international(phone) || validInOne(phone, countries))) {
                return true;
            }
        }
        return false;
    }

    /** Phones and mailboxes together make most of the values, each kind a real share of them (see {@link Mixed}). */
    private boolean mixedContacts(ColumnEvidence ev, Set<String> countries) {
        Predicate<String> phone = v -> Validators.phoneFr(v) || PhoneNumbers.international(v) || validInOne(v, countries);
        double phones = share(ev, phone);
        double mails = share(ev, Validators::email);
        return phones >= rules.mixed().minEach() && mails >= rules.mixed().minEach()
            && phones + mails >= rules.mixed().minShare();
    }

    /**
     * A person named or reached, read from the values' shape borne out by something else (see {@link Persons}), or null.
     */
    private ColumnClassification personNamedOrReached(ColumnClassification c, ColumnEvidence ev, Set<String> countries,
            Set<String> fileNames) {
        Persons p = rules.persons();
        if (rules.phone() != null && ev.distinct >= rules.nameMinDistinct()
                && share(ev, v -> labelledPhoneValid(v, countries)) >= p.labelledPhoneMinShare()) {
            return decide(c, rules.phone(), 0.8, false, "a word (a relation, a place) and a phone number valid in its plan:"
                + " read as the phone of the person it reaches");
        }
        if (rules.name() == null || Text.nameTokens(c.name()).stream().anyMatch(p.notPersons()::contains)) {
            return null;
        }
        if (distinct(ev, v -> PersonShapes.marked(v, titledName)) >= p.markedMinDistinct()
                && share(ev, v -> PersonShapes.marked(v, titledName)) >= p.markedMinShare()) {
            return decide(c, rules.name(), 0.75, false, "persons written with a civil title or an initial, alone or listed"
                + " with their roles: a title or an initial names a person however often repeated");
        }
        if (distinct(ev, v -> fullName(v, fileNames)) >= 2 && share(ev, v -> fullName(v, fileNames)) >= p.fullNamesMinShare()) {
            return decide(c, rules.name(), 0.75, false, "words written as names are, in any script, one of which is a name of"
                + " the file's persons or a known first or family name: persons' names");
        }
        if (ev.distinct >= rules.nameMinDistinct() && ev.distinctRatio() >= p.handlesMinDistinctRatio()
                && share(ev, PersonShapes::handle) >= p.handlesMinShare()
                && share(ev, v -> PersonShapes.handle(v) && namedHandle(v, fileNames)) >= p.handlesMinNamed()) {
            return decide(c, rules.name(), 0.7, false, "many different pseudonyms (single words joined or numbered, a share"
                + " of them made of names): online identifiers of persons (GDPR art. 4(1))");
        }
        return null;
    }

    private boolean labelledPhoneValid(String value, Set<String> countries) {
        String phone = PersonShapes.labelledPhone(value);
        return phone != null && (PhoneNumbers.international(phone) || Validators.phoneFr(phone) || validInOne(phone, countries));
    }

    /** Written as names, no word of a place or organisation, and borne out by the file's names or, from two words, a known name. */
    private boolean fullName(String value, Set<String> fileNames) {
        int words = PersonShapes.nameWords(value);
        if (words == 0) {
            return false;
        }
        String[] normalised = Text.valueWords(Text.normalize(PersonShapes.withoutRemarks(value)));
        if (normalised.length == 0 || rules.persons().notNames().matchesToken(normalised)) {
            return false;
        }
        for (String w : normalised) {
            if (fileNames.contains(w)) {
                return true;
            }
        }
        return words >= 2 && rules.persons().knownNames().matchesToken(normalised);
    }

    private boolean namedHandle(String value, Set<String> fileNames) {
        for (String piece : PersonShapes.handlePieces(value)) {
            String[] words = Text.valueWords(Text.normalize(piece));
            for (String w : words) {
                if (fileNames.contains(w)) {
                    return true;
                }
            }
            if (words.length > 0 && rules.persons().knownNames().matchesToken(words)) {
                return true;
            }
        }
        return false;
    }

    /** The words (three letters or more) of the columns a name rule read as persons' names, and the values confirmed. */
    private static Set<String> namesOfTheFile(List<ColumnClassification> columns, List<DataSubjects.Column> decided) {
        Set<String> names = new HashSet<>();
        for (int j = 0; j < columns.size(); j++) {
            ColumnClassification other = columns.get(j);
            if (!"PERSON_NAME".equals(other.infoType()) || other.attributeType() != AttributeType.IDENTIFYING
                    || other.evidence().nameMatch() == null || other.reviewNeeded()) {
                continue;
            }
            for (String value : decided.get(j).evidence().distinctCounts.keySet()) {
                for (String w : Text.valueWords(Text.normalize(value))) {
                    if (w.length() >= 3) {
                        names.add(w);
                    }
                }
            }
        }
        return names;
    }

    /** Left INSENSITIVE because no rule explained it: no info type, no domain, no pin. */
    private static boolean unexplained(ColumnClassification c) {
        return c.attributeType() == AttributeType.INSENSITIVE && c.infoType() == null && c.domain() == null
            && c.pinnedBy() == null;
    }

    /**
     * The countries of the file: of its numbers written with a country code, of its IBANs. Fifty such numbers of a column
     * tell its countries; parsing every one of ten thousand would tell no more.
     */
    private static Set<String> regions(List<ColumnClassification> columns, List<DataSubjects.Column> decided) {
        Set<String> regions = new LinkedHashSet<>();
        for (int i = 0; i < columns.size(); i++) {
            boolean iban = "IBAN".equals(columns.get(i).infoType());
            int parsed = 0;
            for (String value : decided.get(i).evidence().distinctCounts.keySet()) {
                String v = value.strip();
                if (iban && v.length() > 2 && Character.isLetter(v.charAt(0)) && Character.isLetter(v.charAt(1))) {
                    regions.add(v.substring(0, 2).toUpperCase(Locale.ROOT));
                } else if ((v.startsWith("+") || v.startsWith("00")) && parsed++ < PARSED_PER_COLUMN) {
                    String region = PhoneNumbers.region(v);
                    if (region != null && !"001".equals(region)) {
                        regions.add(region);
                    }
                }
            }
        }
        return regions;
    }

    private static boolean validInOne(String value, Set<String> regions) {
        for (String region : regions) {
            if (PhoneNumbers.validIn(value, region)) {
                return true;
            }
        }
        return false;
    }

    private boolean personName(String value) {
        return value.length() <= 60 && (titledName.matcher(value).matches() || fullName.matcher(value).matches());
    }

    /** Words and a house number, or a house number and words; a year ("Saison 2024") is no house number. */
    static boolean streetAddress(String value) {
        if (value.length() > 80) {
            return false;
        }
        Matcher m = NUMBER_LAST.matcher(value);
        if (!m.matches()) {
            m = NUMBER_FIRST.matcher(value);
            if (!m.matches()) {
                return false;
            }
        }
        String number = m.group(1);
        if (m.groupCount() >= 2 && m.group(2) != null && fraction(number, m.group(2))) {
            return false;
        }
        // A house number never starts with 0: "CX 0121" is a cadastral parcel.
        return !YEAR.matcher(number).matches() && number.charAt(0) != '0';
    }

    /** A part of a whole ("1/2 pension", "3/4 temps") or a mark out of ten, twenty or a hundred ("14/20 Assez bien"). */
    private static boolean fraction(String numerator, String denominator) {
        int n = Integer.parseInt(numerator);
        int d = Integer.parseInt(denominator);
        return n < d && (d <= 4 || d == 10 || d == 20 || d == 100);
    }

    /**
     * The share of the sampled values that pass among those that answer: a word or two with no digit, repeated over at
     * most half of the rows ("none", "walay", "sin número": the person has no phone), is an answer of the form that has
     * no number, not a value that denies the column is numbers; any other value counts.
     */
    private static double answeredShare(ColumnEvidence ev, Predicate<String> test) {
        int none = 0;
        int noneDistinct = 0;
        for (Map.Entry<String, Integer> e : ev.distinctCounts.entrySet()) {
            if (noDigit(e.getKey())) {
                none += e.getValue();
                noneDistinct++;
            }
        }
        int sampled = ev.sampled;
        if (noneDistinct == 0 || noneDistinct > MAX_NONE_ANSWERS || 2 * none > sampled) {
            return share(ev, test);
        }
        int n = 0;
        for (Map.Entry<String, Integer> e : ev.distinctCounts.entrySet()) {
            if (test.test(e.getKey())) {
                n += e.getValue();
            }
        }
        return (double) n / (sampled - none);
    }

    /** Letters and blanks only, three words at most: no number was written. */
    private static boolean noDigit(String value) {
        String v = value.strip();
        if (v.isEmpty() || v.length() > 30) {
            return false;
        }
        int words = 1;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == ' ') {
                words++;
            } else if (!Character.isLetter(c) && c != '.' && c != '-') {
                return false;
            }
        }
        return words <= 3;
    }

    /** The share of the sampled values (with their repetitions) that pass. */
    private static double share(ColumnEvidence ev, Predicate<String> test) {
        int n = 0;
        for (Map.Entry<String, Integer> e : ev.distinctCounts.entrySet()) {
            if (test.test(e.getKey())) {
                n += e.getValue();
            }
        }
        return ev.sampled == 0 ? 0 : (double) n / ev.sampled;
    }

    private static int distinct(ColumnEvidence ev, Predicate<String> test) {
        return (int) ev.distinctCounts.keySet().stream().filter(test).count();
    }

    private static ColumnClassification decide(ColumnClassification c, Category category, double confidence, boolean review,
            String note) {
        return new ColumnClassification(c.name(), category.attributeType(), category.infoType(), category.domain(),
            category.protectedAttribute(), confidence, c.evidence().withNote(note), c.pinnedBy(), review);
    }
}
