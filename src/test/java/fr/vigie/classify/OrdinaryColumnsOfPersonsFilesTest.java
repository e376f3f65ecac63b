package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Ordinary columns of files about persons that name and values together say are harmless, even beside a column of
 * health or an offence (files and what each attacks in {@code attacks-31e/README.md}): a count of the persons a worker
 * accompanies or a session gathers (pupils on a bus, participants, accompanying persons), and a staff member's weekly
 * hours of work within the working-time directive's 48. Look-alikes that tell the person's own matter (their
 * children, days in hospital, a criminal record, a benefit, sessions with a psychologist) stay protected.
 */
class OrdinaryColumnsOfPersonsFilesTest {
    private static final Fixtures.Folder FILES = Fixtures.folder("attacks-31e");

    /** Pupils, passengers, participants counted beside a sick-leave or a diagnosis column are no one's health. */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({
        "o31_sorties_scolaires_encadrants.csv, Nombre d'élèves",
        "o31_schulbus_begleitpersonal_de.csv, Anzahl Schüler",
        "o31_talleres_monitores_es.csv, Número de participantes",
        "o31_talleres_monitores_es.csv, Acompañantes"})
    void aCountOfThePersonsAWorkerAccompaniesIsReleasedBesideHealth(String file, String column) {
        ColumnClassification c = FILES.column(file, column);
        assertThat(c.attributeType()).as(column + " " + c.evidence().notes()).isEqualTo(AttributeType.INSENSITIVE);
        assertThat(c.reviewNeeded()).as(column).isFalse();
    }

    /** Hours a week, at most the directive's 48, under a name only of hours and a week: a working time. */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({
        "o31_sorties_scolaires_encadrants.csv, Heures hebdo",
        "o31_schulbus_begleitpersonal_de.csv, Stunden pro Woche",
        "o31_talleres_monitores_es.csv, Horas semanales"})
    void weeklyHoursOfWorkAreReleasedBesideHealth(String file, String column) {
        ColumnClassification c = FILES.column(file, column);
        assertThat(c.attributeType()).as(column + " " + c.evidence().notes()).isEqualTo(AttributeType.INSENSITIVE);
        assertThat(c.reviewNeeded()).as(column).isFalse();
    }

    /** The other side: counts and flags of the person's own matter stay protected or held. */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({
        "o31_lookalikes_personnes_fr.csv, Nb jours hospitalisation",
        "o31_lookalikes_personnes_fr.csv, Casier judiciaire (oui/non)",
        "o31_lookalikes_personnes_fr.csv, Allocataire RSA (O/N)",
        "o31_sorties_scolaires_encadrants.csv, Jours arrêt maladie",
        "o31_sorties_scolaires_encadrants.csv, Bulletin n°2 casier",
        "o31_schulbus_begleitpersonal_de.csv, Krankheitstage"})
    void thePersonsOwnCountsAndFlagsStayProtected(String file, String column) {
        Fixtures.assertProtected(FILES.column(file, column));
    }

    /** A count of the person's own household (children, persons) stays quasi-identifying, not released. */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({
        "o31_lookalikes_personnes_fr.csv, Nb enfants",
        "o31_lookalikes_personnes_fr.csv, Nombre de personnes"})
    void aCountOfTheHouseholdIsNotReleased(String file, String column) {
        Fixtures.assertNotReleased(FILES.column(file, column));
    }

    /** A household's size named as the census names it, without a count word: its size, quasi-identifying. */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({
        "o31_logements_occupants_fr.csv, Personnes du ménage",
        "o31_logements_occupants_fr.csv, Membres du foyer"})
    void aHouseholdSizeNamedWithoutACountWordIsItsSize(String file, String column) {
        ColumnClassification c = FILES.column(file, column);
        assertThat(c.attributeType()).as(column + " " + c.evidence().notes()).isEqualTo(AttributeType.QUASI_IDENTIFYING);
        assertThat(c.infoType()).as(column).isEqualTo("HOUSEHOLD_SIZE");
    }

    /** A sex column of an outreach log where some contacts are a group ("groupe", "Mixed group") is still a sex. */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"o31_maraude_rencontres_fr.csv, Sexe", "o31_street_outreach_contacts_en.csv, Sex"})
    void aSexWithAValueForAGroupIsStillASex(String file, String column) {
        ColumnClassification c = FILES.column(file, column);
        assertThat(c.attributeType()).as(column + " " + c.evidence().notes()).isEqualTo(AttributeType.QUASI_IDENTIFYING);
        assertThat(c.infoType()).as(column).isEqualTo("GENDER");
    }

    /** A dwelling's tenure (owner, tenant, subtenant, housed free of charge) under a name of it: released. */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({
        "o31_renovation_energetique_menages_fr.csv, Statut d'occupation",
        "o31_energieberatung_haushalte_de.csv, Wohnstatus"})
    void aTenureStatusIsReleased(String file, String column) {
        ColumnClassification c = FILES.column(file, column);
        assertThat(c.attributeType()).as(column + " " + c.evidence().notes()).isEqualTo(AttributeType.INSENSITIVE);
        assertThat(c.reviewNeeded()).as(column).isFalse();
    }

    /** A housing situation telling hardship (sleeping rough, a squat, an emergency shelter) is no tenure: held. */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"o31_siao_demandes_situation_fr.csv, Statut logement"})
    void aHousingSituationTellingHardshipStaysHeld(String file, String column) {
        Fixtures.assertNotReleased(FILES.column(file, column));
    }

    /** Sessions with a psychologist counted are the person's care, not a quantity of the service: not released. */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"o31_lookalikes_personnes_fr.csv, Nb séances psychologue"})
    void sessionsWithATherapistCountedAreNotReleased(String file, String column) {
        Fixtures.assertNotReleased(FILES.column(file, column));
    }
}
