package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The holes stop 25 left open, closed as general mechanisms: a board's decision in a file whose own name or columns
 * say the procedure is disciplinary, penal or medical; an access credential beside a contact person in a file about
 * organisations. Files in {@code src/test/resources/classify/leftover-25/} (README there) and {@code attacks-25/}.
 */
class HolesLeftByStop25Test {
    private static final Path DIR = CorpusGenerator.DEFAULT_DIR.resolve("leftover-25");

    private static ClassificationResult file(String name) {
        return Fixtures.file(name.contains("/") ? CorpusGenerator.DEFAULT_DIR.resolve(name) : DIR.resolve(name));
    }

    private static void assertProtected(ColumnClassification c) {
        assertThat(c.attributeType()).as(c.name() + " " + c.evidence().notes())
            .isIn(AttributeType.IDENTIFYING, AttributeType.SENSITIVE);
    }

    /**
     * A board's decisions (Rejet, Accord, Sans suite; genehmigt, abgelehnt) are steps of the procedure the file records
     * when its own name ("conseil_discipline_agents", "comite_medical") or one of its columns ("Sitzung des
     * Disziplinarausschusses") names a disciplinary, penal or medical body: not the harmless outcome of a request.
     */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"attacks-25/conseil_discipline_agents.csv, Décision", "comite_medical_agents_seances.csv, Décision",
        "personal_sitzungen_2025_de.csv, Entscheidung", "disciplinary_hearings_staff_en.csv, Outcome"})
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
}
