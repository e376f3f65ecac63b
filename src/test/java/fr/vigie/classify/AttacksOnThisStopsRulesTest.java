package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Attacks on the rules of this stop, as an attacker and as a clumsy department would make them (files in
 * {@code src/test/resources/classify/attacks-23/}): a person's number that passes an organisation's check digit, a
 * company register with its managers, JSON written the way exports write it, missing-value marks around a few
 * values, a contact named in another language. Each checks that a column to protect is not let through.
 */
class AttacksOnThisStopsRulesTest {
    private static final Fixtures.Folder FILES = Fixtures.folder("attacks-23");
    private static final Classifier CLASSIFIER = Fixtures.classifier();

    /**
     * A check digit says which number a column could hold, not whose it is: one random number in ten or eleven passes
     * each business check, and a department's own numbering with a mod-11 key (weights 8..2, the IČO's) passes all
     * of them. A column whose name says it is a person's or a record's number ("numero_patient", "id", a tax number
     * "NIP": Polish persons had one) does not make the rows organisations, and the diagnosis beside it stays SENSITIVE.
     */
    @ParameterizedTest(name = "{0}: {1} beside {2}")
    @CsvSource({
        "patients_numeros_controles.csv, numero_patient, diagnostic",
        "podatnicy_ulgi_zdrowotne_pl.csv, NIP, Choroba",
        "rsa_identifiants_controles.csv, id, beneficiaire_rsa"})
    void aPersonsNumberPassingABusinessCheckDigitDoesNotMakeTheRowsOrganisations(String name, String number,
            String sensitive) {
        ClassificationResult r = FILES.file(name);

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PERSON);
        assertThat(r.dataset().personalData()).isTrue();
        assertThat(r.column(number).attributeType()).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(r.column(sensitive).attributeType()).isEqualTo(AttributeType.SENSITIVE);
    }

    /**
     * A register of companies (NIP, names with legal forms) that adds its managers' names, birth dates and mobile
     * phones: whatever the rows are read as (a manager named in Polish, "Prezes zarządu", is no contact word: the file
     * is read as persons), the managers' columns stay protected and the file holds personal data.
     */
    @Test
    void aCompanyRegisterKeepsItsManagersProtected() {
        ClassificationResult r = FILES.file("rejestr_spolek_zarzad_pl.csv");

        assertThat(r.dataset().personalData()).isTrue();
        assertThat(r.column("NIP").infoType()).isEqualTo("EU_BUSINESS_ID");
        assertThat(r.column("Prezes zarządu").attributeType()).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(r.column("Data urodzenia prezesa").attributeType()).isEqualTo(AttributeType.QUASI_IDENTIFYING);
        assertThat(r.column("Telefon komórkowy prezesa").attributeType()).isEqualTo(AttributeType.IDENTIFYING);
    }

    /**
     * JSON as exports write it: an array of objects, Python's repr of a dict (single quotes, True, None), a cell cut at
     * a spreadsheet's length limit, a trailing comma, keys in capitals. The keys are read all the same: "pmr" is a
     * disability, "allergies" a health datum.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "array of objects | [{\"pmr\": true, \"allergies\": \"arachide\"}] | [{\"pmr\": false}]",
        "Python dict | {'pmr': True, 'allergies': 'arachide'} | {'pmr': False, 'allergies': None}",
        "Python dict, None first | {'regime': None, 'pmr': True} | {'regime': None, 'pmr': False}",
        "cut by the export | {\"pmr\": true, \"allergies\": \"arach | {\"pmr\": false, \"allergies\": \"gluten\", \"no",
        "trailing comma | {\"pmr\": true, \"allergies\": \"arachide\",} | {\"pmr\": false,}",
        "capitals | {\"PMR\": true, \"ALLERGIES\": \"arachide\"} | {\"PMR\": false}",
        "German and Spanish keys | {\"Behinderung\": true} | {\"discapacidad\": \"visual\"}"})
    void keysOfJsonWrittenAsExportsWriteItAreRead(String kind, String a, String b) {
        ColumnClassification c = CLASSIFIER.classifyColumn("custom_fields", Fixtures.repeat(60, a, b));

        assertThat(c.attributeType()).as(kind).isEqualTo(AttributeType.SENSITIVE);
        assertThat(c.domain()).as(kind).isEqualTo(fr.vigie.model.Domain.HEALTH);
    }

    /** Harmless keys whose values hold a diagnosis or a NIR: the values are scanned as free text is. */
    @Test
    void harmlessKeysDoNotHideWhatTheirValuesHold() {
        ColumnClassification diagnosis = CLASSIFIER.classifyColumn("custom_fields", Fixtures.repeat(60,
            "{\"info\": \"diabète de type 2\", \"ref\": 12}", "{\"info\": \"schizophrénie\", \"ref\": 14}"));
        ColumnClassification nir = CLASSIFIER.classifyColumn("custom_fields", Fixtures.repeat(60,
            "{\"notes\": \"1 85 05 78 006 084 91\"}", "{\"notes\": \"2 91 12 75 112 018 27\"}"));

        assertThat(diagnosis.attributeType()).isEqualTo(AttributeType.SENSITIVE);
        assertThat(nir.attributeType()).isEqualTo(AttributeType.IDENTIFYING);
    }

    @Test
    void jsonKeysOfObjectsInsideArraysAndOfBrokenJson() {
        assertThat(JsonKeys.of("[{\"a\": 1}, {\"b\": \"x\"}]")).containsExactly("a", "b");
        assertThat(JsonKeys.of("{'a': True, 'b': None, 'c': 'x'}")).containsExactly("a", "c");
        assertThat(JsonKeys.of("{\"a\": {\"b\": null}, \"c\": [], \"d\": {\"e\": 1}}")).containsExactly("a", "d", "e");
        assertThat(JsonKeys.of("{\"a\": 1, \"b\": \"cut")).contains("a", "b");
        // Not JSON: brackets of a note, a list of numbers.
        assertThat(JsonKeys.of("[voir dossier] {urgent}")).isEmpty();
        assertThat(JsonKeys.of("[1, 2, 3]")).isEmpty();
    }

    /** A file of {@code rows} rows: each row's cell of each column, from {@code cell(row, column)}. */
    private static ClassificationResult rows(List<String> header, int rows, java.util.function.BiFunction<Integer, Integer, String> cell) {
        ColumnSampler sampler = CLASSIFIER.sampler(header);
        for (int i = 0; i < rows; i++) {
            String[] row = new String[header.size()];
            for (int j = 0; j < row.length; j++) {
                row[j] = cell.apply(i, j);
            }
            sampler.accept(row);
        }
        return CLASSIFIER.classify("attack", rows, sampler, Map.of(), null);
    }

    private static final String[] FIRST = {"Lucas", "Emma", "Hugo", "Léa", "Karim", "Inès", "Nathan", "Chloé", "Yanis",
        "Manon", "Enzo", "Jade"};
    private static final String[] LAST = {"MARTIN", "PETIT", "LEROY", "DURAND", "HADDAD", "BENALI", "MOREAU", "ROUX",
        "FOURNIER", "GARNIER", "CHEVALIER", "MASSON"};
    private static final String[] DIAGNOSES = {"diabète de type 2", "schizophrénie", "VIH", "dépression sévère",
        "épilepsie", "cancer du sein"};
    private static final String[] MISSING = {"NR", "NA", "n/d", "N.D.", "NR", "NA"};

    private static String person(int row, int column) {
        return switch (column) {
            case 0 -> String.valueOf(100_000 + row * 7);
            case 1 -> FIRST[row % FIRST.length];
            case 2 -> LAST[row * 5 % LAST.length];
            default -> null;
        };
    }

    /**
     * A column of NR, NA and n/d with a few real diagnoses (one row in twenty, one in a hundred): the marks are missing
     * values, and the few values left are still read (a diagnosis is a diagnosis however rare).
     */
    @ParameterizedTest(name = "one diagnosis every {0} rows")
    @org.junit.jupiter.params.provider.ValueSource(ints = {20, 100, 400})
    void aFewDiagnosesAmongMissingMarksStaySensitive(int every) {
        for (String name : List.of("observations", "col4", "pathologie")) {
            ClassificationResult r = rows(List.of("numero", "prenom", "nom", name), 400,
                (row, column) -> column < 3 ? person(row, column)
                    : row % every == 0 ? DIAGNOSES[row / every % DIAGNOSES.length] : MISSING[row % MISSING.length]);

            assertThat(r.column(name).attributeType()).as(name).isEqualTo(AttributeType.SENSITIVE);
        }
    }

    /** A column of NR with a few NIRs (a spouse's number, rarely filled): the NIRs decide. */
    @ParameterizedTest(name = "one NIR every {0} rows")
    @org.junit.jupiter.params.provider.ValueSource(ints = {20, 100, 400})
    void aFewNirsAmongMissingMarksStayIdentifying(int every) {
        String[] nirs = {"1 85 05 78 006 084 91", "2 91 12 75 112 018 27", "1 63 07 34 172 045 67"};
        ClassificationResult r = rows(List.of("numero", "prenom", "nom", "nir_conjoint"), 400,
            (row, column) -> column < 3 ? person(row, column)
                : row % every == 0 ? nirs[row / every % nirs.length] : MISSING[row % MISSING.length]);

        assertThat(r.column("nir_conjoint").attributeType()).isEqualTo(AttributeType.IDENTIFYING);
    }

    /**
     * A directory of practices whose contact is named in German, Spanish, Italian or Dutch, by a form of address and a
     * surname ("Herr Müller", "Sra. García", "Dott.ssa Rossi", "Mevr. Peeters"): the contact is a person, and the
     * pathology beside them is not waved through as the practice's own.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "cabinets_ansprechpartner_de.csv, Ansprechpartner",
        "cabinets_persona_contacto_es.csv, persona de contacto",
        "cabinets_persona_riferimento_it.csv, persona di riferimento",
        "cabinets_contactpersoon_be.csv, contactpersoon"})
    void aContactNamedInAnotherLanguageKeepsThePathologyBesideItInDoubt(String name, String contact) {
        ClassificationResult r = FILES.file(name);

        assertThat(r.column(contact).infoType()).isEqualTo("PERSON_NAME");
        assertThat(r.column(contact).attributeType()).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(r.column("pathologie_suivie").attributeType()).isEqualTo(AttributeType.SENSITIVE);
        assertThat(r.dataset().personalData()).isTrue();
    }

    /**
     * A directory of practices whose contact is written as initials ("J.-M. D.", "A.S."): initials are a person's name
     * written short, and the pathology beside them is held as in the file with the names written out.
     */
    @Test
    void aContactWrittenAsInitialsKeepsThePathologyBesideItInDoubt() {
        ClassificationResult r = Fixtures.table(List.of("raison_sociale", "contact", "pathologie_suivie", "telephone"),
            new String[] {"Cabinet Moreau 10", "J.M.", "diabète", "04 67 19 78 22"},
            new String[] {"Cabinet Moreau 38", "A.S.", "VIH", "04 67 37 14 21"},
            new String[] {"Cabinet Fournier 27", "P.-Y. N.", "épilepsie", "04 67 21 80 64"},
            new String[] {"Cabinet Martin 37", "E.W.", "dépression", "04 67 90 90 84"},
            new String[] {"Cabinet Garnier 3", "C.R.", "asthme", "04 67 90 10 84"});

        assertThat(r.column("pathologie_suivie").attributeType()).isEqualTo(AttributeType.SENSITIVE);
        assertThat(r.dataset().personalData()).isTrue();
    }

    /**
     * A list of facilities (FINESS, address, switchboard) with the name of each one's head and the pathology it treats:
     * the pathology may be the head's, not only the facility's; it is not waved through.
     */
    @Test
    void aPathologyInAPlaceFileBesideItsHeadIsNotWavedThrough() {
        ClassificationResult r = Fixtures.table(List.of("finess", "nom_etablissement", "adresse", "telephone",
                "responsable", "pathologie_prise_en_charge"),
            new String[] {"340020402", "Centre de santé Antigone", "174 rue de la Loge", "04 67 93 73 73", "Chloé ROUX",
                "schizophrénie"},
            new String[] {"340824028", "Centre de santé Figuerolles", "12 rue Foch", "04 67 73 83 64", "Enzo BENALI",
                "diabète"},
            new String[] {"340214459", "Centre de santé Mosson", "3 rue du Lez", "04 67 31 23 86", "Killian PETIT",
                "épilepsie"},
            new String[] {"340214460", "Centre de santé Celleneuve", "8 rue de Verdun", "04 67 31 23 87",
                "Nadia HADDAD", "dépression"});

        assertThat(r.column("responsable").attributeType()).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(r.column("pathologie_prise_en_charge").attributeType()).isEqualTo(AttributeType.SENSITIVE);
        assertThat(r.dataset().personalData()).isTrue();
    }

    /**
     * A currency in the name of an aggregate column of a table of areas stays a figure of the area; a person's amount
     * with no currency word is left to the other rules, which read it as money tied to the person.
     */
    @Test
    void aCurrencyInAnAreasFigureStaysOrdinaryAndAPersonsAmountWithoutOneStaysProtected() {
        ClassificationResult areas = Fixtures.table(List.of("code_insee", "commune", "population", "montant_total_eur",
                "Summe Beihilfen (€)"),
            new String[] {"34172", "Montpellier", "120000", "4500000", "120000"},
            new String[] {"34129", "Lattes", "17000", "650000", "23000"},
            new String[] {"34057", "Castelnau-le-Lez", "22000", "800000", "41000"},
            new String[] {"34270", "Saint-Jean-de-Védas", "10000", "300000", "9000"});
        ClassificationResult persons = Fixtures.table(List.of("prenom", "nom", "montant", "total"),
            new String[] {"Lucas", "MARTIN", "1450", "1450"}, new String[] {"Emma", "PETIT", "890", "1890"},
            new String[] {"Hugo", "LEROY", "2300", "2300"}, new String[] {"Léa", "DURAND", "120", "620"});

        assertThat(areas.dataset().personalData()).isFalse();
        assertThat(areas.column("montant_total_eur").attributeType()).isEqualTo(AttributeType.INSENSITIVE);
        assertThat(areas.column("Summe Beihilfen (€)").attributeType()).isEqualTo(AttributeType.INSENSITIVE);
        assertThat(persons.column("montant").attributeType()).isEqualTo(AttributeType.SENSITIVE);
        assertThat(persons.column("total").attributeType()).isEqualTo(AttributeType.SENSITIVE);
    }

    /** Wages named in Polish, Czech, Slovak and Portuguese, in a file of persons: a person's income. */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"Wynagrodzenie", "Wynagrodzenie brutto", "Pensja",
        "Płaca zasadnicza", "Hrubá mzda", "Mzda", "Vencimento", "Remuneração"})
    void wagesNamedInCentralEuropeanLanguagesAreIncome(String wage) {
        ClassificationResult r = rows(List.of("Nr", "Imię", "Nazwisko", wage), 200,
            (row, column) -> column < 3 ? person(row, column) : String.valueOf(3_100 + row * 37 % 5_000));

        assertThat(r.column(wage).attributeType()).as(wage).isEqualTo(AttributeType.SENSITIVE);
        assertThat(r.column(wage).infoType()).as(wage).isEqualTo("INCOME");
    }

    /**
     * The patients of {@code patients_numeros_controles.csv} exported without headers ("col1", "col2", "col3"): nothing
     * but the check digit says the rows are organisations, and the diagnosis stays SENSITIVE.
     */
    @Test
    void aPersonsNumberPassingABusinessCheckDigitUnderNoNameDoesNotMakeTheRowsOrganisations() {
        ClassificationResult r = rows(List.of("col1", "col2", "col3"), 200,
            (row, column) -> switch (column) {
                case 0 -> withMod11Key(1_000_000 + row * 4_271);
                case 1 -> "340" + (row % 9) + "0";
                default -> DIAGNOSES[row % DIAGNOSES.length];
            });

        assertThat(r.column("col1").infoType()).isEqualTo("EU_BUSINESS_ID");
        assertThat(r.column("col3").attributeType()).isEqualTo(AttributeType.SENSITIVE);
        assertThat(r.dataset().personalData()).isTrue();
    }

    /** The same numbers under the name of an organisation's number ("IČO") say whose they are: organisations. */
    @Test
    void anOrganisationsNumberUnderItsNameStillMakesTheRowsOrganisations() {
        ClassificationResult r = rows(List.of("IČO", "Obec", "Počet zaměstnanců"), 200,
            (row, column) -> switch (column) {
                case 0 -> withMod11Key(1_000_000 + row * 4_271);
                case 1 -> new String[] {"Brno", "Praha", "Ostrava", "Plzeň"}[row % 4];
                default -> String.valueOf(row % 40 + 1);
            });

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.ORGANISATION);
        assertThat(r.column("IČO").infoType()).isEqualTo("EU_BUSINESS_ID");
        assertThat(r.column("IČO").attributeType()).isEqualTo(AttributeType.INSENSITIVE);
    }

    /** Seven digits and the key a department's mod-11 numbering gives them (weights 8..2, the IČO's). */
    private static String withMod11Key(int sevenDigits) {
        String v = String.format("%07d", sevenDigits);
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            sum += (v.charAt(i) - '0') * (8 - i);
        }
        return v + (11 - sum % 11) % 10;
    }

    /**
     * A directory of practices whose contact is given only by a personal mailbox or a mobile phone, no name: the
     * person is identified all the same, and the pathology beside them may be theirs.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "mail_contact | mehdi.moreau@gmail.com | julie.fournier@orange.fr | karim.benali@free.fr | marc.martin@laposte.net",
        "portable_contact | 06 12 34 56 78 | 07 81 22 33 44 | 06 45 67 89 01 | 06 98 76 54 32"})
    void aContactGivenOnlyByAPersonalMailboxOrMobileKeepsThePathologyBesideItInDoubt(String contact, String a, String b,
            String c, String d) {
        ClassificationResult r = Fixtures.table(List.of("raison_sociale", contact, "pathologie_suivie", "telephone"),
            new String[] {"Cabinet Moreau 10", a, "diabète", "04 67 19 78 22"},
            new String[] {"Cabinet Fournier 27", b, "VIH", "04 67 37 14 21"},
            new String[] {"Cabinet Benali 3", c, "épilepsie", "04 67 21 80 64"},
            new String[] {"Cabinet Martin 37", d, "dépression", "04 67 90 90 84"});

        assertThat(r.column(contact).attributeType()).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(r.column("pathologie_suivie").attributeType()).isEqualTo(AttributeType.SENSITIVE);
        assertThat(r.dataset().personalData()).isTrue();
    }

    /**
     * The register of sole traders of {@code europe/ceidg_przedsiebiorcy_pl.csv} without its first-name and surname
     * columns: the trade names ("Fryzjer Tomasz Nowak") still name persons, and their numbers stay personal data.
     */
    @Test
    void soleTradersNamedOnlyByTheirTradeNameKeepTheirNumbersPersonal() {
        ClassificationResult r = FILES.file("ceidg_bez_imion_pl.csv");

        assertThat(r.dataset().personalData()).isTrue();
        for (String column : List.of("NIP", "REGON", "Firma")) {
            assertThat(r.column(column).attributeType()).as(column).isEqualTo(AttributeType.IDENTIFYING);
        }
    }

    /** A short file (twelve rows) whose column holds two diagnoses among NR and NA: too few values, still not harmless. */
    @Test
    void twoDiagnosesAmongMissingMarksInAShortFileStaySensitive() {
        for (String name : List.of("observations", "col4", "pathologie", "remarque")) {
            ClassificationResult r = rows(List.of("numero", "prenom", "nom", name), 12,
                (row, column) -> column < 3 ? person(row, column)
                    : row % 6 == 0 ? DIAGNOSES[row / 6] : MISSING[row % MISSING.length]);

            assertThat(r.column(name).attributeType()).as(name).isEqualTo(AttributeType.SENSITIVE);
        }
    }

    /**
     * The same with reasons in a language no dictionary holds ("cukrzyca", "depresja": diabetes, depression in Polish)
     * under an opaque name: the few values left once NR and NA are read as missing are too few for the profile of
     * categories, and a column that was held when the marks counted as values must not become harmless.
     */
    @ParameterizedTest(name = "{0} rows, one value every {1}")
    @CsvSource({"12, 6", "40, 8", "400, 50"})
    void reasonsNoListHoldsAmongMissingMarksAreStillHeld(int rows, int every) {
        String[] reasons = {"cukrzyca", "depresja", "padaczka", "nowotwór", "astma", "schizofrenia", "nadciśnienie",
            "otyłość"};
        ClassificationResult r = rows(List.of("numero", "prenom", "nom", "col4"), rows,
            (row, column) -> column < 3 ? person(row, column)
                : row % every == 0 ? reasons[row / every % reasons.length] : MISSING[row % MISSING.length]);

        assertThat(r.column("col4").attributeType()).isEqualTo(AttributeType.SENSITIVE);
    }

    /** The one-word contacts of German, Polish, Italian and Dutch headers ("Kontakt", "responsabile", "Leiterin"). */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"Kontakt", "responsabile", "Leiterin", "verantwoordelijke"})
    void aOneWordContactInAnotherLanguageKeepsThePathologyBesideItInDoubt(String contact) {
        ClassificationResult r = Fixtures.table(List.of("raison_sociale", contact, "pathologie_suivie", "telephone"),
            new String[] {"Praxis Weber 1", "Herr Müller", "diabète", "04 67 19 78 22"},
            new String[] {"Studio Rossi 2", "Sig.ra Bianchi", "VIH", "04 67 37 14 21"},
            new String[] {"Praktijk Maes 3", "Mevr. Peeters", "épilepsie", "04 67 21 80 64"},
            new String[] {"Praxis Becker 4", "Frau Schneider", "dépression", "04 67 90 90 84"});

        assertThat(r.column(contact).infoType()).isEqualTo("PERSON_NAME");
        assertThat(r.column("pathologie_suivie").attributeType()).isEqualTo(AttributeType.SENSITIVE);
    }
}
