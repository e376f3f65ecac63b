package fr.vigie.classify;

import static fr.vigie.classify.Fixtures.assertNotReleased;
import static fr.vigie.classify.Fixtures.assertProtected;
import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Attacks on the mechanisms that release a column or make a whole file no personal data: a file of persons shaped like
 * the cells of a cross-tabulation, one household's figures under an area code different on every row, a birth year and
 * month without a day, persons whose family names are place words, drivers named like car models, an owner beside an
 * animal, a channel holding phone numbers, a list numbered in the order of a person's means. Files in
 * {@code src/test/resources/classify/attacks-28b/} (README there).
 */
class AttacksOnStop28Test {
    private static final Fixtures.Folder FILES = Fixtures.folder("attacks-28b");

    @TempDir
    Path dir;

    /**
     * Applicants for a large-family card: a first name, a sex, a commune and a birth year that come once each, a number
     * of children of 3 or more on every row and a reduction that grows with it look like the cells of a cross-tabulation,
     * but the count is each applicant's children.
     */
    @Test
    void aPersonsNumberOfChildrenIsNoCountOfACrossTabulationsCell() {
        ClassificationResult r = FILES.file("cartes_familles_nombreuses_ccas.csv");

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PERSON);
        assertThat(r.dataset().personalData()).isTrue();
        assertNotReleased(r.column("nb_enfants"));
        assertNotReleased(r.column("annee_naissance"));
    }

    /** Look-alike: first names of newborns by year, district and sex with their number (Dutch) stay a cross-tabulation. */
    @Test
    void firstNamesOfNewbornsCountedByDistrictStayACrossTabulation() {
        ClassificationResult r = FILES.file("voornamen_pasgeborenen_arrondissement_nl.csv");

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PLACE);
        assertThat(r.dataset().personalData()).isFalse();
    }

    /**
     * A housing survey drawing one dwelling per IRIS: the IRIS code differs on every row, but the number of inhabitants
     * of the dwelling is one household's size, not the persons the row gathers, and the household's income is theirs.
     */
    @Test
    void oneDwellingsInhabitantsDoNotMakeAHouseholdsIncomeAnAreasFigure() {
        ClassificationResult r = FILES.file("enquete_logement_menages_iris.csv");

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PERSON);
        assertProtected(r.column("revenu_annuel_menage"));
    }

    /** Resisted: children and income of persons keyed by an address code (BAN) different on every row. */
    @Test
    void personsKeyedByAnAddressCodeStayPersons() {
        ClassificationResult r = FILES.file("quotient_familial_adresses_ban.csv");

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PERSON);
        assertProtected(r.column("revenu_fiscal_reference"));
        assertProtected(r.column("id_adresse_ban"));
    }

    /**
     * A pseudonymised vaccination extract keeps the year and month of birth without the day: spread over seven decades,
     * the years are birth years and the month beside them their month, not numbers of a calendar.
     */
    @Test
    void aBirthYearAndMonthWithoutADayAreNotReleased() {
        ClassificationResult r = FILES.file("vaccination_extrait_pseudonymise.csv");

        assertNotReleased(r.column("Année"));
        assertNotReleased(r.column("Mois"));
    }

    /** Look-alike: a pool's visits by year and month (years of events, a few of them) keep their calendar released. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"Année", "Mois"})
    void aYearAndMonthOfVisitsStayReleased(String column) {
        assertThat(FILES.column("piscine_entrees_abonnes_mois.csv", column).attributeType())
            .isEqualTo(AttributeType.INSENSITIVE);
    }

    /** Resisted: a birth quarter named so is part of a birth date. */
    @Test
    void aBirthQuarterNamedSoIsNotReleased() {
        assertNotReleased(FILES.column("cohorte_naissances_trimestre.csv", "trimestre_naissance"));
    }

    /** Resisted: persons whose family names are place words (Fontaine, Lachapelle, Delaplace, Église) stay names. */
    @Test
    void familyNamesThatArePlaceWordsStayPersonsNames() {
        ClassificationResult r = FILES.file("cantine_inscrits_noms_de_lieux.csv");

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PERSON);
        assertProtected(r.column("Inscrit"));
    }

    /** Resisted: a payer column of persons with a quarter of facilities mixed in stays the persons'. */
    @Test
    void payersMixedWithFacilitiesStayPersons() {
        ClassificationResult r = FILES.file("factures_regie_payeurs.csv");

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PERSON);
        assertProtected(r.column("Payeur"));
    }

    /** Resisted: drivers whose first names are car models (Mercedes, Clio, Alpine) are not released as makes. */
    @Test
    void firstNamesThatAreCarModelsAreNotReleasedAsMakes() {
        ColumnClassification c = FILES.column("conductoras_transporte_escolar_es.csv", "Conductora");

        assertNotReleased(c);
        assertThat(c.infoType()).isNotEqualTo("VEHICLE_MODEL");
    }

    /** Resisted: the keeper's name under an animal's heading is the keeper's, not the animal's. */
    @Test
    void anOwnerUnderAnAnimalsHeadingStaysAPerson() {
        assertProtected(FILES.column("fourriere_animaux_detenteurs.csv", "Animal - détenteur"));
    }

    /** Resisted: a channel of requests holding phone numbers on a few rows is not released as a channel. */
    @Test
    void aChannelHoldingPhoneNumbersIsNotReleased() {
        assertNotReleased(FILES.column("demandes_logement_canal.csv", "Canal"));
    }

    /** Resisted: a list numbered in the order of a person's means keeps its number protected. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"N°", "Reste à vivre (€/jour)"})
    void aListNumberedByAPersonsMeansKeepsItsNumberProtected(String column) {
        assertProtected(FILES.column("fsl_dossiers_classes_reste_a_vivre.csv", column));
    }

    /**
     * Persons shaped like the cells of a cross-tabulation, with a count that is each person's own: sessions with a
     * psychiatrist, visits to a food bank, 2 or more on every row, and a cost or a weight growing with it.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"cmp_suivi_seances_psychiatre.csv", "banque_alimentaire_passages_beneficiaires.csv"})
    void aPersonsOwnCountOfSessionsOrVisitsIsNoCountOfACrossTabulationsCell(String file) {
        ClassificationResult r = FILES.file(file);

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PERSON);
        assertThat(r.dataset().personalData()).isTrue();
    }

    /** Resisted: persons' origins written with words that are also cat breeds (Persane, Birmane, Abyssine) under Race. */
    @Test
    void originsThatAreAlsoBreedsStayAnEthnicOrigin() {
        ColumnClassification c = FILES.column("accueil_hebergement_origines.csv", "Race");

        assertProtected(c);
        assertThat(c.infoType()).isNotEqualTo("ANIMAL");
    }

    /** A cohort keeping the year and quarter of birth without the month: the years are birth years. */
    @Test
    void aBirthYearBesideAQuarterIsNotReleased() {
        ClassificationResult r = FILES.file("cohorte_patients_annee_trimestre.csv");

        assertNotReleased(r.column("Année"));
        assertNotReleased(r.column("Trimestre"));
    }

    /**
     * A home-help plan of the autonomy allowance (APA): the hours a month under a bare name are the volume of care the
     * person's dependency calls for, though no column of the file names the dependency; the file's name does.
     */
    @Test
    void hoursOfAnAutonomyAllowancesPlanAreNotReleased() {
        assertNotReleased(FILES.column("apa_plans_aide_domicile.csv", "Heures/mois"));
    }

    /**
     * Persons shaped like a cross-tabulation under a bare count word: first name, commune and year each once, a
     * "Nombre" of 3 to 7 (the family's children) and an amount in euros growing with it. Money named as a person's is
     * one person's unless the count says whom it counts (beneficiaries, inhabitants), as in a table of areas.
     */
    @Test
    void aPersonsMoneyBesideABareCountIsNoCrossTabulationsFigure() {
        ClassificationResult r = FILES.file("aide_rentree_familles.csv");

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PERSON);
        assertThat(r.dataset().personalData()).isTrue();
    }

    /** Resisted: a mediation's state holding penal outcomes (Classée sans suite, Rappel à la loi) is not released. */
    @Test
    void aStateHoldingPenalOutcomesIsNotReleased() {
        assertNotReleased(FILES.column("mediation_saisines_etat.csv", "État"));
    }

    /** The household counts are validated on load: an info type the rules do not declare is refused. */
    @Test
    void anUnknownHouseholdCountInfoTypeIsRejected() throws Exception {
        assertRejected(yaml -> yaml.replace("householdCounts: [HOUSEHOLD_SIZE]", "householdCounts: [HOUSEHOLD_SIZ]"),
            "dataSubject.areaTables.householdCounts[0]", "unknown info type");
    }

    /** The span of bare birth years is validated on load: under 20 years, an event's years would pass. */
    @Test
    void aTooShortBirthYearSpanIsRejected() {
        String minimal = Fixtures.minimalRules("DATE_OF_BIRTH: {attributeType: QUASI_IDENTIFYING}");
        Fixtures.assertRulesRejected(dir, minimal + "birthDateParts: {infoType: DATE_OF_BIRTH, yearWords: [annee],"
            + " minYearSpan: 5}\n", "birthDateParts.minYearSpan", "at least 20");
    }

    /** A cross-tabulation's words of persons counted are validated on load: an empty list is refused. */
    @Test
    void anEmptyCountOfIsRejected() throws Exception {
        assertRejected(yaml -> yaml.replaceFirst("countOf: \\[[^\\]]*\\]", "countOf: []"),
            "dataSubject.areaTables.crossTabs.countOf", "at least one word");
    }

    /** The files of dependency allowances are validated on load: a domain the project does not know is refused. */
    @Test
    void anUnknownDomainOfDependencyAllowanceFilesIsRejected() throws Exception {
        assertRejected(yaml -> yaml.replace("files: {HEALTH: dependency-allowance-names}",
            "files: {HELTH: dependency-allowance-names}"), "careVolumes.files.HELTH", "unknown domain");
    }

    private void assertRejected(java.util.function.UnaryOperator<String> change, String key, String problem)
            throws Exception {
        Fixtures.assertProjectRulesRejected(dir.resolve("rules-changed"), change, key, problem);
    }
}
