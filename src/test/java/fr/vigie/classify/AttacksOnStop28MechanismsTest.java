package fr.vigie.classify;

import static fr.vigie.classify.Fixtures.assertNotReleased;
import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import fr.vigie.model.Domain;
import org.junit.jupiter.api.Test;

/**
 * Attacks on the mechanisms that release a column or make a file no personal data: a request's harmless values (slots,
 * documents, payment forms, frequencies, states, sporting results, trainings), survey weights and work units' codes,
 * tables of counts per area and month, Hangul and Georgian read, and the everyday senses left out of notes. Files in
 * {@code src/test/resources/classify/attacks-28d/} (README there).
 */
class AttacksOnStop28MechanismsTest {
    private static final Fixtures.Folder FILES = Fixtures.folder("attacks-28d");

    // ---- survey weights ----

    /** A body weight converted from pounds keeps four decimals (69,8532): a scale's weight all the same. */
    @Test
    void aBodyWeightConvertedFromPoundsWithFourDecimalsIsNoSurveyWeight() {
        ColumnClassification c = FILES.column("consultations_dietetique_poids.csv", "Poids");

        assertNotReleased(c);
        assertThat(c.domain()).isEqualTo(Domain.HEALTH);
    }

    /** Look-alike: a cultural practices survey's POIDS of four decimals stays released. */
    @Test
    void aSurveysWeightOfFourDecimalsStaysReleased() {
        assertThat(FILES.column("enquete_pratiques_culturelles_poids.csv", "POIDS").attributeType())
                .isEqualTo(AttributeType.INSENSITIVE);
    }

    /** Resisted: a birth weight in grams converted from ounces (3401.9) is not released as a large survey weight. */
    @Test
    void aBirthWeightInGramsWithADecimalIsNotReleased() {
        assertNotReleased(FILES.column("maternite_naissances_poids.csv", "Poids naissance (g)"));
    }

    // ---- work units' codes ----

    /** A patient's service at a hospital written as codes (PSY02, ONCO1) under SERV is a place of care, not a work unit. */
    @Test
    void aPatientsHospitalServiceCodeIsNoWorkUnit() {
        ColumnClassification c = FILES.column("hopital_sejours_serv.csv", "SERV");

        assertNotReleased(c);
        assertThat(c.infoType()).isNotEqualTo("WORKPLACE");
    }

    /** Look-alike: a hospital's administrative staff under the codes of their directions (DRH02, DSI03) keep a work unit. */
    @Test
    void aHospitalStaffsAdministrativeUnitCodesStayAWorkUnit() {
        assertThat(FILES.column("chu_agents_administratifs_serv.csv", "SERV").infoType()).isEqualTo("WORKPLACE");
    }

    /** Resisted: the same service in words (Psychiatrie B, Oncologie) reads as health. */
    @Test
    void aPatientsHospitalServiceInWordsIsHealth() {
        assertThat(FILES.column("hopital_sejours_serv_mots.csv", "serv").domain()).isEqualTo(Domain.HEALTH);
    }

    // ---- documents supplied ----

    /** A family reunification's supporting documents name a medical certificate, a divorce judgment, a residence permit. */
    @Test
    void documentsThatTellWhyKeepAJustificatifsColumnHeld() {
        assertNotReleased(FILES.column("regroupement_familial_justificatifs.csv", "Justificatifs fournis"));
    }

    /** The same in German: Ärztliches Attest, Scheidungsurteil, Aufenthaltstitel, Schwerbehindertenausweis. */
    @Test
    void documentsThatTellWhyKeepAGermanNachweiseColumnHeld() {
        assertNotReleased(FILES.column("wohnberechtigung_antraege_de.csv", "Eingereichte Nachweise"));
    }

    /** Look-alike: an electoral roll's identity card and proof of address stay released. */
    @Test
    void documentsThatTellNothingStayReleased() {
        assertThat(FILES.column("listes_electorales_pieces.csv", "Pièces").attributeType())
                .isEqualTo(AttributeType.INSENSITIVE);
    }

    // ---- what resisted: slots, payments, frequencies, states, results, trainings ----

    @Test
    void aSlotNamedAfterADialysisStaysHeld() {
        assertNotReleased(FILES.column("dialyse_transports_creneaux.csv", "Créneau dialyse"));
    }

    @Test
    void aPaymentByEnergyVoucherCesuOrSocialAidStaysHeld() {
        assertNotReleased(FILES.column("centre_social_reglements.csv", "Mode de règlement"));
    }

    @Test
    void theFrequencyOfACareStaysHealth() {
        assertThat(FILES.column("ssiad_plan_passages.csv", "Fréquence des soins").domain()).isEqualTo(Domain.HEALTH);
    }

    @Test
    void aStateTellingAFraudOrASanctionStaysHeld() {
        assertNotReleased(FILES.column("aides_facultatives_decisions.csv", "État"));
    }

    @Test
    void aParaAthletesResultWithoutHandisportStaysHeld() {
        assertNotReleased(FILES.column("sportifs_aides_municipales_palmares.csv", "Palmarès"));
    }

    @Test
    void aYesNoOfARehabilitationTrainingStaysHeld() {
        assertNotReleased(FILES.column("cap_emploi_parcours.csv", "Formation ESRP"));
    }

    // ---- tables of counts per area and month ----

    @Test
    void oneFamilyPerCommuneCountedMonthByMonthStaysPersons() {
        ClassificationResult r = FILES.file("visites_familles_communes_mois.csv");

        assertThat(r.dataset().personalData()).isTrue();
        assertNotReleased(r.column("enfants"));
    }

    @Test
    void oneAlarmWearerPerCommuneCountedMonthByMonthStaysPersons() {
        ClassificationResult r = FILES.file("teleassistance_communes_mois.csv");

        assertThat(r.dataset().personalData()).isTrue();
        assertNotReleased(r.column("chutes"));
    }

    // ---- Hangul and Georgian ----

    @Test
    void koreanNamesUnderAHeaderNoListHoldsStayHeld() {
        assertNotReleased(FILES.column("ko_programme_participants.csv", "참여자"));
    }

    @Test
    void aKoreanListOfPlacesMixingPersonsHomesStaysHeld() {
        assertNotReleased(FILES.column("ko_visites_lieux.csv", "시설명"));
    }

    @Test
    void koreanReligionsUnderAnOpaqueHeaderAreASpecialCategory() {
        assertThat(FILES.column("ko_enquete_reponses.csv", "항목3").domain()).isEqualTo(Domain.SPECIAL_CATEGORY);
    }

    @Test
    void georgianNotesNamingADiseaseAreHealth() {
        assertThat(FILES.column("ka_camp_ete_enfants.csv", "დამატებითი ინფორმაცია").domain()).isEqualTo(Domain.HEALTH);
    }

    // ---- everyday senses ----

    /** "Prévenu" in its penal sense, with no other offence word of the lists, is not read as "told". */
    @Test
    void notesOfADefendantAreNotReleased() {
        assertNotReleased(FILES.column("greffe_convocations_suivi.csv", "Observations"));
    }

    /**
     * Resisted in part: a justice centre's varied notes, a third of which name the defendant ("Le prévenu est arrivé à
     * 9h15"): held as free text about persons, though without the OFFENCE the penal sense tells.
     */
    @Test
    void variedNotesNamingADefendantAreNotReleased() {
        assertNotReleased(FILES.column("maison_justice_passages.csv", "Commentaire"));
    }

    /** The same notes tell an offence: "prévenu" followed by what the defendant is or does is no one told. */
    @Test
    void variedNotesNamingADefendantAreAnOffence() {
        assertThat(FILES.column("maison_justice_passages.csv", "Commentaire").domain()).isEqualTo(Domain.OFFENCE);
    }

    /** A word kept in its rare sense by the next word needs the words left out: the key is checked on load. */
    @Test
    void wordsKeepingTheRareSenseNeedWordsLeftOut(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        Fixtures.assertRulesRejected(dir, Fixtures.minimalRules() + "textScan:\n  - {infoType: PERSON_NAME, dictionary:"
            + " first-names, keepBefore: first-names}\n", "textScan[0].keepBefore", "only with except");
    }

    /** Resisted: a police court's notes whose only penal word is the defendant ("Prévenu présent", "Prévenue absente"). */
    @Test
    void notesWhoseOnlyPenalWordIsTheDefendantAreAnOffence() {
        assertThat(FILES.column("tribunal_police_audiences_notes.csv", "Observations").domain()).isEqualTo(Domain.OFFENCE);
    }
}
