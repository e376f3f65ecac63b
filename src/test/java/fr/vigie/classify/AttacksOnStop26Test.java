package fr.vigie.classify;

import static fr.vigie.classify.Fixtures.assertProtected;
import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import fr.vigie.model.Domain;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Attacks of a clumsy department on stop 26's rules: spreadsheet habits in the cells (invisible characters,
 * non-breaking spaces, Excel's text prefix), files written one row per field (transposed, key and value), special
 * categories under bland headers, a few sensitive values among many, other scripts. Files in
 * {@code src/test/resources/classify/attacks-26/} (README there). The attacks the classifier already resisted are kept
 * as regression tests.
 */
class AttacksOnStop26Test {
    private static final Fixtures.Folder FILES = Fixtures.folder("attacks-26");

    /**
     * A phone number with a zero-width space inside (pasted from a web page or a chat), a phone number padded and
     * separated with non-breaking spaces (a spreadsheet's number format), phone and NIR numbers kept as text by Excel's
     * leading apostrophe or a {@code ="..."} formula, under names no rule reads: the characters a spreadsheet adds
     * are no part of the value.
     */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"suivi_confusables.csv, Joindre", "espaces_insecables_agents.csv, Ligne",
        "iscritti_formule_excel.csv, Recapito", "iscritti_formule_excel.csv, Codice"})
    void identifiersWrittenWithASpreadsheetsInvisibleCharactersStayProtected(String name, String column) {
        assertProtected(FILES.file(name).column(column));
    }

    /**
     * A file written one row per field and one column per person (a form exported transposed): its first column
     * names the fields (name, birth date, phone, religion, disability), each other column is one person's record.
     */
    @Test
    void aTransposedFileOfPersonsRecordsIsPersonalData() {
        ClassificationResult r = FILES.file("dossiers_transposes.csv");

        assertThat(r.dataset().personalData()).isTrue();
        for (int i = 1; i <= 8; i++) {
            ColumnClassification c = r.column("Dossier " + i);
            assertProtected(c);
            assertThat(c.reviewNeeded()).as(c.name()).isTrue();
        }
    }

    /** A key and value file (attribute, value): the value column carries a name, a mobile, a diagnosis, a religion. */
    @Test
    void theValueColumnOfAKeyValueFileCarriesTheFieldsItsKeysName() {
        ClassificationResult r = FILES.file("client_attributes_key_value_en.csv");

        assertProtected(r.column("value"));
        assertThat(r.column("value").reviewNeeded()).isTrue();
        assertThat(r.dataset().domains()).contains(Domain.HEALTH);
    }

    /** Regression: one person's form as "Rubrique;Réponse" (seven fields, one value each) is read like a key-value file. */
    @Test
    void onePersonsFormAsFieldAndAnswerIsHeld() {
        ClassificationResult r = FILES.file("formulaire_une_personne.csv");

        assertProtected(r.column("Réponse"));
        assertThat(r.column("Réponse").reviewNeeded()).isTrue();
    }

    /** Regression: a NIR and an IBAN each split over two columns under bland names are still held as keys. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"Clé 1", "Clé 2", "Compte - partie 1", "Compte - partie 2"})
    void identifiersSplitOverTwoColumnsStayProtected(String column) {
        assertProtected(FILES.file("beneficiaires_colonnes_coupees.csv").column(column));
    }

    /** Regression (cost check): the keys of an application's settings name no person's field; nothing is raised. */
    @Test
    void aSettingsFileOfKeysAndValuesIsNotRaised() {
        ClassificationResult r = FILES.file("parametres_application.csv");

        assertThat(r.column("valeur").attributeType()).isEqualTo(AttributeType.INSENSITIVE);
    }

    /**
     * Regression (cost check): an audit log naming the field each change touched keeps its timestamp and its count as
     * they were: they are known columns, not the values of the fields named.
     */
    @Test
    void anAuditLogNamingTheFieldsChangedKeepsItsKnownColumns() {
        ClassificationResult r = FILES.file("journal_modifications_champs.csv");

        assertThat(r.column("horodatage").attributeType()).isEqualTo(AttributeType.INSENSITIVE);
        assertThat(r.column("nb_modifications").attributeType()).isEqualTo(AttributeType.INSENSITIVE);
    }

    /** Regression: religions, unions and ICD-10 codes under "Info", "Divers", "Code" (German) are read by their values. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"Info", "Divers", "Code"})
    void specialCategoriesUnderBlandGermanHeadersStayProtected(String column) {
        assertProtected(FILES.file("mitarbeiter_sonstiges_de.csv").column(column));
    }

    /**
     * Regression: a few sensitive values among many ordinary ones (Spanish remarks, 5 %), diagnoses among a
     * spreadsheet's error marks, diagnoses typed in capitals with a Turkish dotted İ, offences under "Category",
     * free text with phones in words and obfuscated mails, a phone that lost its leading zero, a second header
     * glued midway over diagnoses.
     */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"voluntarios_obs_es.csv, Obs", "export_tableur_marques.csv, Champ 3",
        "suivi_majuscules_turques.csv, OBSERVATION", "volunteer_checks_en.csv, Category",
        "rappels_texte_libre.csv, Commentaire", "volunteers_lost_zero.csv, Contact", "deux_exports_colles.csv, column_3",
        "suivi_confusables.csv, Suivi"})
    void sensitiveValuesWrittenClumsilyStayProtected(String name, String column) {
        assertProtected(FILES.file(name).column(column));
    }

    /**
     * A mobile typed with an Asian keyboard's full-width digits ({@code ０６１２…}) under "Joignable", and one in
     * Arabic-Indic digits under "Numéro 2": the same number in other digits.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"Joignable", "Numéro 2"})
    void aPhoneWrittenInOtherDigitsStaysProtected(String column) {
        assertProtected(FILES.file("cours_langues_chiffres_larges.csv").column(column));
    }

    /**
     * The decisions on a psychiatric placement without consent (German PsychKG: "angenommen", "abgelehnt" under
     * "Entscheidung"), the procedure named by the file only: health data, not the harmless outcome of a request.
     */
    @Test
    void theDecisionsOfAPsychiatricPlacementWithoutConsentStayProtected() {
        ClassificationResult r = FILES.file("unterbringung_psychkg_entscheidungen.csv");

        // Held for review (SENSITIVE): failClosed.procedureNames blocks the release; it gives no domain to a held column.
        assertProtected(r.column("Entscheidung"));
        assertThat(r.column("Entscheidung").reviewNeeded()).isTrue();
    }

    /**
     * Cases of occupational disease (French) and injuries at work reported under RIDDOR (English), one case a row, with
     * the employer's SIRET, company name and legal form, no column naming the worker: the organisation is the rows'
     * employer, the same one coming back on many rows, and the disease or injury is the worker's health.
     */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"maladies_professionnelles_entreprises.csv, Affection", "riddor_reports_by_employer_en.csv, Injury or Disease"})
    void casesOfWorkersKeyedByTheirEmployerArePersonsHealth(String name, String column) {
        ClassificationResult r = FILES.file(name);

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PERSON);
        assertThat(r.dataset().personalData()).isTrue();
        assertProtected(r.column(column));
    }

    /**
     * The working days a worker lost to an injury at work ("Days Lost", the HSE's term in RIDDOR statistics), 0 to 60,
     * beside the injury: a duration of incapacity for work is the worker's health, not a count of the service's.
     */
    @Test
    void theDaysAWorkerLostToAnInjuryStayProtected() {
        assertProtected(FILES.file("riddor_reports_by_employer_en.csv").column("Days Lost"));
    }

    /**
     * A home nursing service's rounds (SSIAD), one beneficiary a row keyed by "Réf bénéficiaire", the hours of the visits
     * written as opening hours ("du lundi au samedi", "7j/7"), the care given (insulin injection, psychiatric
     * treatment): a key named for a person's file makes the rows persons, whatever the hours look like.
     */
    @Test
    void aKeyNamedForABeneficiaryMakesTheRowsPersonsBesideHoursOfVisits() {
        ClassificationResult r = FILES.file("ssiad_tournees_beneficiaires.csv");

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PERSON);
        assertThat(r.dataset().personalData()).isTrue();
        assertProtected(r.column("Soins"));
    }

    /** Regression: the same rounds in English ("Service User ID", "Visit Times", "Care Task") are held. */
    @Test
    void homeCareVisitsInEnglishStayHeld() {
        assertProtected(FILES.file("homecare_client_visits_en.csv").column("Care Task"));
    }

    /** Regression (cost check): employers' returns, one employer a row (each SIRET once), stay an organisation file. */
    @Test
    void employersReturnsOneEmployerARowStayOrganisations() {
        ClassificationResult r = FILES.file("cotisations_employeurs.csv");

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.ORGANISATION);
        assertThat(r.dataset().personalData()).isFalse();
    }

    /**
     * Rooms of care homes, one resident a row with no column naming the resident: the home's FINESS number and name
     * (three homes, each on many rows), the room, the dependency level (GIR), the entry date, social aid (ASH), the
     * pathology under "Unité". Read as a list of places, its GIR, pathology and aid are released as the places' own.
     */
    /**
     * Care-home residents filed under their home's FINESS, with no column naming them: the same facility on many rows
     * beside a dependency level, a pathology and a social aid says the rows are the persons each home holds, not the
     * homes (a list of places names each place once).
     */
    @Disabled("open: a place on many rows beside a column of words read with a domain, read as persons, passes this "
        + "test but reads a hospital's wards by service, medico-social establishments by site and polling stations' "
        + "results as persons too (development macro-F1 0.890 to 0.885, round 5 0.905 to 0.872): nothing in the "
        + "structure tells residents of a home from the wards of a hospital, and no column here names a person")
    @Test
    void residentsOfCareHomesKeyedByTheirHomeAreNoListOfPlaces() {
        ClassificationResult r = FILES.file("occupation_chambres_ehpad.csv");

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PERSON);
        assertProtected(r.column("Niveau"));
        assertProtected(r.column("Unité"));
        assertProtected(r.column("ASH"));
    }

    /** The cost check: a list of care homes, each once, with its capacity and its kind of care, stays a list of places. */
    @Test
    void aListOfCareHomesEachOnceStaysAListOfPlaces() {
        ClassificationResult r = FILES.file("ehpad_annuaire_places.csv");

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PLACE);
        assertThat(r.dataset().personalData()).isFalse();
    }
}
