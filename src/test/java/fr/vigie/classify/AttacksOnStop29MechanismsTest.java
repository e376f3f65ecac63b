package fr.vigie.classify;

import static fr.vigie.classify.Fixtures.assertNotReleased;
import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import fr.vigie.model.Domain;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attacks on the mechanisms that release a column or a whole file: a project's budget, the filled grid of areas by
 * periods and the register of streets, the long numbers' exception for a measure, the things of the service, months
 * written by their name, money of other countries, era dates, the persons' own numbers; and three exports of a clumsy
 * department (a list of names in one cell, a header repeated at each page, a name with its birth date in brackets).
 * Files in {@code src/test/resources/classify/attacks-30b/} (README there).
 */
class AttacksOnStop29MechanismsTest {
    private static final Fixtures.Folder FILES = Fixtures.folder("attacks-30b");

    @TempDir
    Path dir;

    private static void assertPersonsMoney(ColumnClassification c) {
        assertThat(c.attributeType()).as(c.name()).isEqualTo(AttributeType.SENSITIVE);
        assertThat(c.domain()).as(c.name()).isEqualTo(Domain.FINANCIAL);
    }

    private static void assertPersons(ClassificationResult r) {
        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PERSON);
        assertThat(r.dataset().personalData()).isTrue();
    }

    // ---- a project's budget ----

    /** A micro-credit finances the borrower's own purchase (a car, a deposit): the project's budget is their money. */
    @Test
    void aBudgetOfAProjectFinancedByALoanToThePersonIsTheirMoney() {
        assertPersonsMoney(FILES.column("a30_microcredit_projets_personnels.csv", "Budget du projet (€)"));
    }

    /** A disability compensation's budget beside the person's life project (projet de vie) is not released. */
    @Test
    void aBudgetInAFileRecordingADisabilitysCompensationIsNotReleased() {
        ColumnClassification c = FILES.column("a30_pch_projet_de_vie.csv", "Budget annuel (€)");

        assertNotReleased(c);
        assertThat(c.domain()).isIn(Domain.HEALTH, Domain.FINANCIAL);
    }

    /** A budget beside a project with no grant asked or given in the file is what the person is allotted. */
    @Test
    void aBudgetWithNoFundingAskedBesideIsThePersonsAllotment() {
        assertPersonsMoney(FILES.column("a30_care_project_budget_en.csv", "Budget"));
    }

    /** Other side: a young person's project, its total budget and the grant asked: the budget is the project's. */
    @Test
    void aYoungPersonsProjectBudgetBesideTheGrantAskedStaysReleased() {
        ClassificationResult r = FILES.file("a30_iniciativas_jovenes_presupuesto_es.csv");

        assertThat(r.column("Presupuesto total (€)").attributeType()).isEqualTo(AttributeType.INSENSITIVE);
        assertPersonsMoney(r.column("Ayuda solicitada (€)"));
    }

    /** Other side: associations' projects are no persons'. */
    @Test
    void anAssociationsProjectBudgetStaysReleased() {
        assertThat(FILES.column("a30_associations_projets_budget.csv", "Budget total (€)").attributeType())
            .isEqualTo(AttributeType.INSENSITIVE);
    }

    /** The words of a loan to the person must not be a budget's own words. */
    @Test
    void loanWordsThatAreBudgetWordsAreRefusedOnLoad() throws IOException {
        Fixtures.assertProjectRulesRejected(dir, y -> y.replace("loanWords: [pret,", "loanWords: [budget, pret,"),
            "context.money.projectBudgets.loanWords", "budget");
    }

    // ---- grids of areas by periods, registers of streets ----

    /** Resisted: care visits and a blood sugar per hamlet and month keep the rows persons. */
    @Test
    void careAndABloodSugarPerHamletAndMonthStayPersons() {
        ClassificationResult r = FILES.file("a30_lieux_dits_soins_par_mois.csv");

        assertPersons(r);
        assertThat(r.column("Glycémie à jeun (g/L)").domain()).isEqualTo(Domain.HEALTH);
        assertNotReleased(r.column("Passages SSIAD"));
    }

    /** Resisted: a care home's rooms by month with a weight are residents, not areas. */
    @Test
    void aCareHomesRoomsByMonthWithAWeightStayPersons() {
        ClassificationResult r = FILES.file("a30_chambres_ehpad_pesees_mensuelles.csv");

        assertPersons(r);
        assertThat(r.column("Poids (kg)").domain()).isEqualTo(Domain.HEALTH);
        assertNotReleased(r.column("Chutes"));
    }

    /** Resisted: one beneficiary per sector followed each month, a trait the same each month, stays persons. */
    @Test
    void aSectorsGridWithATraitTheSameEachMonthStaysPersons() {
        for (String f : new String[] {"a30_secteurs_mois_gir.csv", "a30_secteurs_mois_annee_naissance.csv",
                "a30_secteurs_mois_regime.csv", "a30_secteurs_mois_prestation.csv"}) {
            ClassificationResult r = FILES.file(f);
            assertThat(r.dataset().dataSubject()).as(f).isEqualTo(DataSubject.PERSON);
            r.columns().subList(5, 6).forEach(Fixtures::assertNotReleased);
        }
        assertThat(FILES.column("a30_secteurs_mois_gir.csv", "GIR").domain()).isEqualTo(Domain.HEALTH);
        assertThat(FILES.column("a30_secteurs_mois_annee_naissance.csv", "Né(e) en").attributeType())
            .isEqualTo(AttributeType.QUASI_IDENTIFYING);
    }

    /** Resisted: a heat-wave register by street, one person a street and their device, is no register of streets. */
    @Test
    void aHeatWaveRegisterByStreetIsNoStreetRegister() {
        ClassificationResult r = FILES.file("a30_registre_canicule_par_voie.csv");

        assertPersons(r);
        assertThat(r.column("Appareillage").domain()).isEqualTo(Domain.HEALTH);
        assertThat(r.column("Voie").attributeType()).isEqualTo(AttributeType.IDENTIFYING);
    }

    /** Resisted: lanes named after the family living there are no namesakes: the family and its phone stay. */
    @Test
    void lanesNamedAfterTheFamilyLivingThereStayPersons() {
        ClassificationResult r = FILES.file("a30_voies_familles_habitantes.csv");

        assertPersons(r);
        assertThat(r.column("Famille").attributeType()).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(r.column("Téléphone").attributeType()).isEqualTo(AttributeType.IDENTIFYING);
    }

    // ---- long numbers and their measure ----

    /** Resisted: account numbers under Total, phones without separators under Valeur, long numbers under Nb. */
    @Test
    void longNumbersUnderAMeasuresOrATotalsNameAreNotReleased() {
        ClassificationResult r = FILES.file("a30_abonnes_eau_total_valeur.csv");

        assertNotReleased(r.column("Total"));
        assertThat(r.column("Valeur").attributeType()).isEqualTo(AttributeType.IDENTIFYING);
        assertNotReleased(r.column("Nb"));
        assertThat(r.column("Index (m3)").attributeType()).isEqualTo(AttributeType.INSENSITIVE);
    }

    // ---- things of the service ----

    /** Resisted: an assistance dog, an emergency shelter, a powered wheelchair keep their columns held. */
    @Test
    void thingsOfTheServiceThatTellADisabilityOrAHardshipAreNotReleased() {
        ClassificationResult r = FILES.file("a30_animaux_logement_vehicule_aides.csv");

        assertThat(r.column("Animaux").domain()).isEqualTo(Domain.HEALTH);
        assertNotReleased(r.column("Type de logement"));
        assertNotReleased(r.column("Véhicule"));
    }

    // ---- months, money, dates, numbers of persons ----

    /** Resisted: a birth month by its name beside a birth year is the birth date, not a period. */
    @Test
    void aBirthMonthByItsNameIsTheBirthDate() {
        ColumnClassification c = FILES.column("a30_adherents_mois_de_naissance.csv", "Mois de naissance");

        assertThat(c.attributeType()).isEqualTo(AttributeType.QUASI_IDENTIFYING);
        assertThat(c.infoType()).isEqualTo("DATE_OF_BIRTH");
    }

    /** Resisted: a month of death beside a name keeps the file about persons (the corpus releases dates of death). */
    @Test
    void aMonthOfDeathKeepsTheFileAboutPersons() {
        ClassificationResult r = FILES.file("a30_concessions_mois_deces.csv");

        assertPersons(r);
        assertThat(r.column("Défunt").attributeType()).isEqualTo(AttributeType.IDENTIFYING);
    }

    /** Resisted: a sole trader's yearly income in Chilean pesos among shops is their money. */
    @Test
    void aSoleTradersIncomeInPesosAmongShopsIsTheirMoney() {
        assertPersonsMoney(FILES.column("a30_comercios_ingresos_cl.csv", "Ingresos anuales"));
    }

    /** Resisted: Shōwa and Heisei birth dates under a lost header are birth dates. */
    @Test
    void eraBirthDatesUnderALostHeaderAreBirthDates() {
        assertThat(FILES.column("a30_riyosha_era_column2_jp.csv", "Column2").infoType()).isEqualTo("DATE_OF_BIRTH");
    }

    /** Resisted: wards named after historical persons: a ward under its name, never released under another. */
    @Test
    void wardsNamedAfterHistoricalPersonsAreNotReleased() {
        ClassificationResult r = FILES.file("a30_phuong_ten_danh_nhan_vn.csv");

        assertThat(r.column("Phường").infoType()).isEqualTo("NEIGHBOURHOOD");
        assertNotReleased(r.column("Khu vực"));
    }

    /** Resisted: a micro-entrepreneur's SIREN identifies them; under an unread name it is never released. */
    @Test
    void aSoleTradersSirenStaysIdentifying() {
        assertThat(FILES.column("a30_microentrepreneurs_siren.csv", "SIREN").attributeType())
            .isEqualTo(AttributeType.IDENTIFYING);
        assertThat(FILES.column("a30_marches_abonnes_identifiant.csv", "Identifiant").attributeType())
            .isEqualTo(AttributeType.IDENTIFYING);
    }

    // ---- a clumsy department ----

    /** Resisted: a cell listing the participants, comma-joined and quoted, names persons. */
    @Test
    void aCellListingTheParticipantsNamesPersons() {
        ColumnClassification c = FILES.column("a30_ateliers_liste_participants.csv", "Participants");

        assertThat(c.attributeType()).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(c.infoType()).isEqualTo("PERSON_NAME");
    }

    /** Resisted: a header repeated at every page break is no row, and the columns keep their reading. */
    @Test
    void aHeaderRepeatedAtEachPageIsNoRow() {
        ClassificationResult r = FILES.file("a30_aides_export_entete_repetee.csv");

        assertThat(r.rows()).isEqualTo(150L);
        assertThat(r.column("NIR").infoType()).isEqualTo("FR_NIR");
        assertThat(r.column("Téléphone").infoType()).isEqualTo("PHONE_NUMBER");
        assertThat(r.column("Date de naissance").infoType()).isEqualTo("DATE_OF_BIRTH");
        assertPersonsMoney(r.column("Montant aide (€)"));
    }

    /** Resisted: NOM Prénom (birth date) in one cell is a person's name. */
    @Test
    void aNameWithItsBirthDateInBracketsIsIdentifying() {
        assertThat(FILES.column("a30_usagers_nom_prenom_date.csv", "Usager").attributeType())
            .isEqualTo(AttributeType.IDENTIFYING);
    }
    // ---- a unit in a file of persons with no staff ----

    /** The service a person receives, home nursing (SSIAD) or hospital at home among meals and alarms, tells health. */
    @Test
    void aHomeNursingServiceAmongServicesReceivedIsNoOrganisationsName() {
        ColumnClassification c = FILES.column("a30_usagers_service_rendu.csv", "Service");

        assertNotReleased(c);
        assertThat(c.domain()).isEqualTo(Domain.HEALTH);
    }

    // ---- places of works and events, lost headers ----

    /** Resisted: a private owner's worksite (a renovation aid) is their home address. */
    @Test
    void aPrivateOwnersWorksiteIsTheirHome() {
        assertThat(FILES.column("a30_renovation_adresse_chantier.csv", "Adresse du chantier").attributeType())
            .isEqualTo(AttributeType.IDENTIFYING);
    }

    /** Resisted: the place of an event a private person declares at home is their address. */
    @Test
    void thePlaceOfAPrivatePersonsEventIsTheirAddress() {
        assertThat(FILES.column("a30_declarations_evenements_particuliers.csv", "Lieu de l'événement").attributeType())
            .isEqualTo(AttributeType.IDENTIFYING);
    }

    /** Resisted: children's birth years under a lost header (spread under 30 years) are not released as years. */
    @Test
    void childrensBirthYearsUnderALostHeaderAreNotReleased() {
        assertNotReleased(FILES.column("a30_enfants_annee_colonne_sans_nom.csv", "Unnamed: 2"));
    }

    /** Resisted in part: names one per line in a cell are held (not read as names, never released). */
    @Test
    void namesOnePerLineInACellAreNotReleased() {
        assertNotReleased(FILES.column("a30_sorties_inscrits_cellule_multiligne.csv", "Inscrits"));
    }
    /** Lanes named after the family living there, the family and the year it settled: residents, no namesakes. */
    @Test
    void theFamilyLivingInALaneNamedAfterItIsNoNamesake() {
        ClassificationResult r = FILES.file("a30_voies_familles_installation.csv");

        assertPersons(r);
        assertNotReleased(r.column("Famille"));
    }

    /** Resisted: a sector's referent and their phone, the same every month in a filled grid, are not released. */
    @Test
    void aSectorsReferentTheSameEachMonthIsNotReleased() {
        ClassificationResult r = FILES.file("a30_secteurs_mois_referent_constant.csv");

        assertThat(r.column("Référent de secteur").attributeType()).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(r.column("Téléphone référent").attributeType()).isEqualTo(AttributeType.IDENTIFYING);
    }

    /** The words of those who live in a street must be words: an empty list says nothing. */
    @Test
    void residentWordsMustNotBeEmpty() throws IOException {
        Fixtures.assertProjectRulesRejected(dir, y -> y.replaceAll("residentWords: \\[[^\\]]*\\]", "residentWords: []"),
            "dataSubject.areaTables.streetRegisters.residentWords", "at least one word");
    }
}
