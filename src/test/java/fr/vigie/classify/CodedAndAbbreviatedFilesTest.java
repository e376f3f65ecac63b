package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import fr.vigie.model.Domain;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Coded survey files sent without their code book and files of a person's health or schooling whose words have
 * another sense elsewhere: a survey's weight is no body's weight, a screening's delay no debt, a class of several
 * levels a pupil's class. Files in {@code src/test/resources/classify/attacks-32c/} (README there, block codes32).
 */
class CodedAndAbbreviatedFilesTest {
    private static final Fixtures.Folder FILES = Fixtures.folder("attacks-32c");

    private static void assertReleasedWeight(String file, String column) {
        ColumnClassification c = FILES.column(file, column);
        assertThat(c.attributeType()).as(column).isEqualTo(AttributeType.INSENSITIVE);
        assertThat(c.domain()).as(column).isNull();
        assertThat(c.reviewNeeded()).as(column).isFalse();
    }

    // ---- a survey's weight in a coded file ----

    /** A coded living-conditions survey's household weight (hundreds, two decimals) is how many it stands for. */
    @Test
    void aCodedSurveysWeightInHundredsIsNoBodysWeight() {
        assertReleasedWeight("a32c_enquete_conditions_vie_fr.csv", "POIDS_MEN");
    }

    /** INE's factor de elevación of a coded victimisation survey is no amount of money either. */
    @Test
    void aCodedSurveysElevationFactorIsNoAmount() {
        assertReleasedWeight("a32c_encuesta_victimizacion_es.csv", "FACTOR");
    }

    /** Already read: a German coded survey's Gewicht of three decimals up to 600 stays released. */
    @Test
    void aGermanCodedSurveysGewichtStaysReleased() {
        assertReleasedWeight("a32c_sicherheitsbefragung_de.csv", "GEWICHT");
    }

    /** The other side: a coded nutrition survey's POIDS of three decimals within a body's range is a body's weight. */
    @Test
    void aBodysWeightInACodedHealthSurveyStaysHealth() {
        ColumnClassification c = FILES.column("a32c_enquete_nutrition_poids_corporel_fr.csv", "POIDS");
        assertThat(c.domain()).isEqualTo(Domain.HEALTH);
        Fixtures.assertNotReleased(c);
    }

    /**
     * The other side: a coded health survey's body weight in pounds, converted from kilograms and written to the
     * hundredth, one in seven above 250 (lead's probe, {@code attacks-32h/}), is a body's weight, never released.
     */
    @Test
    void aBodysWeightInPoundsInACodedSurveyIsNotReleased() {
        Fixtures.assertNotReleased(Fixtures.folder("attacks-32h").column("l32_health_survey_coded_pounds_us.csv",
            "WEIGHT"));
    }

    /** The other side: a named register's weights, some very high, are persons' weights, not a survey's. */
    @Test
    void aNamedRegistersHighWeightsStayHealth() {
        ColumnClassification c = FILES.column("a32c_pesees_obesite_nominatif_fr.csv", "POIDS");
        assertThat(c.domain()).isEqualTo(Domain.HEALTH);
        Fixtures.assertNotReleased(c);
    }

    // ---- a health name whose values hold a word of debts ----

    /** A language screening's "retard de parole" and a vaccination status "en retard" are a child's health, no debt. */
    @Test
    void aScreeningsOrAVaccinationsDelayIsHealthNotADebt() {
        for (String column : new String[] {"Dépistage du langage", "Statut vaccinal"}) {
            ColumnClassification c = FILES.column("a32c_pmi_bilan_quatre_ans_fr.csv", column);
            assertThat(c.domain()).as(column).isEqualTo(Domain.HEALTH);
            assertThat(c.attributeType()).as(column).isEqualTo(AttributeType.SENSITIVE);
        }
    }

    /** Already protected: an English health visitor's "overdue" immunisations are not read as money. */
    @Test
    void overdueImmunisationsAreNotMoney() {
        ColumnClassification c = FILES.column("a32c_health_visitor_reviews_en.csv", "immunisations");
        assertThat(c.domain()).isNotEqualTo(Domain.FINANCIAL);
        Fixtures.assertProtected(c);
    }

    /** The other side: a canteen bill's state "en retard" under a payment's name stays a debt. */
    @Test
    void aBillsLateStateStaysADebt() {
        ColumnClassification c = FILES.column("a32c_cantine_factures_retards_fr.csv", "État du règlement");
        assertThat(c.infoType()).isEqualTo("DEBT");
        assertThat(c.domain()).isEqualTo(Domain.FINANCIAL);
    }

    // ---- a victim's injury in a coded survey ----

    /** A coded victimisation survey's VERLETZT (injured) is the victim's health, not the offence held beside it. */
    @Test
    void aVictimsInjuryIsHealth() {
        ColumnClassification c = FILES.column("a32c_opferbefragung_verletzt_de.csv", "VERLETZT");
        assertThat(c.domain()).isEqualTo(Domain.HEALTH);
        assertThat(c.attributeType()).isEqualTo(AttributeType.SENSITIVE);
    }

    // ---- classes of several levels ----

    /** A rural school's classes of several levels (CE1-CE2, CM1/CM2, CE2-CM1-CM2) are the pupil's class. */
    @Test
    void aClassOfSeveralLevelsIsThePupilsClass() {
        ColumnClassification c = FILES.column("a32c_ecole_rurale_cours_multiples_fr.csv", "Classe");
        assertThat(c.attributeType()).isEqualTo(AttributeType.QUASI_IDENTIFYING);
        assertThat(c.infoType()).isEqualTo("SCHOOL");
    }

    /** Scotland's composite classes (P1/2, P5/6) and single ones (P4) are the pupil's class. */
    @Test
    void scottishCompositeClassesAreThePupilsClass() {
        ColumnClassification c = FILES.column("a32c_composite_classes_scotland_en.csv", "Class");
        assertThat(c.attributeType()).isEqualTo(AttributeType.QUASI_IDENTIFYING);
        assertThat(c.infoType()).isEqualTo("SCHOOL");
    }

    /** The other side: in a file of staff, a class of several levels is where an agent works, not a pupil's class. */
    @Test
    void aStaffMembersClassOfSeveralLevelsIsNoPupilsClass() {
        ColumnClassification c = FILES.column("a32c_agents_ecoles_classes_fr.csv", "Classe");
        assertThat(c.infoType()).isNotEqualTo("SCHOOL");
        assertThat(FILES.column("a32c_agents_ecoles_classes_fr.csv", "École").attributeType())
            .isEqualTo(AttributeType.QUASI_IDENTIFYING);
    }

    /** The other side: a dwelling's energy class (C/D, E/F) is no class of pupils. */
    @Test
    void anEnergyClassIsNoPupilsClass() {
        ColumnClassification c = FILES.column("a32c_logements_dpe_classes.csv", "Classe énergie");
        assertThat(c.infoType()).isNotEqualTo("SCHOOL");
    }

    // ---- the rules of a coded survey's weight, checked on load ----

    /** The types of a named register beside which no survey is read must be declared info types. */
    @Test
    void aSurveyWeightsRegisterTypeMustBeDeclared(@TempDir Path dir) throws IOException {
        Fixtures.assertProjectRulesRejected(dir, yaml -> yaml.replace("notBeside: [PERSON_NAME, FREE_TEXT]",
            "notBeside: [PERSON_NAMES, FREE_TEXT]"), "surveyWeights.notBeside[0]", "PERSON_NAMES");
    }

    /** A spread under twice the smallest value would read any body's weights as a survey's. */
    @Test
    void aSurveyWeightsSpreadMustBeAtLeastTwo(@TempDir Path dir) throws IOException {
        Fixtures.assertProjectRulesRejected(dir, yaml -> yaml.replace("minSpread: 5}", "minSpread: 1}"),
            "surveyWeights.minSpread", "must be between");
    }

    /** The words of a survey's weight are a declared list. */
    @Test
    void aSurveyWeightsNamesMustBeADeclaredList(@TempDir Path dir) throws IOException {
        Fixtures.assertProjectRulesRejected(dir, yaml -> yaml.replace("surveyWeights: {names: survey-weight-names",
            "surveyWeights: {names: survey-weights-names"), "surveyWeights.names", "unknown dictionary");
    }

    /** The value rule that reads a pupil's class only outside files of staff must be a declared value rule. */
    @Test
    void aPupilsOnlyRuleMustBeADeclaredValueRule(@TempDir Path dir) throws IOException {
        Fixtures.assertProjectRulesRejected(dir, yaml -> yaml.replace("pupilsOnlyRule: class-multi-level-value",
            "pupilsOnlyRule: class-multi-levels-value"), "context.staff.pupilsOnlyRule", "class-multi-levels-value");
    }
}
