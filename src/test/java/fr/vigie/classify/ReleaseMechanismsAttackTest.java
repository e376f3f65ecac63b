package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attacks on the mechanisms that release a column or read a file as organisations or places: a coded survey's weight
 * that is a body's weight written in grams, a coordinator's column naming the same two persons on every row of an
 * organisations' file, pupils' boarding stops in a file no person word marks. The look-alikes: a survey's true weight,
 * a coordinating service named by its department, a network's list of stops. Files in
 * {@code src/test/resources/classify/attacks-32f/} (README there).
 */
class ReleaseMechanismsAttackTest {
    private static final Fixtures.Folder FILES = Fixtures.folder("attacks-32f");

    /** A birth weight in grams padded to two decimals ("3250,00") is above 250 but is no survey's weight. */
    @Test
    void aBirthWeightInGramsPaddedWithZerosIsNotASurveyWeight() {
        Fixtures.assertProtected(FILES.file("a32f_enquete_perinatale_poids_naissance_fr.csv").column("POIDS_NAIS"));
    }

    /** The same in German: a child's weight at the school-entry examination, in grams with a decimal comma. */
    @Test
    void aChildsWeightInGramsIsNotASurveyWeight() {
        Fixtures.assertProtected(FILES.file("a32f_schuleingang_gewicht_de.csv").column("GEWICHT"));
    }

    /** Held already: a body's weight in pounds, weighed to the tenth and written to the hundredth. */
    @Test
    void aBodyWeightInPoundsStaysProtected() {
        Fixtures.assertProtected(FILES.file("a32f_nutrition_survey_weight_lb_en.csv").column("WEIGHT"));
    }

    /** The share of padded values a survey's weight may have is a share, checked on load. */
    @Test
    void aSurveyWeightsPaddedShareMustBeAShare(@TempDir Path dir) throws IOException {
        Fixtures.assertProjectRulesRejected(dir, yaml -> yaml.replace("maxPaddedShare: 0.5", "maxPaddedShare: 1.5"),
            "surveyWeights.maxPaddedShare", "must be between");
    }

    /** Held already: a body's weight converted from kilograms to pounds, two decimals that carry no zero padding. */
    @Test
    void aBodyWeightConvertedToPoundsStaysProtected() {
        Fixtures.assertProtected(FILES.file("a32f_nutrition_weight_lb_converted_en.csv").column("WEIGHT"));
    }

    /** Look-alike: an Italian coded survey's weight (two significant decimals, hundreds) is still released. */
    @Test
    void aSurveysOwnWeightIsStillReleased() {
        ColumnClassification c = FILES.file("a32f_indagine_sicurezza_peso_it.csv").column("PESO");

        assertThat(c.attributeType()).isEqualTo(AttributeType.INSENSITIVE);
        assertThat(c.domain()).isNull();
    }

    /** Two coordinators' names repeated over every row of an organisations' file are persons' names. */
    @Test
    void aCoordinatorsTwoNamesRepeatedOnEveryRowAreProtected() {
        ClassificationResult r = FILES.file("a32f_appalti_coordinatore_it.csv");

        Fixtures.assertProtected(r.column("Coordinatore"));
        assertThat(r.column("Aggiudicatario").attributeType()).isEqualTo(AttributeType.INSENSITIVE);
    }

    /** The leak seen in stop 32's own attack: a Spanish coordinator column of two names over an awards' file. */
    @Test
    void theSpanishCoordinatorOfTheAwardsFileIsProtected() {
        ClassificationResult r = Fixtures.folder("attacks-32b").file("s32_contratos_adjudicados_es.csv");

        Fixtures.assertProtected(r.column("Coordinadora"));
        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.ORGANISATION);
    }

    /** Held already: a coordinator named once over every row, or two in capitals, in French and German. */
    @Test
    void aCoordinatorNamedInCapitalsOrAloneStaysProtected() {
        Fixtures.assertProtected(FILES.file("a32f_marches_coordination_fr.csv").column("Coordinateur"));
        Fixtures.assertProtected(FILES.file("a32f_vergaben_koordinatorin_de.csv").column("Koordinatorin"));
        Fixtures.assertProtected(FILES.file("a32f_contracts_coordinator_en.csv").column("Coordinator"));
    }

    /** Look-alike: a coordinating service named by its department is the organisation's, released. */
    @Test
    void aCoordinatingServiceIsReleased() {
        ClassificationResult r = FILES.file("a32f_fournisseurs_service_coordinateur_fr.csv");

        assertThat(r.column("Service coordinateur").attributeType()).isEqualTo(AttributeType.INSENSITIVE);
        assertThat(r.dataset().personalData()).isFalse();
    }

    /**
     * Pupils' tickets, each with the stop where the pupil boards, and no other person word: the rows are no stops (a
     * dozen stops over eighty tickets), and the boarding stop is where a child lives.
     */
    @Test
    void aPupilsBoardingStopRepeatedOverTicketsIsNotReleased() {
        Fixtures.assertNotReleased(FILES.file("a32f_transport_scolaire_titres_arrets_fr.csv").column("Arrêt de montée"));
    }

    /** Held already: home addresses under a stop's header (door-to-door transport), in French and Spanish. */
    @Test
    void homeAddressesUnderAStopsHeaderStayProtected() {
        Fixtures.assertNotReleased(FILES.file("a32f_transport_adapte_points_arret_fr.csv").column("Point d'arrêt"));
        Fixtures.assertNotReleased(FILES.file("a32f_ruta_escolar_paradas_domicilio_es.csv").column("Parada"));
    }

    /**
     * Households sheltered in hotels whose every name begins with "Hôtel" (a budget chain's, a station's): the list of
     * places' test that keeps a directory of hotels as places must not release the hotel where a named household sleeps.
     */
    @Test
    void aHotelNamedHotelInAShelterFileStaysTheHouseholdsLocation() {
        Fixtures.assertNotReleased(FILES.file("a32f_mise_a_abri_hotels_fr.csv").column("Hôtel"));
    }

    /** Held already: German emergency lodging in hotels and a guesthouse, not all headed by a place's word. */
    @Test
    void aGermanEmergencyLodgingHotelStaysALocation() {
        Fixtures.assertNotReleased(FILES.file("a32f_notunterkunft_hotels_de.csv").column("Hotel"));
    }

    // ---- the rules, checked on load ----

    /** The first-name rule a contact's names are read by must be a declared value rule. */
    @Test
    void aContactNamesRuleMustBeDeclared(@TempDir Path dir) throws IOException {
        Fixtures.assertProjectRulesRejected(dir, yaml -> yaml.replace("contactNames: {rule: first-name-value",
            "contactNames: {rule: first-names-value"), "dataSubject.contactNames.rule", "unknown value rule");
    }

    /** The info types that are a row's own place only when they key the rows must be declared. */
    @Test
    void aRowsOwnPlaceTypeMustBeDeclared(@TempDir Path dir) throws IOException {
        Fixtures.assertProjectRulesRejected(dir, yaml -> yaml.replace("rowsOwn: {infoTypes: [LOCATION]",
            "rowsOwn: {infoTypes: [LOCATIONS]"), "dataSubject.place.rowsOwn.infoTypes[0]", "LOCATIONS");
    }

    /** The list of places' rules a person's place is rejected by must be declared value rules. */
    @Test
    void aPersonsPlacesRejectionMustBeADeclaredRule(@TempDir Path dir) throws IOException {
        Fixtures.assertProjectRulesRejected(dir, yaml -> yaml.replace("personsPlaces: {rejectedBy: [places-named-value]",
            "personsPlaces: {rejectedBy: [places-names-value]"), "dataSubject.personsPlaces.rejectedBy[0]",
            "unknown value rule");
    }
}
