package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import fr.vigie.model.Domain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Attacks on the mechanisms merged at stop 24 (tables of areas by area and period, types read from a name denied by
 * the values, contacts read from their shape, concepts named in every EU language, failing closed on opaque numbers),
 * as a malicious or clumsy department would make them; files in {@code src/test/resources/classify/attacks-24/}
 * (README there). The attacks the classifier already resisted are kept as regression tests.
 */
class AttacksOnStop24MechanismsTest {
    private static final Fixtures.Folder FILES = Fixtures.folder("attacks-24");

    private static void assertNotLetThrough(ColumnClassification c) {
        assertThat(c.attributeType()).as(c.name()).isNotEqualTo(AttributeType.INSENSITIVE);
    }

    /**
     * One beneficiary per neighbourhood per month fills the grid of areas by periods as a panel of areas does; a
     * person's monthly income and housing benefit, named so and written to the cent, are no figure of an area.
     */
    @Test
    void oneBeneficiaryPerNeighbourhoodAndMonthWithTheirIncomeIsNoTableOfAreas() {
        ClassificationResult r = FILES.file("aide_urgence_un_beneficiaire_quartier_mois.csv");

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PERSON);
        assertThat(r.dataset().personalData()).isTrue();
        assertThat(r.column("Revenu mensuel").domain()).isEqualTo(Domain.FINANCIAL);
        assertThat(r.column("Allocation logement").domain()).isEqualTo(Domain.FINANCIAL);
    }

    /**
     * The same beneficiaries, their amounts named as any payment is ("Montant versé", "Reste à charge"): an amount
     * named so and no statistic is one person's as much as an income is.
     */
    @Test
    void oneBeneficiaryPerNeighbourhoodAndMonthWithTheAmountPaidIsNoTableOfAreas() {
        ClassificationResult r = FILES.file("aide_urgence_montants_quartier_mois.csv");

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PERSON);
        assertThat(r.dataset().personalData()).isTrue();
    }

    /**
     * Cost check: a family allowance fund's panel of communes by month, its number of beneficiaries beside the amount
     * paid ("Montant versé", no statistic word): a column counting persons, more than one a row, says each row gathers
     * persons; the amount is the area's total, and the table stays a table of areas.
     */
    @Test
    void aPanelOfCommunesCountingTheirBeneficiariesBesideTheAmountPaidStaysATableOfAreas() {
        ClassificationResult r = FILES.file("caf_communes_mois.csv");

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PLACE);
        assertThat(r.dataset().personalData()).isFalse();
    }

    /**
     * A count of beneficiaries that is 1 on every row does not gather persons, nor does the number of persons of one
     * applicant's household ("Nb personnes", 2 to 7): one beneficiary a row stays a person.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"aide_urgence_un_allocataire_par_ligne.csv", "aide_urgence_personnes_par_foyer.csv"})
    void aCountThatDoesNotGatherPersonsDoesNotMakeATableOfAreas(String name) {
        ClassificationResult r = FILES.file(name);

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PERSON);
        assertThat(r.dataset().personalData()).isTrue();
    }

    /**
     * A monthly panel of 24 tenants, each living in a different IRIS, keyed by the IRIS code, with their resources,
     * arrears, age ("Ans") and days in hospital: the resources and the arrears, named so and no statistic, are the
     * tenant's money, not figures of the IRIS.
     */
    @Test
    void aMonthlyPanelOfTenantsKeyedByTheirIrisCodeIsNoTableOfAreas() {
        ClassificationResult r = FILES.file("suivi_locataires_code_iris_mois.csv");

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PERSON);
        assertThat(r.dataset().personalData()).isTrue();
    }

    /**
     * Beneficiaries each with the IRIS they live in (150 persons among thousands of IRIS: a different area on every row),
     * their disability rate (0, 50, 80), rent, floor area and rooms, all numbers: persons spread over many areas give a
     * column different on every row as a list of areas does. Only numbers beside one area per row is no proof the rows
     * are areas; the disability rate stays protected.
     */
    @Test
    void beneficiariesEachWithTheIrisTheyLiveInAndOnlyNumbersAreNoTableOfAreas() {
        ClassificationResult r = FILES.file("beneficiaires_code_iris_residence.csv");

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PERSON);
        assertThat(r.dataset().personalData()).isTrue();
        assertThat(r.column("Taux d'incapacité").domain()).isEqualTo(Domain.HEALTH);
    }

    /**
     * Regression: "Taxi" is the Greek word for a school class (τάξη, transliterated) and an ordinary French word; a
     * column of taxi companies is not read as a class, and held as the unknown categories it is.
     */
    @Test
    void aTaxiColumnIsNoSchoolClass() {
        ColumnClassification c = FILES.file("transport_scolaire_adapte_taxi.csv").column("Taxi");

        assertThat(c.infoType()).isNull();
        assertThat(c.reviewNeeded()).isTrue();
    }

    /** Regression: "Compartiment", Romanian for a department and French for a section of a columbarium, is not held. */
    @Test
    void aColumbariumsCompartmentIsNotHeld() {
        ColumnClassification c = FILES.file("columbarium_compartiment.csv").column("Compartiment");

        assertThat(c.attributeType()).isEqualTo(AttributeType.INSENSITIVE);
        assertThat(c.reviewNeeded()).isFalse();
    }

    /**
     * The same panel of tenants with its money under names no rule reads ("Versé au foyer", "Reliquat", "Jours H"):
     * nothing the column evidence holds (names, distinct values and their counts) tells it from a panel of areas. The
     * rows do: an age the same for each IRIS over all the months is a person's (AreaTables reads a sample of rows).
     */
    @Test
    void aMonthlyPanelOfTenantsWithItsMoneyUnderUnreadNamesIsNoTableOfAreas() {
        ClassificationResult r = FILES.file("suivi_locataires_noms_muets.csv");

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PERSON);
        assertThat(r.dataset().personalData()).isTrue();
    }

    /**
     * Twelve patients over 300 visits, their names written in lower case: a handful of values repeated and no capital,
     * the shape of a column of categories ("română"), but each value is a first name and another word: persons' names.
     */
    @Test
    void twelvePatientsOverThreeHundredVisitsWrittenInLowerCaseStayPersonsNames() {
        ClassificationResult r = FILES.file("visites_patients_minuscules.csv");

        assertThat(r.column("Patient").attributeType()).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(r.column("Patient").infoType()).isEqualTo("PERSON_NAME");
        assertThat(r.dataset().personalData()).isTrue();
    }

    /** Regression: twelve rare names (no dictionary holds them) over 300 visits are held, not let through. */
    @Test
    void twelveRarePatientsNamesOverThreeHundredVisitsAreNotLetThrough() {
        assertNotLetThrough(FILES.file("visites_patients_noms_rares.csv").column("Patient"));
    }

    /**
     * A file about persons whose only column naming them is held for review is personal data until someone decides:
     * the held column may be the persons' names (here it is), and "no personal data" would need no impact study.
     */
    @Test
    void aPersonFileWhosePersonColumnIsHeldIsPersonalData() {
        ClassificationResult r = FILES.file("visites_patients_noms_rares.csv");

        assertThat(r.column("Patient").reviewNeeded()).isTrue();
        assertThat(r.dataset().personalData()).as(r.dataset().dataSubject().toString()).isTrue();
    }

    /** Regression: persons' names in Cyrillic and Greek, under their language's header, are persons' names. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"bezhantsi_imena_kirilitsa_bg.csv, Име и фамилия", "dikaiouxoi_onomata_ellinika_gr.csv, Ονοματεπώνυμο"})
    void personsNamesInCyrillicAndGreekAreRead(String name, String column) {
        ClassificationResult r = FILES.file(name);

        assertThat(r.column(column).infoType()).isEqualTo("PERSON_NAME");
        assertThat(r.dataset().personalData()).isTrue();
    }

    /** Regression: Cyrillic names under a header that says nothing are held, not let through. */
    @Test
    void cyrillicNamesUnderAHeaderThatSaysNothingAreNotLetThrough() {
        assertNotLetThrough(FILES.file("dossiers_noms_cyrilliques_entete_opaque.csv").column("Champ B"));
    }

    /**
     * Regression: phones written in the national form with no number of the file written with its country code (no
     * country told): a Norwegian "Nummer" and a French "Joignable au" are not let through.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"idrettslag_medlemmer_nummer_no.csv, Nummer", "adherents_joignable_fr.csv, Joignable au"})
    void nationalPhonesWithNoCountryCodeInTheFileAreNotLetThrough(String name, String column) {
        assertNotLetThrough(FILES.file(name).column(column));
    }

    /**
     * Norwegian phones in their national form ("95333147", some shared by a family) under a name no rule knows ("Nås
     * på": reachable at), and no number of the file written with its country code, so no country to check them in:
     * many different whole numbers were let through as counts. Numbers all of one width of eight digits or more are
     * no count nor measure: a phone, an account or a file number. Danish numbers written in pairs ("28 46 62 13") too.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"idrettslag_foresatte_naas_paa_no.csv, Nås på", "forening_foraeldre_traeffes_dk.csv, Træffes på"})
    void nationalPhonesUnderANameNoRuleKnowsWithNoCountryToldAreNotLetThrough(String name, String column) {
        ColumnClassification c = FILES.file(name).column(column);

        assertNotLetThrough(c);
        assertThat(c.reviewNeeded()).isTrue();
    }

    /** Regression: a resident's room ("Chambre 204") in a nursing home's file is not let through. */
    @Test
    void aResidentsRoomIsNotLetThrough() {
        assertNotLetThrough(FILES.file("ehpad_residents_chambres.csv").column("Logé en"));
    }

    /**
     * Amounts under codes that say nothing ("C7", "C9"), in a file about persons, written with their currency before
     * ("EUR 180.14", "€180.14") or after ("418,59 €"): money is numbers whatever side its currency is written on, and
     * numbers under a name that says nothing are held.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"C7", "C8", "C9"})
    void amountsWithTheirCurrencyUnderACodeAreNotLetThrough(String column) {
        assertNotLetThrough(FILES.file("aides_montants_avec_unite_entetes_codes.csv").column(column));
    }

    /** Regression: an IP address column more than half masked by hand ("masquée") keeps its type. */
    @Test
    void anIpColumnHalfMaskedByHandStaysAnIpAddress() {
        assertThat(FILES.file("journal_connexions_ip_masquees.csv").column("Adresse IP").infoType()).isEqualTo("IP_ADDRESS");
    }

    /** Regression: a household's size holding 'NR' on half its rows is not denied. */
    @Test
    void aHouseholdSizeWithNrStaysAHouseholdSize() {
        assertThat(FILES.file("menages_taille_nr.csv").column("Taille du ménage").infoType()).isEqualTo("HOUSEHOLD_SIZE");
    }

    /** Regression: a diagnosis named and written in Maltese or Irish is not let through. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"pazjenti_dijanjosi_mt.csv, Dijanjosi", "othair_diagnois_ga.csv, Diagnóis"})
    void aDiagnosisNamedInMalteseOrIrishIsNotLetThrough(String name, String column) {
        ColumnClassification c = FILES.file(name).column(column);

        assertThat(c.attributeType()).as(column).isEqualTo(AttributeType.SENSITIVE);
    }

    /**
     * Regression (costly hold): yes/no answers under opaque names in an organisation's questionnaire (SIRET, legal form)
     * are the organisation's answers: the file stays an organisation's and nothing is held.
     */
    @Test
    void opaqueYesNoAnswersInAnOrganisationFileAreNotHeld() {
        ClassificationResult r = FILES.file("associations_questionnaire_q.csv");

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.ORGANISATION);
        assertThat(r.column("Q7").reviewNeeded()).isFalse();
        assertThat(r.column("Q12b").reviewNeeded()).isFalse();
    }
}
