package fr.vigie.classify;

import static fr.vigie.classify.Fixtures.assertProtected;
import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import fr.vigie.model.Domain;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attacks on the mechanisms that release a column or make a whole file a place's: street furniture naming things, a key
 * named by the thing, units of measure, an animal's name, value shapes of persons and every script read; and three
 * exports of a clumsy department (a title cell above the header, footnote marks after every column's name, a column
 * blank on its first rows). Files in {@code src/test/resources/classify/attacks-31f/} (README there).
 */
class AttacksOnStop30MechanismsTest {
    private static final Fixtures.Folder FILES = Fixtures.folder("attacks-31f");

    @TempDir
    Path dir;

    private static void assertPersons(ClassificationResult r) {
        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PERSON);
        assertThat(r.dataset().personalData()).isTrue();
    }

    // ---- street furniture names things ----

    /** A family reunion where nearly everyone is a Fontaine or a Borne: the family names are persons', beside first names. */
    @Test
    void familyNamesThatAreStreetFurnitureWordsBesideFirstNamesStayNames() {
        ClassificationResult r = FILES.file("a31_cousinade_fontaine_inscriptions.csv");

        assertPersons(r);
        assertThat(r.column("Nom").attributeType()).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(r.column("Nom").infoType()).isEqualTo("PERSON_NAME");
    }

    /** Patients of one Italian family (Fontana), surname then first name in one column: no list of fountains. */
    @Test
    void surnameAndFirstNameOfAFamilyNamedFontanaAreAPatientsName() {
        ClassificationResult r = FILES.file("a31_pazienti_famiglia_fontana_it.csv");

        assertPersons(r);
        assertThat(r.column("Cognome e nome").attributeType()).isEqualTo(AttributeType.IDENTIFYING);
        assertProtected(r.column("Patologia"));
        assertThat(r.column("Patologia").domain()).isEqualTo(Domain.HEALTH);
    }

    /** Other side: a list of drinking fountains named after persons and places stays a list of places. */
    @Test
    void fountainsNamedAfterPersonsStayPlaces() {
        ClassificationResult r = FILES.file("a31_fontanelle_quartieri_it.csv");

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PLACE);
        assertThat(r.column("Denominazione").attributeType()).isEqualTo(AttributeType.INSENSITIVE);
    }

    /** The family names read beside first names need both lists, on a rule reading words: checked on load. */
    @Test
    void surnameWordsWithoutFirstNamesAreRejected() {
        Fixtures.assertRulesRejected(dir, Fixtures.minimalRules().replace("match: token}",
            "match: token, surnameWords: first-names}"), "valueRules[0].surnameWords", "go together");
        Fixtures.assertRulesRejected(dir, Fixtures.minimalRules().replace("match: token}",
            "match: exact, surnameWords: first-names, firstNames: first-names}"), "valueRules[0].surnameWords", "match: TOKEN");
    }

    /** Resisted: a care home's rooms named after fountains, the residents beside: the rows stay persons. */
    @Test
    void roomsNamedAfterFountainsDoNotMakeACareHomesResidentsPlaces() {
        ClassificationResult r = FILES.file("a31_ehpad_chambres_noms_de_fontaines.csv");

        assertPersons(r);
        assertThat(r.column("Résident").attributeType()).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(r.column("GIR").domain()).isEqualTo(Domain.HEALTH);
    }

    // ---- a key named by the thing ----

    /** Resisted: a parking meter's payments with the card number and the plate keep both protected. */
    @Test
    void aParkingMetersPaymentsKeepTheCardAndThePlate() {
        ClassificationResult r = FILES.file("a31_horodateurs_paiements_carte.csv");

        assertThat(r.dataset().personalData()).isTrue();
        assertThat(r.column("numero_carte").attributeType()).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(r.column("immatriculation").attributeType()).isEqualTo(AttributeType.IDENTIFYING);
    }

    /** A payment by card at a parking meter is the card holder's: the file is not one of places, its amounts not released. */
    @Test
    void aParkingMetersPaymentsByCardAreTheCardHoldersNotAPlaces() {
        ClassificationResult r = FILES.file("a31_horodateurs_paiements_carte.csv");

        assertThat(r.dataset().dataSubject()).isNotEqualTo(DataSubject.PLACE);
        Fixtures.assertNotReleased(r.column("montant"));
    }

    // ---- units of measure ----

    /** Resisted: an hourly rate, an income in k€ a year and a pension in k€ stay a person's money. */
    @Test
    void moneyPerHourAndInThousandsStaysAPersonsMoney() {
        ClassificationResult r = FILES.file("a31_agents_unites_argent.csv");

        for (String name : new String[] {"Taux horaire (€/h)", "Revenu (k€/an)", "Pension (k€)"}) {
            assertThat(r.column(name).domain()).as(name).isEqualTo(Domain.FINANCIAL);
        }
    }

    /** Resisted: a child's age in months, weight, disability rate, blood sugar and a dose keep their reading. */
    @Test
    void aChildsMeasuresWithTheirUnitsStayAgeAndHealth() {
        ClassificationResult r = FILES.file("a31_pmi_consultations_unites.csv");

        assertThat(r.column("Âge (mois)").attributeType()).isEqualTo(AttributeType.QUASI_IDENTIFYING);
        for (String name : new String[] {"Poids (kg)", "Taux d'incapacité (%)", "Glycémie (mg/dl)", "Dose Doliprane (ml)"}) {
            assertThat(r.column(name).domain()).as(name).isEqualTo(Domain.HEALTH);
        }
    }

    /** A sentence's measures with their units (months of prison, hours of community service) are no thing's. */
    @Test
    void aSentencesMeasuresWithTheirUnitsAreNotReleased() {
        ClassificationResult r = FILES.file("a31_spip_suivi_mesures_unites.csv");

        assertThat(r.column("Peine (mois)").domain()).isEqualTo(Domain.OFFENCE);
        assertProtected(r.column("Alcoolémie (g/l)"));
        assertProtected(r.column("TIG (heures)"));
    }

    // ---- an animal's name ----

    /** Resisted: a guide dog's name is the dog's; its blind owner's name, disability and phone stay protected. */
    @Test
    void aGuideDogsOwnerStaysProtected() {
        ClassificationResult r = FILES.file("a31_chiens_guides_beneficiaires.csv");

        assertThat(r.column("Nom du maître").attributeType()).isEqualTo(AttributeType.IDENTIFYING);
        assertProtected(r.column("Déficience"));
        assertThat(r.column("Téléphone").attributeType()).isEqualTo(AttributeType.IDENTIFYING);
    }

    /** An animal's name written with its owner's in brackets ("Rex (MARTIN Louise)") holds a person's name. */
    @Test
    void anAnimalsNameWrittenWithItsOwnersIsNotReleased() {
        assertProtected(FILES.column("a31_fourriere_animal_et_proprietaire.csv", "Nom animal"));
    }

    // ---- every script read ----

    /** Resisted: zero-width characters, a byte-order mark, directional marks and a no-break space around headers: none released. */
    @Test
    void invisibleCharactersAroundHeadersDoNotHideTheirNames() {
        ClassificationResult r = FILES.file("a31_entetes_caracteres_invisibles.csv");

        assertPersons(r);
        for (ColumnClassification c : r.columns()) {
            Fixtures.assertNotReleased(c);
        }
        assertThat(r.columns()).filteredOn(c -> c.domain() == Domain.HEALTH).hasSize(1);
    }

    /** Resisted: Latin transliterations under Cyrillic headers, and a cell mixing Latin and Cyrillic. */
    @Test
    void transliteratedNamesUnderCyrillicHeadersStayNames() {
        ClassificationResult r = FILES.file("a31_translit_entetes_cyrilliques.csv");

        assertThat(r.column("ФИО").attributeType()).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(r.column("Родственник").attributeType()).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(r.column("Диагноз").domain()).isEqualTo(Domain.HEALTH);
    }

    // ---- a clumsy department ----

    /** Resisted: a header on the second line under a merged title cell: the columns are still read. */
    @Test
    void aHeaderUnderAMergedTitleCellIsStillRead() {
        ClassificationResult r = FILES.file("a31_rsa_titre_fusionne.csv");

        assertPersons(r);
        assertThat(r.column("NIR").attributeType()).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(r.column("Montant RSA (€)").domain()).isEqualTo(Domain.FINANCIAL);
    }

    /** Resisted: footnote marks after every column's name (`Nom*`, `Âge (1)`, `Date de naissance²`). */
    @Test
    void footnoteMarksAfterColumnNamesDoNotHideThem() {
        ClassificationResult r = FILES.file("a31_notes_de_bas_de_page.csv");

        assertThat(r.column("Nom*").attributeType()).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(r.column("Âge (1)").attributeType()).isEqualTo(AttributeType.QUASI_IDENTIFYING);
        assertThat(r.column("Diagnostic (a)").domain()).isEqualTo(Domain.HEALTH);
        assertThat(r.column("Religion (2)").domain()).isEqualTo(Domain.SPECIAL_CATEGORY);
        assertThat(r.column("Revenu fiscal de référence**").domain()).isEqualTo(Domain.FINANCIAL);
    }

    /** Resisted: a file sorted so that its health columns are blank on the first 1,500 rows: blanks are not sampled. */
    @Test
    void aColumnBlankOnItsFirstRowsIsReadFromItsFilledRows() {
        ClassificationResult r = FILES.file("a31_inscrits_tri_blancs_en_tete.csv");

        assertThat(r.column("pathologie").domain()).isEqualTo(Domain.HEALTH);
        assertProtected(r.column("pai"));
    }
}
