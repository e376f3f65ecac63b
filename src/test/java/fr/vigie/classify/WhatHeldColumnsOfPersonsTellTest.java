package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import fr.vigie.model.Domain;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The domain of columns a file about persons holds, read from held-out round 13's misses ({@code attacks-29/README.md}):
 * walking aids, a tax status, indigenous peoples, aid in kind that tells a care, a security screening, mixed lists of
 * bodies one of which tells health, youth statuses one of which is means-tested; and the readings that
 * gave a wrong domain or a wrong type: a sparse school scheme made the steps of a school follow-up a disability's, and
 * neighbourhoods that are also first names were read as persons' names. Each with the ordinary look-alikes that must
 * stay as they were.
 */
class WhatHeldColumnsOfPersonsTellTest {
    private static final Fixtures.Folder FILES = Fixtures.folder("attacks-29");

    @TempDir
    Path dir;

    private static void assertSensitive(String file, String column, Domain domain) {
        ColumnClassification c = FILES.column(file, column);
        assertThat(c.attributeType()).as(column).isEqualTo(AttributeType.SENSITIVE);
        assertThat(c.domain()).as(column).isEqualTo(domain);
    }

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource(delimiter = '|', value = {"health_centro_dia_desplazamiento_es.csv|Desplazamiento",
        "health_hausbesuche_gehhilfe_de.csv|Gehhilfe"})
    void walkingAidsAmongAutonomousPersonsAreHealth(String file, String column) {
        assertSensitive(file, column, Domain.HEALTH);
    }

    /** Fishing rods and nets lent by a club are no walking aid. */
    @Test
    void aFishingClubsGearIsNoHealth() {
        ColumnClassification c = FILES.column("health_club_peche_materiel_fr.csv", "Matériel prêté");
        assertThat(c.domain()).isNotEqualTo(Domain.HEALTH);
    }

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource(delimiter = '|', value = {"health_voyages_seniors_avis_impot_fr.csv|Situation fiscale",
        "health_seniorenreisen_steuer_de.csv|Steuerstatus"})
    void whetherAPersonPaysIncomeTaxIsFinancial(String file, String column) {
        assertSensitive(file, column, Domain.FINANCIAL);
    }

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource(delimiter = '|', value = {"health_programa_social_autoidentificacion_pe.csv|Autoidentificación étnica",
        "health_aide_logement_identite_autochtone_ca.csv|Identité autochtone"})
    void indigenousPeoplesAreAnOrigin(String file, String column) {
        assertSensitive(file, column, Domain.SPECIAL_CATEGORY);
    }

    /** Quechua and Aymara are languages too: a mother tongue stays a language, no origin held as a special category. */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource(delimiter = '|', value = {"health_escuela_lengua_materna_pe.csv|Lengua materna",
        "health_programa_social_autoidentificacion_pe.csv|Lengua materna"})
    void aMotherTongueStaysALanguage(String file, String column) {
        ColumnClassification c = FILES.column(file, column);
        assertThat(c.attributeType()).isEqualTo(AttributeType.QUASI_IDENTIFYING);
        assertThat(c.infoType()).isEqualTo("LANGUAGE");
    }

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource(delimiter = '|', value = {"health_dif_apoyos_otorgados_mx.csv|Apoyo otorgado",
        "health_ccas_aides_nature_fr.csv|Nature de l'aide"})
    void aidInKindOfWhichPartIsCareIsHealth(String file, String column) {
        assertSensitive(file, column, Domain.HEALTH);
    }

    /** Food parcels, an energy voucher, rent and canteen aid are a benefit: FINANCIAL, as before. */
    @Test
    void aidWithNoCareStaysFinancial() {
        assertSensitive("health_ccas_aides_sans_soin_fr.csv", "Nature de l'aide", Domain.FINANCIAL);
    }

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource(delimiter = '|', value = {"health_jeux_accreditations_enquete_administrative_fr.csv|Enquête administrative",
        "health_flughafen_zueberpruefung_de.csv|Zuverlässigkeitsüberprüfung", "health_vrijwilligers_vog_nl.csv|VOG"})
    void theOutcomeOfASecurityScreeningIsAnOffence(String file, String column) {
        assertSensitive(file, column, Domain.OFFENCE);
    }

    /** The body that assesses a disability among a prefecture, a court and the CAF: the most sensitive, health. */
    @Test
    void aMixedListOfBodiesOneOfWhichTellsHealthIsHealth() {
        assertSensitive("health_centre_social_aide_administrative_fr.csv", "Organisme destinataire", Domain.HEALTH);
    }

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource(delimiter = '|', value = {"health_maison_services_publics_demarches_fr.csv|Objet de la démarche",
        "health_maison_services_publics_demarches_fr.csv|Organisme destinataire"})
    void proceduresAndBodiesTellingNoHealthAreNoHealth(String file, String column) {
        assertThat(FILES.column(file, column).domain()).isNotEqualTo(Domain.HEALTH);
    }

    /** A school scheme filled on a few rows is some pupils' trait, not the procedure the follow-up records. */
    @Test
    void aSparseSchemeMakesNoStepOfADisability() {
        ColumnClassification c = FILES.column("health_vie_scolaire_suivi_fr.csv", "Suite");
        assertThat(c.domain()).isNotEqualTo(Domain.HEALTH);
        assertSensitive("health_vie_scolaire_suivi_fr.csv", "Scolarisation particulière", Domain.HEALTH);
    }

    /** An orientation decided for every applicant is the procedure: its decision and what followed stay its steps. */
    @Test
    void anOrientationOnEveryRowKeepsItsSteps() {
        assertSensitive("health_cdaph_orientations_suite_fr.csv", "Suite", Domain.HEALTH);
        assertSensitive("health_cdaph_orientations_suite_fr.csv", "Décision", Domain.HEALTH);
    }

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource(delimiter = '|', value = {"health_junta_vecinos_cerros_cl.csv|Cerro", "health_junta_vecinos_cerros_cl.csv|Sector",
        "health_subsidios_comunas_co.csv|Corregimiento"})
    void neighbourhoodsOfLatinAmericanTownsAreNoPersonsNames(String file, String column) {
        ColumnClassification c = FILES.column(file, column);
        assertThat(c.attributeType()).isEqualTo(AttributeType.QUASI_IDENTIFYING);
        assertThat(c.infoType()).isEqualTo("NEIGHBOURHOOD");
    }

    @Test
    void youthStatusesOfWhichSomeAreMeansTestedAreFinancial() {
        assertSensitive("health_aide_projets_jeunes_statut_fr.csv", "Statut", Domain.FINANCIAL);
    }

    @Test
    void youthStatusesWithNoMeansTestAreNoFinancial() {
        assertThat(FILES.column("health_inscriptions_activites_jeunes_statut_fr.csv", "Statut").domain())
            .isNotEqualTo(Domain.FINANCIAL);
    }

    /** The share of rows an anchor of a procedure must fill is validated on load: a share above one is refused. */
    @Test
    void anAnchorsFilledShareAboveOneIsRejected() throws Exception {
        Fixtures.assertProjectRulesRejected(dir, yaml -> yaml.replace("anchorMinFilled: 0.5", "anchorMinFilled: 5"),
            "context.procedures.anchorMinFilled", "must be between");
    }

    /** Places counted only under a name of places must be among the places: a list that is none is refused on load. */
    @Test
    void aNamedOnlyListThatIsNoPlacesIsRejected() throws Exception {
        Fixtures.assertProjectRulesRejected(dir, yaml -> yaml.replace("namedOnly: [disability-bodies]",
            "namedOnly: [disability-terms]"), "placesOfPersons.sensitivePlaces.namedOnly", "not a dictionary of places");
    }
}
