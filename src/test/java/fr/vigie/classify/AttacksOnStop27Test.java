package fr.vigie.classify;

import static fr.vigie.classify.Fixtures.assertProtected;
import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import fr.vigie.model.Domain;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Attacks of a clumsy department on stop 27's rules: pupils' and users' numbers that look like ICD-10 codes, a
 * midwife's follow-up as a yes/no, a person's fields flattened as {@code key=value} pairs in one cell, and the
 * birth date split over three columns, a child named by initials, an English school's year groups, and the
 * spreadsheet habits the classifier already resisted (a group row above the header, merged cells, sparse remarks,
 * units in the header, abbreviated diagnoses, mojibake, capitals without accents, a wide file, a legend of codes).
 * Files in {@code src/test/resources/classify/attacks-27/} (README there).
 */
class AttacksOnStop27Test {
    private static final Fixtures.Folder FILES = Fixtures.folder("attacks-27");

    @TempDir
    Path dir;

    /**
     * A letter and four digits different on every row ({@code S5000}, {@code P1042}, {@code U7003}) is a record key,
     * not a column of ICD-10 codes written without their dot: a pupil's sanctions keyed so are personal data.
     */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"college_sanctions_eleves.csv, Elève", "school_exclusions_log_en.csv, Pupil",
        "vie_scolaire_incidents_sans_classe.csv, Jeune", "centre_sante_codage_prefixe.csv, Usager"})
    void aSeriesOfKeysLookingLikeIcd10CodesIdentifiesThePerson(String file, String column) {
        ColumnClassification c = FILES.file(file).column(column);

        assertThat(c.attributeType()).as(c.name()).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(FILES.file(file).dataset().personalData()).isTrue();
    }

    /** The offences keyed by such numbers keep their domain; the file's codes with a label stay health. */
    @Test
    void theMattersBesideTheKeysKeepTheirDomains() {
        assertThat(FILES.file("vie_scolaire_incidents_sans_classe.csv").dataset().domains()).contains(Domain.OFFENCE)
            .doesNotContain(Domain.HEALTH);
        ColumnClassification coded = FILES.column("centre_sante_codage_prefixe.csv", "Motif codé");
        assertProtected(coded);
        assertThat(coded.domain()).isEqualTo(Domain.HEALTH);
    }

    /** Look-alike: fracture codes without a dot ({@code S5250}) repeated over a ward's patients are still ICD-10. */
    @Test
    void repeatedIcd10CodesWithoutTheirDotStayDiagnoses() {
        ColumnClassification c = FILES.column("urgences_traumatologie_codes.csv", "Code");

        assertThat(c.infoType()).isEqualTo("ICD10_CODE");
        assertThat(c.domain()).isEqualTo(Domain.HEALTH);
    }

    /** A midwife's follow-up or the prenatal interview as a yes/no beside a pregnancy: health, not free text. */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"pmi_suivi_grossesses.csv, Suivi sage-femme", "pmi_suivi_grossesses.csv, Entretien prénatal précoce",
        "fruehe_hilfen_hebamme_de.csv, Familienhebamme"})
    void aMidwifesFollowUpIsHealth(String file, String column) {
        ColumnClassification c = FILES.column(file, column);

        assertThat(c.attributeType()).as(c.name()).isEqualTo(AttributeType.SENSITIVE);
        assertThat(c.domain()).isEqualTo(Domain.HEALTH);
    }

    /** A yes/no under a name of comments ("Suivi", "Avis") is no free text; sentences under it still are. */
    @Test
    void aYesNoIsNoFreeTextButSentencesAre() {
        assertThat(Fixtures.column("Suivi", "Oui", "Non", "Non").infoType()).isNotEqualTo("FREE_TEXT");
        assertThat(Fixtures.column("Suivi", "Rappel prévu la semaine prochaine pour le dossier",
            "Courrier envoyé au demandeur le 12 mars", "Attente de la pièce manquante depuis avril",
            "Dossier transmis au service instructeur pour avis").infoType()).isEqualTo("FREE_TEXT");
    }

    /** A person's fields flattened as {@code key=value} pairs in one cell: the keys name a disability. */
    @Test
    void keyValuePairsInACellAreReadAsColumnNames() {
        ColumnClassification c = FILES.column("export_portail_attributs.csv", "attributs");

        assertProtected(c);
        assertThat(c.domain()).isEqualTo(Domain.HEALTH);
    }

    /** Look-alike: settings written as pairs ({@code theme=dark;lang=fr}) name nothing about a person. */
    @Test
    void settingsWrittenAsPairsStayOrdinary() {
        ColumnClassification c = Fixtures.column("preferences", "theme=dark;lang=fr;page=accueil",
            "theme=light;lang=en;page=agenda", "theme=dark;lang=de;page=carte");

        assertThat(c.attributeType()).isNotIn(AttributeType.IDENTIFYING, AttributeType.SENSITIVE);
    }

    /**
     * The same file is personal data: the pairs' keys name the person (nom=, prenom=), though a dictionary read the
     * disability from the cells' words first; the column is the person's record, identifying with its health domain.
     */
    @Test
    void aFileOfKeyValuePairsNamingAPersonIsPersonalData() {
        ClassificationResult r = FILES.file("export_portail_attributs.csv");

        assertThat(r.dataset().personalData()).isTrue();
        assertThat(r.column("attributs").attributeType()).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(r.column("attributs").domain()).isEqualTo(Domain.HEALTH);
    }

    /** A birth date split over Jour / Mois / Année: the day and the month beside the year are the birth date's. */
    @Test
    void aBirthDateSplitInThreeColumnsIsProtectedWhole() {
        ClassificationResult r = FILES.file("liste_electorale_extrait_dn_eclatee.csv");

        assertThat(r.column("Jour").infoType()).isEqualTo("DATE_OF_BIRTH");
        assertThat(r.column("Mois").infoType()).isEqualTo("DATE_OF_BIRTH");
        assertThat(r.column("Jour").attributeType()).isEqualTo(AttributeType.QUASI_IDENTIFYING);
    }

    /** Look-alike: an appointment's day and month beside a full birth date are no parts of it. */
    @Test
    void aDayAndAMonthBesideAFullBirthDateAreNoPartsOfIt() {
        ClassificationResult r = FILES.file("permanence_juridique_rdv.csv");

        assertThat(r.column("Jour").infoType()).isNotEqualTo("DATE_OF_BIRTH");
        assertThat(r.column("Mois").infoType()).isNotEqualTo("DATE_OF_BIRTH");
    }

    /** A child named by initials only ("M.D.") under a role word ("Enfant") beside the class identifies the child. */
    @Test
    void initialsUnderAPersonsRoleIdentifyThePerson() {
        ColumnClassification c = FILES.column("cantine_inscrits_initiales_pai.csv", "Enfant");

        assertThat(c.attributeType()).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(c.infoType()).isEqualTo("PERSON_NAME");
    }

    /** Look-alike: a yes/no under a role word is no name. */
    @Test
    void aYesNoUnderARoleWordIsNoName() {
        assertThat(Fixtures.column("Enfant", "Oui", "Non", "Non").infoType()).isNotEqualTo("PERSON_NAME");
    }

    /** An English school's year groups ("Y7", "Year 10") locate the pupil, like a French class level. */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"school_exclusions_log_en.csv, Year group", "pupil_census_extract_en.csv, NCY"})
    void yearGroupsOfEnglishSchoolsAreClassLevels(String file, String column) {
        ColumnClassification c = FILES.column(file, column);

        assertThat(c.attributeType()).isEqualTo(AttributeType.QUASI_IDENTIFYING);
        assertThat(c.infoType()).isEqualTo("SCHOOL");
    }

    /** A ';' file whose quoted cells hold JSON with commas was sniffed as ',' and read as personalData: false. */
    @Test
    void jsonCellsInASemicolonFileAreRead() {
        assertThat(FILES.file("demandes_logement_json.csv").dataset().personalData()).isTrue();
    }

    /** Regressions: the habits the classifier already resisted. */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"apa_beneficiaires_deux_lignes_entete.csv, Situation médicale",
        "apa_beneficiaires_deux_lignes_entete.csv, Identité",
        "cmp_file_active_cellules_fusionnees.csv, Patient", "cmp_file_active_cellules_fusionnees.csv, Diagnostic",
        "periscolaire_presences_remarques.csv, Remarques", "sport_sante_mesures.csv, Poids (kg)",
        "sport_sante_mesures.csv, IMC", "sport_sante_mesures.csv, ALD n°", "atelier_education_therapeutique.csv, Profil",
        "ccas_domiciliation_tags.csv, Tag", "ccas_domiciliation_tags.csv, Category", "aides_sante_mojibake.csv, Motif",
        "commission_aides_majuscules.csv, SITUATION", "enquete_large_400_colonnes.csv, Traitement en cours",
        "accueil_jour_codes_legende.csv, Code", "cantine_inscrits_initiales_pai.csv, PAI",
        "paie_absences_codes.csv, Code abs.", "accueil_urgence_infos.csv, Info", "pass_permanence_soins.csv, Réf. SS",
        "pupil_census_extract_en.csv, SEN", "transport_adapte_trajets_tries.csv, Observation",
        "residence_sociale_occupants_flags.csv, Flag", "portage_livres_notes.csv, Notes"})
    void spreadsheetHabitsAlreadyResistedStayProtected(String file, String column) {
        assertProtected(FILES.column(file, column));
    }

    /** Regression: a birth date written in words ("12 mars 1957") is a birth date. */
    @Test
    void aBirthDateWrittenInWordsIsABirthDate() {
        assertThat(FILES.column("repas_domicile_naissance_en_lettres.csv", "Naissance").infoType())
            .isEqualTo("DATE_OF_BIRTH");
    }

    /** Regression: an age written "né en 1957" is an age. */
    @Test
    void anAgeWrittenAsABirthYearIsQuasiIdentifying() {
        assertThat(FILES.column("plan_canicule_inscrits.csv", "Âge").attributeType())
            .isEqualTo(AttributeType.QUASI_IDENTIFYING);
    }

    /** The new key of a value rule is validated on load: a wrong value names the file and the key. */
    @Test
    void aWrongNotKeySeriesIsRejected() {
        Fixtures.assertRulesRejected(dir, Fixtures.minimalRules().replace("match: token}", "match: token, notKeySeries: maybe}"),
            "valueRules[0].notKeySeries", "expected true or false");
    }

    /** The section of split birth dates is validated on load: a window too narrow, an info type no quasi-identifier. */
    @Test
    void aWrongBirthDatePartsSectionIsRejected() {
        String minimal = Fixtures.minimalRules("DATE_OF_BIRTH: {attributeType: QUASI_IDENTIFYING}");
        Fixtures.assertRulesRejected(dir, minimal + "birthDateParts: {infoType: DATE_OF_BIRTH, window: 1}\n",
            "birthDateParts.window", "at least 2");
        Fixtures.assertRulesRejected(dir, minimal + "birthDateParts: {infoType: PERSON_NAME}\n",
            "birthDateParts.infoType", "QUASI_IDENTIFYING");
        Fixtures.assertRulesRejected(dir, minimal + "birthDateParts: {infoType: DATE_OF_BIRTH, days: [jour]}\n",
            "birthDateParts.days", "unknown key");
    }

    /** A name rule whose unconfirmed reading proves nothing must be a name rule of the file. */
    @Test
    void anUnknownUnprovenNameRuleIsRejected() throws Exception {
        Fixtures.assertProjectRulesRejected(dir, yaml -> yaml.replace("unprovenNameRules: [person-initials]",
            "unprovenNameRules: [person-initals]"), "failClosed.unprovenNameRules[0]", "unknown name rule");
    }

}
