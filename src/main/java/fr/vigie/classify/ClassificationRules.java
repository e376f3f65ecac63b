package fr.vigie.classify;

import fr.vigie.config.ConfigNode;
import fr.vigie.model.AttributeType;
import fr.vigie.model.ConfigException;
import fr.vigie.model.Domain;
import fr.vigie.model.ProtectedAttribute;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The classification rules, read from {@code classification.yml} in the rules directory and the
 * dictionaries it names (under {@code dictionaries/}). Everything is checked on load: an unknown
 * key, info type, validator, dictionary or enum value is a {@link ConfigException} naming the file
 * and the key.
 */
public final class ClassificationRules {
    /** The file name of the rules within the rules directory. */
    public static final String FILE_NAME = "classification.yml";

    private final Path file;
    private final int sampleSize;
    private final double minValueRatio;
    private final int minSampleToConfirm;
    private final int freeTextMinAverageLength;
    private final double freeTextMinShare;
    private final BirthDateProfile birthDateProfile;
    private final ReviewSettings review;
    private final DataSubjects.Rules subjectRules;
    private final DatasetContext.Rules contextRules;
    private final FailClosed.Rules failClosed;
    private final ContactShapes.Rules contactShapes;
    private final PlacesOfPersons.Rules placesOfPersons;
    // A person's rank in a household survey
    private final HouseholdRanks.Rules householdRanks;
    private final BirthDateParts.Rules birthDateParts;
    private final FieldsAsRows.Rules fieldsAsRows;
    private final RowNumbers.Rules rowNumbers;
    private final CareVolumes.Rules careVolumes;
    private final MicrodataSchemas.Rules microdataSchemas;
    private final NameShapes nameShapes;
    private final List<String> codedNameSuffixes;
    private final long largeScaleRows;
    private final Set<Domain> dpiaDomains;
    private final Map<String, Category> infoTypes;
    private final List<NameRule> nameRules;
    private final List<ValueRule> valueRules;
    private final List<TextScanRule> textRules;

    private ClassificationRules(Builder b) {
        this.file = b.file;
        this.sampleSize = b.sampleSize;
        this.minValueRatio = b.minValueRatio;
        this.minSampleToConfirm = b.minSampleToConfirm;
        this.freeTextMinAverageLength = b.freeTextMinAverageLength;
        this.freeTextMinShare = b.freeTextMinShare;
        this.birthDateProfile = b.birthDateProfile;
        this.review = b.review;
        this.subjectRules = b.subjectRules;
        this.contextRules = b.contextRules;
        this.failClosed = b.failClosed;
        this.contactShapes = b.contactShapes;
        this.placesOfPersons = b.placesOfPersons;
        this.householdRanks = b.householdRanks;
        this.birthDateParts = b.birthDateParts;
        this.fieldsAsRows = b.fieldsAsRows;
        this.rowNumbers = b.rowNumbers;
        this.careVolumes = b.careVolumes;
        this.microdataSchemas = b.microdataSchemas;
        this.nameShapes = b.nameShapes;
        this.codedNameSuffixes = b.codedNameSuffixes;
        this.largeScaleRows = b.largeScaleRows;
        this.dpiaDomains = Collections.unmodifiableSet(b.dpiaDomains);
        this.infoTypes = Collections.unmodifiableMap(b.infoTypes);
        this.nameRules = List.copyOf(b.nameRules);
        this.valueRules = List.copyOf(b.valueRules);
        this.textRules = List.copyOf(b.textRules);
    }

    /**
     * Loads {@code rulesDir/classification.yml} and its dictionaries.
     *
     * @throws ConfigException naming the file and key of the first problem found
     */
    public static ClassificationRules load(Path rulesDir) {
        Path file = rulesDir.resolve(FILE_NAME);
        ConfigNode root = ConfigNode.load(file)
            .allowOnly("version", "settings", "dataset", "dictionaries", "infoTypes", "nameRules", "valueRules", "textScan",
                "dataSubject", "context", "failClosed", "contactShapes", "nameShapes",
                "placesOfPersons", "fieldsAsRows",
                // A person's rank in a household survey
                "householdRanks",
                // A line's rank in the list, named so
                "rowNumbers",
                // Hours of care beside a person's dependency or disability
                "careVolumes",
                // Coded microdata in the layout of a published schema
                "microdataSchemas",
                // A birth date split over columns (day, month, year)
                "birthDateParts");
        Builder b = new Builder(file);
        readSettings(root.get("settings"), b);
        readDataset(root.get("dataset"), b);
        Map<String, Dictionary> dictionaries = readDictionaries(root.get("dictionaries"), rulesDir);
        readInfoTypes(root.require("infoTypes"), b);
        readBirthDateProfile(root.get("settings").isMissing() ? root.get("settings") : root.get("settings").get("birthDateProfile"), b);
        readNameRules(root.require("nameRules"), dictionaries, b);
        readValueRules(root.require("valueRules"), dictionaries, b);
        readTextScan(root.get("textScan"), dictionaries, b);
        checkConfirmations(root.get("nameRules"), b);
        b.subjectRules = DataSubjects.Rules.read(root.get("dataSubject"), b.infoTypes, b.valueRules, dictionaries);
        b.contextRules = DatasetContext.Rules.read(root.get("context"), b.infoTypes, b.valueRules, b.birthDateProfile,
            dictionaries);
        b.failClosed = FailClosed.Rules.read(root.get("failClosed"), b.infoTypes, dictionaries,
            b.nameRules.stream().map(NameRule::id).collect(java.util.stream.Collectors.toSet()));
        b.contactShapes = ContactShapes.Rules.read(root.get("contactShapes"), b.infoTypes, dictionaries, b.nameRules);
        b.placesOfPersons = PlacesOfPersons.Rules.read(root.get("placesOfPersons"), b.infoTypes, dictionaries);
        // A person's rank in a household survey
        b.householdRanks = HouseholdRanks.Rules.read(root.get("householdRanks"), b.infoTypes);
        b.fieldsAsRows = FieldsAsRows.Rules.read(root.get("fieldsAsRows"));
        b.rowNumbers = RowNumbers.Rules.read(root.get("rowNumbers"), dictionaries, b.infoTypes);
        b.careVolumes = CareVolumes.Rules.read(root.get("careVolumes"), dictionaries);
        b.microdataSchemas = MicrodataSchemas.Rules.read(root.get("microdataSchemas"), b.infoTypes, b.valueRules, rulesDir);
        b.birthDateParts = BirthDateParts.Rules.read(root.get("birthDateParts"), b.infoTypes);
        b.nameShapes = NameShapes.read(root.get("nameShapes"), b.infoTypes.keySet(), b.valueRules, b.minSampleToConfirm);
        return new ClassificationRules(b);
    }

    /** The rules file, for messages. */
    public Path file() {
        return file;
    }

    /** Default number of non-null values sampled per column. */
    public int sampleSize() {
        return sampleSize;
    }

    /** Rows from which a processing counts as large scale (DPIA). */
    public long largeScaleRows() {
        return largeScaleRows;
    }

    /** The info types of the vocabulary, in file order. */
    public Set<String> infoTypes() {
        return infoTypes.keySet();
    }

    Category infoType(String name) {
        return infoTypes.get(name);
    }

    double minValueRatio() {
        return minValueRatio;
    }

    int minSampleToConfirm() {
        return minSampleToConfirm;
    }

    int freeTextMinAverageLength() {
        return freeTextMinAverageLength;
    }

    double freeTextMinShare() {
        return freeTextMinShare;
    }

    /** How unnamed date columns are recognised as birth dates; null when the rules do not say. */
    BirthDateProfile birthDateProfile() {
        return birthDateProfile;
    }

    /**
     * A column decided as {@code dateInfoType} from its values alone is read as {@code birthDateInfoType}
     * when its years (5th to 95th percentile) span at least {@code minYearSpan} years, none in the future;
     * in a file about persons with no other birth date or age, the unnamed date column spread over most
     * years is, from {@code minYearSpanOfTheOnlyOne} years (children's birth dates span a few years); or, from
     * {@code beforeEvents.minYearSpan} years, the one lying years before the file's events: its latest years at least
     * {@code beforeEvents.minYears} before the latest year of the file's other dates (today's when it has none), its
     * values different days at least {@code beforeEvents.minDistinctShare} of the time (one a person, not a few
     * session days repeated). Or else, told by the sampled rows ({@code beforeRowEvents}), the one whose date is, on
     * at least {@code minShare} of at least {@code minRows} rows, not after the row's latest other date, and in the
     * middle of the rows at least {@code minMedianDays} before the row's earliest other date: toddlers' births, which
     * lie within the years of the file's events, come years before their row's request.
     */
    record BirthDateProfile(String dateInfoType, Category birthDate, int minYearSpan, int minYearSpanOfTheOnlyOne,
            BeforeEvents beforeEvents, BeforeRowEvents beforeRowEvents) {
    }

    /** See {@link BirthDateProfile}; null when the rules do not say. */
    record BeforeRowEvents(int minRows, double minShare, int minMedianDays) {
    }

    /** See {@link BirthDateProfile}; null when the rules do not say. */
    record BeforeEvents(int minYears, int minYearSpan, double minDistinctShare) {
    }

    /**
     * When an unnamed column of categories is flagged for review: at least {@code minShare} of its
     * values (and {@code minDistinct} different ones) match a sensitive dictionary, too few for the
     * rule's own {@code minRatio}; at most {@code maxDistinct} different values. Such a column is
     * SENSITIVE with a confidence of at most {@code maxConfidence}.
     */
    record ReviewSettings(double minShare, int minDistinct, int maxDistinct, double maxConfidence) {
    }

    ReviewSettings review() {
        return review;
    }

    DataSubjects.Rules subjectRules() {
        return subjectRules;
    }

    DatasetContext.Rules contextRules() {
        return contextRules;
    }

    FailClosed.Rules failClosed() {
        return failClosed;
    }

    ContactShapes.Rules contactShapes() {
        return contactShapes;
    }

    /** The organisations and places of persons (a club, a residence, a station) read as quasi-identifiers. */
    PlacesOfPersons.Rules placesOfPersons() {
        return placesOfPersons;
    }

    /** How the day and the month of a birth date split over columns are read (section {@code birthDateParts}). */
    BirthDateParts.Rules birthDateParts() {
        return birthDateParts;
    }

    /** How a person's rank in a household survey is read (section {@code householdRanks}). */
    HouseholdRanks.Rules householdRanks() {
        return householdRanks;
    }

    /** How a file written one row per field (transposed, key and value) is read. */
    FieldsAsRows.Rules fieldsAsRows() {
        return fieldsAsRows;
    }

    /** How hours beside a dependency are read as a volume of care (section {@code careVolumes}). */
    CareVolumes.Rules careVolumes() {
        return careVolumes;
    }

    /** How coded microdata in the layout of a published schema are read (section {@code microdataSchemas}). */
    MicrodataSchemas.Rules microdataSchemas() {
        return microdataSchemas;
    }

    /** How a line's rank in the list is read (section {@code rowNumbers}). */
    RowNumbers.Rules rowNumbers() {
        return rowNumbers;
    }

    /** How the values of the info types a name may give are written, to drop a type the values deny. */
    NameShapes nameShapes() {
        return nameShapes;
    }

    /**
     * Letters that statistical files append to a variable's name to say whose answer it is ("SEXEM", "TACTM":
     * the household's reference person); a name with one of them matches the rules that values must confirm.
     */
    List<String> codedNameSuffixes() {
        return codedNameSuffixes;
    }

    Set<Domain> dpiaDomains() {
        return dpiaDomains;
    }

    List<NameRule> nameRules() {
        return nameRules;
    }

    List<ValueRule> valueRules() {
        return valueRules;
    }

    List<TextScanRule> textRules() {
        return textRules;
    }

    private static void readSettings(ConfigNode node, Builder b) {
        if (node.isMissing()) {
            return;
        }
        node.allowOnly("sampleSize", "minValueRatio", "minSampleToConfirm", "freeText", "birthDateProfile", "review",
            "codedNameSuffixes");
        b.codedNameSuffixes = List.copyOf(node.has("codedNameSuffixes") ? node.strings("codedNameSuffixes") : List.of());
        b.sampleSize = positive(node, "sampleSize", 10_000);
        b.minValueRatio = node.number("minValueRatio", 0.8, 0.01, 1);
        b.minSampleToConfirm = positive(node, "minSampleToConfirm", 10);
        ConfigNode freeText = node.get("freeText");
        if (!freeText.isMissing()) {
            freeText.allowOnly("minAverageLength", "minShare");
            b.freeTextMinAverageLength = positive(freeText, "minAverageLength", 30);
            b.freeTextMinShare = freeText.number("minShare", 0.5, 0.01, 1);
        }
        ConfigNode review = node.get("review");
        if (!review.isMissing()) {
            review.allowOnly("minShare", "minDistinct", "maxDistinct", "maxConfidence");
            b.review = new ReviewSettings(review.number("minShare", 0.1, 0.01, 1), positive(review, "minDistinct", 2),
                positive(review, "maxDistinct", 50), review.number("maxConfidence", 0.55, 0, 0.59));
        }
    }

    private static void readBirthDateProfile(ConfigNode node, Builder b) {
        if (node.isMissing()) {
            return;
        }
        node.allowOnly("dateInfoType", "birthDateInfoType", "minYearSpan", "minYearSpanOfTheOnlyOne", "beforeEvents",
            "beforeRowEvents");
        String date = node.string("dateInfoType");
        String birth = node.string("birthDateInfoType");
        for (String key : new String[] {"dateInfoType", "birthDateInfoType"}) {
            if (!b.infoTypes.containsKey(node.string(key))) {
                throw node.get(key).error("unknown info type '" + node.string(key) + "' (declare it under infoTypes)");
            }
        }
        b.birthDateProfile = new BirthDateProfile(date, b.infoTypes.get(birth), positive(node, "minYearSpan", 30),
            positive(node, "minYearSpanOfTheOnlyOne", 30), readBeforeEvents(node.get("beforeEvents")),
            readBeforeRowEvents(node.get("beforeRowEvents")));
    }

    private static BeforeRowEvents readBeforeRowEvents(ConfigNode node) {
        if (node.isMissing()) {
            return null;
        }
        node.allowOnly("minRows", "minShare", "minMedianDays");
        return new BeforeRowEvents(positive(node, "minRows", 20), node.number("minShare", 0.9, 0.5, 1),
            positive(node, "minMedianDays", 365));
    }

    private static BeforeEvents readBeforeEvents(ConfigNode node) {
        if (node.isMissing()) {
            return null;
        }
        node.allowOnly("minYears", "minYearSpan", "minDistinctShare");
        return new BeforeEvents(positive(node, "minYears", 5), positive(node, "minYearSpan", 2),
            node.number("minDistinctShare", 0.5, 0.01, 1));
    }

    private static void readDataset(ConfigNode node, Builder b) {
        if (node.isMissing()) {
            return;
        }
        node.allowOnly("largeScaleRows", "dpiaDomains");
        long rows = node.longValue("largeScaleRows", 100_000);
        if (rows < 1) {
            throw node.get("largeScaleRows").error("must be at least 1");
        }
        b.largeScaleRows = rows;
        if (node.has("dpiaDomains")) {
            b.dpiaDomains = EnumSet.noneOf(Domain.class);
            for (ConfigNode item : node.get("dpiaDomains").items()) {
                b.dpiaDomains.add(item.asEnum(Domain.class));
            }
        }
    }

    private static Map<String, Dictionary> readDictionaries(ConfigNode node, Path rulesDir) {
        Map<String, Dictionary> dictionaries = new LinkedHashMap<>();
        if (node.isMissing()) {
            return dictionaries;
        }
        for (Map.Entry<String, ConfigNode> e : node.entries().entrySet()) {
            ConfigNode d = e.getValue().allowOnly("file", "column", "source");
            Path path = rulesDir.resolve(d.string("file"));
            // Every list says where it comes from, so a DPO can check and update it.
            Dictionary dictionary = Dictionary.load(e.getKey(), d.string("source"), path, d.optString("column").orElse(null),
                new Dictionary.ConfigNodeRef(d.file(), d.path()));
            if (dictionary.size() == 0) {
                throw d.get("file").error("dictionary is empty: " + path);
            }
            dictionaries.put(e.getKey(), dictionary);
        }
        return dictionaries;
    }

    private static void readInfoTypes(ConfigNode node, Builder b) {
        for (Map.Entry<String, ConfigNode> e : node.entries().entrySet()) {
            ConfigNode t = e.getValue();
            t.allowOnly("attributeType", "domain", "protectedAttribute", "description");
            if (!e.getKey().matches("[A-Z][A-Z0-9_]*")) {
                throw t.error("info type names are UPPER_SNAKE_CASE");
            }
            b.infoTypes.put(e.getKey(), new Category(e.getKey(), t.require("attributeType").asEnum(AttributeType.class),
                t.optEnum("domain", Domain.class).orElse(null),
                t.optEnum("protectedAttribute", ProtectedAttribute.class).orElse(null)));
        }
    }

    /** The info type of a rule, with the rule's own overrides of its mapping. */
    private static Category category(ConfigNode rule, Builder b) {
        String infoType = rule.optString("infoType").orElse(null);
        Category base;
        if (infoType != null) {
            base = b.infoTypes.get(infoType);
            if (base == null) {
                throw rule.get("infoType").error("unknown info type '" + infoType + "' (declare it under infoTypes)");
            }
        } else {
            base = new Category(null, rule.require("attributeType").asEnum(AttributeType.class), null, null);
        }
        return new Category(infoType,
            rule.optEnum("attributeType", AttributeType.class).orElse(base.attributeType()),
            rule.optEnum("domain", Domain.class).orElse(base.domain()),
            rule.optEnum("protectedAttribute", ProtectedAttribute.class).orElse(base.protectedAttribute()));
    }

    private static void readNameRules(ConfigNode node, Map<String, Dictionary> dictionaries, Builder b) {
        Set<String> ids = new HashSet<>();
        for (ConfigNode rule : node.items()) {
            rule.allowOnly("id", "infoType", "attributeType", "domain", "protectedAttribute", "names", "namesFrom", "allOf",
                "unless", "confirmBy", "minConfirm", "rejectBy", "supportedBy", "confidence", "priority", "subject",
                "wholeName");
            String id = uniqueId(rule, ids);
            List<List<String>> patterns = new ArrayList<>();
            for (ConfigNode name : rule.get("names").items()) {
                patterns.add(namePattern(name.asString(), name));
            }
            // Dictionaries of names in other languages: each line is a pattern, as if written under names.
            for (ConfigNode listed : rule.get("namesFrom").items()) {
                for (String entry : dictionary(listed, dictionaries).entries()) {
                    // A line of a list written in letters Text does not read yet names nothing, or a broader word,
                    // until they are read: skipped, where a pattern written under names is refused.
                    if (Text.fullyRead(entry)) {
                        patterns.add(namePattern(entry, listed));
                    }
                }
            }
            List<Set<String>> allOf = new ArrayList<>();
            for (ConfigNode group : rule.get("allOf").items()) {
                Set<String> words = new LinkedHashSet<>();
                for (ConfigNode word : group.items()) {
                    words.addAll(Text.canonicalWords(Text.normalize(word.asString())));
                }
                if (words.isEmpty()) {
                    throw group.error("a word group needs at least one word");
                }
                allOf.add(Set.copyOf(words));
            }
            if (patterns.isEmpty() && allOf.isEmpty()) {
                throw rule.error("a name rule needs names or allOf");
            }
            Set<String> unless = new LinkedHashSet<>();
            for (String word : rule.strings("unless")) {
                unless.addAll(Text.canonicalWords(Text.normalize(word)));
            }
            b.nameRules.add(new NameRule(id, category(rule, b), List.copyOf(patterns), List.copyOf(allOf), Set.copyOf(unless),
                rule.strings("confirmBy"), rule.number("minConfirm", 0.5, 0, 1), rule.strings("rejectBy"),
                rule.strings("supportedBy"),
                rule.number("confidence", 0.85, 0, 1), rule.integer("priority", 0),
                rule.optEnum("subject", DataSubject.class).orElse(null), wholeName(rule)));
        }
    }

    /**
     * {@code wholeName: true}: the rule's patterns are single words read only as a whole header; a rule that also reads
     * longer names by allOf would read parts of names after all, so the two are refused together.
     */
    private static boolean wholeName(ConfigNode rule) {
        boolean whole = rule.bool("wholeName", false);
        if (whole && rule.has("allOf")) {
            throw rule.get("wholeName").error("a rule read on whole names only cannot have allOf (it reads parts of names)");
        }
        return whole;
    }

    /** A list's lines as written, lower case: domains compared whole ("gmx.de"), not word by word. */
    private static Set<String> domains(Dictionary list) {
        Set<String> out = new HashSet<>();
        list.entries().forEach(e -> out.add(e.strip().toLowerCase(Locale.ROOT)));
        return Set.copyOf(out);
    }

    private static void readValueRules(ConfigNode node, Map<String, Dictionary> dictionaries, Builder b) {
        Set<String> ids = new HashSet<>();
        List<ConfigNode> tells = new ArrayList<>();
        for (ConfigNode rule : node.items()) {
            rule.allowOnly("id", "infoType", "attributeType", "domain", "protectedAttribute", "pattern", "validator",
                "dictionary", "match", "domains", "rejectIfContains", "members", "minMatchShare", "integers", "minRatio",
                "minDistinctRatio", "maxDistinctRatio", "alone", "decisive", "subject", "review", "remarks", "remarksTell",
                "notKeySeries", "vietnameseFamilyNames", "surnameWords", "firstNames");
            String id = uniqueId(rule, ids);
            Pattern pattern = rule.has("pattern") ? compile(rule.get("pattern")) : null;
            Predicate<String> validator = rule.has("validator") ? validator(rule.get("validator")) : null;
            Dictionary dictionary = rule.has("dictionary") ? dictionary(rule.get("dictionary"), dictionaries) : null;
            ValueRule.IntRange integers = rule.has("integers") ? integers(rule.get("integers")) : null;
            if (pattern == null && validator == null && dictionary == null && integers == null) {
                throw rule.error("a value rule needs a pattern, a validator, integers or a dictionary");
            }
            ValueRule.MatchMode match = rule.optEnum("match", ValueRule.MatchMode.class).orElse(ValueRule.MatchMode.EXACT);
            if (rule.has("domains") && match != ValueRule.MatchMode.MAILBOX) {
                throw rule.get("domains").error("only for a rule with match: MAILBOX");
            }
            Set<String> domains = rule.has("domains") ? domains(dictionary(rule.get("domains"), dictionaries)) : null;
            Dictionary reject = rule.has("rejectIfContains") ? dictionary(rule.get("rejectIfContains"), dictionaries) : null;
            Dictionary members = rule.has("members") ? dictionary(rule.get("members"), dictionaries) : null;
            double minRatio = rule.number("minRatio", b.minValueRatio, 0.01, 1);
            // ---- remarks written instead of a number (a refusal), and what they tell ----
            if (rule.has("remarks") && validator == null) {
                throw rule.get("remarks").error("only for a rule with a validator (remarks stand in for its numbers)");
            }
            Dictionary remarks = rule.has("remarks") ? dictionary(rule.get("remarks"), dictionaries) : null;
            if (rule.has("remarksTell") && remarks == null) {
                throw rule.get("remarksTell").error("only for a rule with remarks");
            }
            String remarksTell = rule.has("remarksTell") ? rule.get("remarksTell").asString() : null;
            if (remarksTell != null) {
                tells.add(rule.get("remarksTell"));
            }
            if (members == null && remarks == null && rule.has("minMatchShare")) {
                throw rule.get("minMatchShare").error("only for a rule with members or remarks");
            }
            if (rule.has("vietnameseFamilyNames") && match != ValueRule.MatchMode.TOKEN) {
                throw rule.get("vietnameseFamilyNames").error("only for a rule with match: TOKEN (names read word by word)");
            }
            Dictionary vietnameseFamilyNames = rule.has("vietnameseFamilyNames")
                ? dictionary(rule.get("vietnameseFamilyNames"), dictionaries) : null;
            if (rule.has("surnameWords") != rule.has("firstNames")) {
                throw rule.get(rule.has("surnameWords") ? "surnameWords" : "firstNames")
                    .error("surnameWords and firstNames go together (the family names and the first names beside them)");
            }
            if (rule.has("surnameWords") && match != ValueRule.MatchMode.TOKEN) {
                throw rule.get("surnameWords").error("only for a rule with match: TOKEN (names read word by word)");
            }
            Dictionary surnameWords = rule.has("surnameWords") ? dictionary(rule.get("surnameWords"), dictionaries) : null;
            Dictionary firstNames = rule.has("firstNames") ? dictionary(rule.get("firstNames"), dictionaries) : null;
            Category category = category(rule, b);
            boolean sensitiveVocabulary = dictionary != null && category.attributeType() == AttributeType.SENSITIVE;
            if (rule.has("review") && rule.bool("review", false) && !sensitiveVocabulary) {
                throw rule.get("review").error("only a rule with a dictionary of a SENSITIVE info type can flag for review");
            }
            b.valueRules.add(new ValueRule(id, category, pattern, validator, dictionary, match, domains, reject, members,
                remarks, remarksTell, integers,
                minRatio, members == null && remarks == null ? minRatio : rule.number("minMatchShare", 0.01, 0.001, 1),
                rule.number("minDistinctRatio", 0, 0, 1), rule.number("maxDistinctRatio", 1, 0, 1),
                rule.bool("alone", true), rule.bool("decisive", false),
                rule.optEnum("subject", DataSubject.class).orElse(null), rule.bool("review", sensitiveVocabulary),
                rule.bool("notKeySeries", false), vietnameseFamilyNames, surnameWords, firstNames));
        }
        for (ConfigNode tell : tells) {
            ValueRule told = b.valueRules.stream().filter(r -> r.id().equals(tell.asString())).findFirst()
                .orElseThrow(() -> tell.error("unknown value rule '" + tell.asString() + "'"));
            if (told.category().domain() == null) {
                throw tell.error("value rule '" + tell.asString() + "' tells no domain");
            }
        }
    }

    private static void readTextScan(ConfigNode node, Map<String, Dictionary> dictionaries, Builder b) {
        for (ConfigNode rule : node.items()) {
            rule.allowOnly("infoType", "pattern", "validator", "dictionary", "except", "keepBefore");
            String infoType = rule.string("infoType");
            if (!b.infoTypes.containsKey(infoType)) {
                throw rule.get("infoType").error("unknown info type '" + infoType + "' (declare it under infoTypes)");
            }
            Pattern pattern = rule.has("pattern") ? compile(rule.get("pattern")) : null;
            Dictionary dictionary = rule.has("dictionary") ? dictionary(rule.get("dictionary"), dictionaries) : null;
            if ((pattern == null) == (dictionary == null)) {
                throw rule.error("a text scan rule needs either a pattern or a dictionary");
            }
            Predicate<String> validator = rule.has("validator") ? validator(rule.get("validator")) : null;
            if (rule.has("except") && dictionary == null) {
                throw rule.get("except").error("only for a text scan rule with a dictionary (its words are left out of the text)");
            }
            Dictionary except = rule.has("except") ? dictionary(rule.get("except"), dictionaries) : null;
            if (rule.has("keepBefore") && except == null) {
                throw rule.get("keepBefore").error("only with except (the words it keeps are words except leaves out)");
            }
            Dictionary keepBefore = rule.has("keepBefore") ? dictionary(rule.get("keepBefore"), dictionaries) : null;
            b.textRules.add(new TextScanRule(infoType, pattern, validator, dictionary, except, keepBefore));
        }
    }

    /** A name pattern as its normalised words; a word ending in '*' is a prefix. */
    private static List<String> namePattern(String pattern, ConfigNode where) {
        List<String> words = new ArrayList<>();
        for (String word : pattern.trim().split("\\s+")) {
            boolean prefix = word.endsWith("*");
            String normal = Text.normalize(prefix ? word.substring(0, word.length() - 1) : word);
            if (prefix) {
                words.add(normal.replace(" ", "") + "*");
            } else {
                words.addAll(Text.canonicalWords(normal));
            }
        }
        if (words.isEmpty() || words.contains("*")) {
            throw where.error("a name pattern needs letters or digits: '" + pattern + "'");
        }
        return List.copyOf(words);
    }

    private static void checkConfirmations(ConfigNode node, Builder b) {
        Set<String> valueIds = new HashSet<>();
        b.valueRules.forEach(r -> valueIds.add(r.id()));
        List<ConfigNode> items = node.items();
        for (int i = 0; i < b.nameRules.size(); i++) {
            for (String id : b.nameRules.get(i).confirmBy()) {
                if (!valueIds.contains(id)) {
                    throw items.get(i).get("confirmBy").error("unknown value rule '" + id + "'");
                }
            }
            for (String id : b.nameRules.get(i).supportedBy()) {
                if (!valueIds.contains(id)) {
                    throw items.get(i).get("supportedBy").error("unknown value rule '" + id + "'");
                }
            }
            for (String id : b.nameRules.get(i).rejectBy()) {
                if (!valueIds.contains(id)) {
                    throw items.get(i).get("rejectBy").error("unknown value rule '" + id + "'");
                }
            }
        }
    }

    private static String uniqueId(ConfigNode rule, Set<String> ids) {
        String id = rule.string("id");
        if (!ids.add(id)) {
            throw rule.get("id").error("duplicate rule id '" + id + "'");
        }
        return id;
    }

    static Pattern compile(ConfigNode node) {
        try {
            return Pattern.compile(node.asString());
        } catch (PatternSyntaxException e) {
            throw node.error("not a valid regular expression (" + e.getDescription() + ")");
        }
    }

    private static Predicate<String> validator(ConfigNode node) {
        Predicate<String> validator = Validators.byName().get(node.asString());
        if (validator == null) {
            throw node.error("unknown validator (expected one of: " + String.join(", ", Validators.byName().keySet()) + ")");
        }
        return validator;
    }

    /** One dictionary by name, or the union of a list of them. */
    static Dictionary dictionary(ConfigNode node, Map<String, Dictionary> dictionaries) {
        if (node.isList()) {
            List<Dictionary> parts = new ArrayList<>();
            for (ConfigNode item : node.items()) {
                parts.add(dictionary(item, dictionaries));
            }
            if (parts.isEmpty()) {
                throw node.error("name at least one dictionary");
            }
            return Dictionary.union(parts);
        }
        Dictionary dictionary = dictionaries.get(node.asString());
        if (dictionary == null) {
            throw node.error("unknown dictionary (declared: " + String.join(", ", dictionaries.keySet()) + ")");
        }
        return dictionary;
    }

    /** {@code integers: [min, max]}: whole numbers in that range. */
    private static ValueRule.IntRange integers(ConfigNode node) {
        List<ConfigNode> bounds = node.items();
        if (!node.isList() || bounds.size() != 2) {
            throw node.error("expected [min, max]");
        }
        long min = bounds.get(0).asLong();
        long max = bounds.get(1).asLong();
        if (min > max) {
            throw node.error("min is above max");
        }
        return new ValueRule.IntRange(min, max);
    }

    private static int positive(ConfigNode node, String key, int defaultValue) {
        int value = node.integer(key, defaultValue);
        if (value < 1) {
            throw node.get(key).error("must be at least 1");
        }
        return value;
    }

    private static final class Builder {
        final Path file;
        int sampleSize = 10_000;
        double minValueRatio = 0.8;
        int minSampleToConfirm = 10;
        int freeTextMinAverageLength = 30;
        double freeTextMinShare = 0.5;
        BirthDateProfile birthDateProfile;
        ReviewSettings review = new ReviewSettings(0.1, 2, 50, 0.55);
        DataSubjects.Rules subjectRules;
        DatasetContext.Rules contextRules = DatasetContext.Rules.none();
        FailClosed.Rules failClosed = FailClosed.Rules.none();
        ContactShapes.Rules contactShapes = ContactShapes.Rules.none();
        PlacesOfPersons.Rules placesOfPersons = PlacesOfPersons.Rules.none();
        HouseholdRanks.Rules householdRanks = HouseholdRanks.Rules.none();
        BirthDateParts.Rules birthDateParts = BirthDateParts.Rules.none();
        FieldsAsRows.Rules fieldsAsRows = FieldsAsRows.Rules.none();
        RowNumbers.Rules rowNumbers = RowNumbers.Rules.none();
        CareVolumes.Rules careVolumes = CareVolumes.Rules.none();
        MicrodataSchemas.Rules microdataSchemas = MicrodataSchemas.Rules.none();
        NameShapes nameShapes = NameShapes.none();
        List<String> codedNameSuffixes = List.of();
        long largeScaleRows = 100_000;
        Set<Domain> dpiaDomains = EnumSet.of(Domain.HEALTH, Domain.FINANCIAL, Domain.SPECIAL_CATEGORY, Domain.OFFENCE);
        final Map<String, Category> infoTypes = new LinkedHashMap<>();
        final List<NameRule> nameRules = new ArrayList<>();
        final List<ValueRule> valueRules = new ArrayList<>();
        final List<TextScanRule> textRules = new ArrayList<>();

        Builder(Path file) {
            this.file = file;
            if (!Files.isRegularFile(file)) {
                throw new ConfigException(file, null, "classification rules not found");
            }
        }
    }
}
