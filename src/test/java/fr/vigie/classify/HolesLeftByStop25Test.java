package fr.vigie.classify;

import static fr.vigie.classify.Fixtures.assertProtected;
import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The holes stop 25 left open, closed as general mechanisms: a board's decision in a file whose own name or columns
 * say the procedure is disciplinary, penal or medical; an access credential beside a contact person in a file about
 * organisations. Files in {@code src/test/resources/classify/leftover-25/} (README there) and {@code attacks-25/}.
 */
class HolesLeftByStop25Test {
    private static final Fixtures.Folder FILES = Fixtures.folder("leftover-25");

    private static ClassificationResult file(String name) {
        return name.contains("/") ? Fixtures.folder(".").file(name) : FILES.file(name);
    }

    /**
     * A board's decisions (Rejet, Accord, Sans suite; genehmigt, abgelehnt) are steps of the procedure the file records
     * when its own name ("conseil_discipline_agents", "comite_medical") or one of its columns ("Sitzung des
     * Disziplinarausschusses") names a disciplinary, penal or medical body: not the harmless outcome of a request.
     */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"attacks-25/conseil_discipline_agents.csv, Décision", "comite_medical_agents_seances.csv, Décision",
        "personal_sitzungen_2025_de.csv, Entscheidung", "disciplinary_hearings_staff_en.csv, Outcome",
        "agents_seances_2025.csv, Décision"})
    void aDecisionInAFileNamingADisciplinaryOrMedicalProcedureStaysHeld(String name, String column) {
        assertProtected(file(name).column(column));
    }

    /** Cost check: a school council's decisions on school-sector waivers are outcomes of requests ("conseil" alone). */
    @Test
    void aSchoolCouncilsDecisionsOnRequestsAreStillReleased() {
        assertThat(file("conseil_ecole_derogations.csv").column("Décision").attributeType())
            .isEqualTo(AttributeType.INSENSITIVE);
    }

    /**
     * An access credential (a badge, an access card, a key fob) beside a contact person's name in a file about
     * organisations is that person's: it opens the door to them and logs their comings and goings.
     */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"salles_municipales_associations_acces.csv, Carte d'accès n°",
        "community_halls_group_lets_en.csv, Key Fob ID", "moved-from-heldout/gymnases_creneaux_associations.csv, Badge n°"})
    void aCredentialBesideAContactPersonIsThatPersonsIdentifier(String name, String column) {
        ColumnClassification c = file(name).column(column);

        assertThat(c.attributeType()).as(c.name()).isEqualTo(AttributeType.IDENTIFYING);
    }

    /**
     * Cost check: the same rooms lent to associations with the association's access card and mailbox, no person named
     * in the file: the card is the organisation's record.
     */
    @Test
    void anOrganisationsAccessCardWithNoPersonBesideItStaysTheOrganisations() {
        ClassificationResult r = file("salles_municipales_associations_sans_referent.csv");

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.ORGANISATION);
        assertThat(r.column("Carte d'accès n°").attributeType()).isEqualTo(AttributeType.INSENSITIVE);
    }

    /**
     * First names and surnames under the name-column words of the EU languages (Vardas, Pavardė; Vārds, Uzvārds;
     * Eesnimi, Perekonnanimi; Vezetéknév, Keresztnév, Leánykori név), a few of them repeated over many rows, are names:
     * not categories the values deny.
     */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"numbers-25/jaunimo_stovykla_dalyviai_lt.csv, Vardas", "numbers-25/jaunimo_stovykla_dalyviai_lt.csv, Pavardė",
        "numbers-25/stipendijos_studentai_lt.csv, Vardas", "numbers-25/stipendijos_studentai_lt.csv, Pavardė",
        "nometne_dalibnieki_lv.csv, Vārds", "nometne_dalibnieki_lv.csv, Uzvārds",
        "huviring_osalejad_ee.csv, Eesnimi", "huviring_osalejad_ee.csv, Perekonnanimi",
        "lakossagi_forum_resztvevok_hu.csv, Vezetéknév", "lakossagi_forum_resztvevok_hu.csv, Keresztnév",
        "lakossagi_forum_resztvevok_hu.csv, Leánykori név"})
    void namesUnderTheNameWordsOfEuLanguagesAreReadAsNames(String name, String column) {
        ColumnClassification c = file(name).column(column);

        assertThat(c.infoType()).as(c.name() + " " + c.evidence().notes()).isEqualTo("PERSON_NAME");
        assertThat(c.attributeType()).isEqualTo(AttributeType.IDENTIFYING);
    }

    /**
     * A care degree (Pflegegrad, SGB XI § 15) written PG1 to PG5 under "Gruppe" is a level of a public dependency scale,
     * not a unit of the service: held, as a GIR written G1 to G6 is (attacks-25/apa_beneficiaires_groupe).
     */
    @Test
    void aCareDegreeWrittenAsAUnitCodeStaysProtected() {
        assertProtected(file("ambulante_pflege_kunden_gruppe_de.csv").column("Gruppe"));
    }

    /** Cost check: a holiday centre's rounds T1 to T4 and A under "Groupe" are still a unit's codes. */
    @Test
    void roundsCodedUnderGroupeAreStillUnitCodes() {
        assertThat(file("centre_loisirs_groupes.csv").column("Groupe").attributeType()).isEqualTo(AttributeType.INSENSITIVE);
    }

    /**
     * Toddlers' birth dates under a name that says nothing ("Campo 3") in an Italian nursery's requests: on every row
     * before the row's other dates, by more than a year in the middle of the rows; a child's birth, not an event.
     */
    @Test
    void datesEachYearsBeforeTheRowsOtherDatesAreBirthDates() {
        ColumnClassification c = file("asilo_nido_domande_campo_opaco_it.csv").column("Campo 3");

        assertThat(c.attributeType()).as(c.name()).isNotEqualTo(AttributeType.INSENSITIVE);
    }

    /** Cost check: the date of a first contact, weeks before the request, under "D1" is still an event's date. */
    @Test
    void aFirstContactWeeksBeforeTheRequestIsStillADate() {
        ColumnClassification c = file("logement_demandes_premier_contact_opaque.csv").column("D1");

        assertThat(c.attributeType()).isEqualTo(AttributeType.INSENSITIVE);
        assertThat(c.infoType()).isEqualTo("DATE");
    }
}
