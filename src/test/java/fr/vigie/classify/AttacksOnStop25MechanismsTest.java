package fr.vigie.classify;

import static fr.vigie.classify.Fixtures.assertProtected;
import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import fr.vigie.model.Domain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Attacks on the mechanisms merged at stop 25 (tables of groups, marks on a scale, outcomes released by their name),
 * as a malicious or clumsy department would make them; files in {@code src/test/resources/classify/attacks-25/}
 * (README there). The attacks the classifier already resisted are kept as regression tests.
 */
class AttacksOnStop25MechanismsTest {
    private static final Fixtures.Folder FILES = Fixtures.folder("attacks-25");

    /**
     * Pseudonymised microdata, one agent a row (a year, a service, a grade, the days of sick leave), with the size of
     * the agent's service under "Effectif du service": a count of persons at least 10 on every row, beside a period and
     * categories, as a table of groups shows. But the same year, service, grade and category come back on many rows:
     * the rows are not groups, each one is a person, and the sick-leave days are that person's health.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"rh_absences_agents_pseudonymises.csv", "adherents_clubs_effectif.csv", "rh_agents_microdonnees_equipes.csv"})
    void personsBesideTheSizeOfTheirTeamOrClubAreNoTableOfGroups(String name) {
        ClassificationResult r = FILES.file(name);

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PERSON);
        assertThat(r.dataset().personalData()).isTrue();
    }

    /** The sick-leave days of one agent are health data, whatever the size of the agent's service beside them. */
    @Test
    void anAgentsSickLeaveDaysBesideTheSizeOfTheServiceStayProtected() {
        ClassificationResult r = FILES.file("rh_absences_agents_pseudonymises.csv");

        assertProtected(r.column("Jours d'arrêt maladie"));
        assertProtected(r.column("Jours de CLM"));
    }

    /**
     * Regression (cost check): a true table of groups, one row per year, grade and route (each group once per year),
     * counting its agents and their sick-leave days in total, holds no personal data.
     */
    @Test
    void aTableOfGroupsEachOncePerPeriodStaysATableOfGroups() {
        ClassificationResult r = FILES.file("effectifs_agents_par_grade_annee.csv");

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PLACE);
        assertThat(r.dataset().personalData()).isFalse();
    }

    /**
     * A canteen's price per meal set by the family's quotient, in half euros under 20 (0,50 to 7,00, fourteen levels),
     * and the afternoon snack's in quarter euros, under names no rule reads ("Repas", "Goûter"): money that tells the
     * family's means, not marks on a scale.
     */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"cantine_tarif_par_quotient.csv, Repas", "cantine_tarif_par_quotient.csv, Goûter",
        "aide_domicile_forfaits_horaires.csv, Participation"})
    void smallAmountsByHalfOrQuarterEurosAreNoMarks(String name, String column) {
        assertProtected(FILES.file(name).column(column));
    }

    /**
     * A court's verdict on a tenant (upheld, dismissed) is the outcome of a judicial procedure: an offence or a
     * litigation's, not a candidacy's, even when no other column of the file is read as one.
     */
    @Test
    void aCourtsVerdictIsNoHarmlessOutcome() {
        assertProtected(FILES.file("contentieux_locataires_verdicts.csv").column("Verdict"));
    }

    /** Regression: a screening test's result (positive, negative) under "Résultat" is no outcome of a procedure. */
    @Test
    void aTestResultUnderResultatStaysHeld() {
        assertProtected(FILES.file("depistage_resultats.csv").column("Résultat"));
    }

    /**
     * Pseudonymised microdata with so many categories (year, service, grade, category, working time, seniority) that
     * each row is alone in its own, beside the size of each agent's own team (10 to 60, varying from agent to agent and
     * told by no column): period, categories and count as a table of groups has them, each "group" once. A group's
     * figures grow with its size (the more candidates, the more admitted); one agent's sick-leave days do not.
     */
    @Test
    void personsEachAloneInTheirCategoriesBesideTheirTeamsSizeAreNoTableOfGroups() {
        ClassificationResult r = FILES.file("rh_agents_microdonnees_equipes.csv");

        assertProtected(r.column("Jours d'arrêt maladie"));
    }

    /** A dependency level (GIR, groupe iso-ressources) written G1 to G6 under "Groupe" is no unit of the service. */
    @Test
    void aDependencyLevelWrittenAsAUnitCodeStaysProtected() {
        assertProtected(FILES.file("apa_beneficiaires_groupe.csv").column("Groupe"));
    }

    /** Regression: a wish to be recontacted by a psychiatric centre (CMP) tells the person is followed there. */
    @Test
    void aWishToBeRecontactedByAPsychiatricCentreStaysHeld() {
        assertProtected(FILES.file("consultation_recontact_cmp.csv").column("Souhaitez-vous être recontacté par le CMP ?"));
    }

    /**
     * Toddlers' birth dates (2022-2025) under a name that says nothing ("D1") in a crèche's requests of 2025: a
     * different day a child, but born too near the file's events for the birth-date profile (minYears before them).
     */
    @Test
    void toddlersBirthDatesUnderAnOpaqueNameAreNotLetThrough() {
        assertNotLetThrough(FILES.file("creche_demandes_date_opaque.csv").column("D1"));
    }

    /** Children's ages (4 to 17) under "Années" in a holiday centre's file: below the adults' range, still an age. */
    @Test
    void childrensAgesUnderAnUnreadNameAreNotLetThrough() {
        assertNotLetThrough(FILES.file("centre_loisirs_annees.csv").column("Années"));
    }

    /**
     * Where housing applicants come from, some of them prisons written as the prison service abbreviates them ("CP
     * Rennes-Vezin", "MA de Brest", "CD d'Argentan"): a release from prison is an offence's trace.
     */
    @Test
    void prisonsWrittenByTheirAbbreviationsAreSensitivePlaces() {
        assertProtected(FILES.file("logement_demandes_provenance.csv").column("Provenance"));
    }

    /**
     * An associations' directory whose contact is a person named in Cyrillic, with that person's mobile: the
     * organisation's file does not make its contact the organisation's.
     */
    @Test
    void aContactNamedInCyrillicInAnOrganisationsFileStaysAPerson() {
        ClassificationResult r = FILES.file("associations_contacts_cyrillique.csv");

        assertProtected(r.column("Contact"));
        assertNotLetThrough(r.column("Téléphone du contact"));
    }

    private static void assertNotLetThrough(ColumnClassification c) {
        assertThat(c.attributeType()).as(c.name()).isNotEqualTo(AttributeType.INSENSITIVE);
    }

    /**
     * A sensitive reading of a name that the values do not confirm is a doubt, not an answer: "Tranche" reads as a band
     * of a family quotient; coded 00-11 by the billing software, the codes fit no band shape the rules know, and the
     * column went out INSENSITIVE before failing closed could read it (found by reviewload25).
     */
    @Test
    void aPlainTrancheOfQuotientCodesIsNotLetThrough() {
        ColumnClassification c = FILES.file("periscolaire_tranches_codes.csv").column("Tranche");

        assertThat(c.attributeType()).as(c.evidence().toString()).isNotEqualTo(AttributeType.INSENSITIVE);
    }

    /**
     * Codes under a name the values do not bear out are as unknown as under no name: "Niveau" reads as a class level,
     * but 1 to 3 in a staff board's file may be the group of a sanction, and went out INSENSITIVE.
     */
    @Test
    void opaqueCodesUnderAnUnconfirmedNameAreNotLetThrough() {
        ClassificationResult r = FILES.file("conseil_agents_niveaux_lu.csv");

        assertThat(r.column("Niveau").attributeType()).as(r.column("Niveau").evidence().toString())
            .isNotEqualTo(AttributeType.INSENSITIVE);
        assertThat(r.column("Col1").infoType()).isEqualTo("NATIONAL_ID_NUMBER");
        assertThat(r.column("Établissement").domain()).isEqualTo(Domain.OFFENCE);
    }
}
