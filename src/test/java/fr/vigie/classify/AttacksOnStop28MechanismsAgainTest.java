package fr.vigie.classify;

import static fr.vigie.classify.Fixtures.assertNotReleased;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.model.AttributeType;
import fr.vigie.model.Domain;
import fr.vigie.model.InputException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attacks on the mechanisms that release a column (survey weights, work units' codes, a request's harmless values),
 * and on the ways a clumsy department hides persons in plain columns: a header one row too low, every cell quoted and
 * padded, a name split over two columns. Files in {@code src/test/resources/classify/attacks-29b/} (README there).
 */
class AttacksOnStop28MechanismsAgainTest {
    private static final Fixtures.Folder FILES = Fixtures.folder("attacks-29b");

    private static boolean isProtected(ColumnClassification c) {
        return c.attributeType() == AttributeType.IDENTIFYING || c.attributeType() == AttributeType.SENSITIVE;
    }

    /** The column at {@code index} of a file, whatever its header says. */
    private static ColumnClassification columnAt(String file, int index) {
        return FILES.file(file).columns().get(index);
    }

    // ---- survey weights ----

    /** An infant's weight in kg converted from pounds keeps four decimals under ten (4,7611): a scale's, not a survey's. */
    @Test
    void anInfantsWeightOfFourDecimalsUnderTenIsNoSurveyWeight() {
        ColumnClassification c = FILES.column("pmi_pesees_nourrissons.csv", "poids");

        assertNotReleased(c);
        assertThat(c.domain()).isEqualTo(Domain.HEALTH);
    }

    /** A neonatal unit's weights in grams with a decimal (770.8, 3572.9) are no large survey weights. */
    @Test
    void aNewbornsWeightInGramsWithADecimalIsNoSurveyWeight() {
        ColumnClassification c = FILES.column("neonatologie_pesees_grammes.csv", "Poids (g)");

        assertNotReleased(c);
        assertThat(c.domain()).isEqualTo(Domain.HEALTH);
    }

    /** Look-alike: a health survey's normalised POIDS (four decimals about 1) stays released beside its answers. */
    @Test
    void aHealthSurveysNormalisedWeightStaysReleased() {
        assertThat(FILES.column("enquete_sante_poids_normalises.csv", "POIDS").attributeType())
                .isEqualTo(AttributeType.INSENSITIVE);
    }

    /** Resisted: an adult's weight at a weigh-in written with three decimals (84.633) is not released. */
    @Test
    void anAdultsWeightWithThreeDecimalsIsNotReleased() {
        assertNotReleased(FILES.column("club_halterophilie_pesee.csv", "poids"));
    }

    // ---- work units ----

    /** A prison's wings (QMA-B2, QI, QD) under Unité beside a committal number are not released. */
    @Test
    void aPrisonsWingUnderUniteIsNotReleased() {
        assertNotReleased(FILES.column("detention_affectations_unites.csv", "Unité"));
    }

    /** Resisted: a patient's ward (PSY-B, ONCO1, ADDICTO) under Unité tells their health, not a staff member's work unit. */
    @Test
    void aPatientsWardUnderUniteIsHealthNotAWorkUnit() {
        ColumnClassification c = FILES.column("hopital_presents_unite.csv", "Unité");

        assertNotReleased(c);
        assertThat(c.infoType()).isNotEqualTo("WORKPLACE");
    }

    // ---- a request's harmless values ----

    /** Resisted: English documents where one in ten is a fit note, a GP letter or a PIP award letter keep the column held. */
    @Test
    void englishDocumentsWithAMedicalOneKeepTheColumnHeld() {
        assertNotReleased(FILES.column("housing_register_documents_en.csv", "Documents provided"));
    }

    /** Resisted: two results in fifty from the transplant games or the Deaflympics keep a Palmarès column held. */
    @Test
    void resultsOfTransplantOrDeafGamesKeepAPalmaresHeld() {
        assertNotReleased(FILES.column("sportifs_palmares_transplantes.csv", "Palmarès"));
    }

    // ---- a clumsy department's exports ----

    /**
     * Resisted: the first child taken as the header (columns named by a name, a date, a phone, "Aucune"). The ingest
     * reads a header of values as no header, and the columns are read by their values.
     */
    @Test
    void aHeaderOneRowTooLowStillHoldsThePersonsColumns() {
        ClassificationResult r = FILES.file("centre_loisirs_entete_decalee.csv");

        assertThat(r.dataset().personalData()).isTrue();
        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PERSON);
        List<ColumnClassification> cols = r.columns();
        for (int i = 0; i < 5; i++) {
            assertNotReleased(cols.get(i));
        }
        assertThat(cols.get(0).attributeType()).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(cols.get(3).attributeType()).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(cols.get(4).domain()).isEqualTo(Domain.HEALTH);
    }

    /** Resisted: every cell quoted and padded with spaces: the name, the NIR and the phone are read as without the padding. */
    @Test
    void cellsQuotedAndPaddedAreReadAsTheirValues() {
        ClassificationResult r = FILES.file("ccas_export_guillemets_espaces.csv");

        List<ColumnClassification> cols = r.columns();
        assertThat(cols.get(0).attributeType()).as(cols.get(0).name()).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(cols.get(1).attributeType()).as(cols.get(1).name()).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(cols.get(2).attributeType()).as(cols.get(2).name()).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(cols.get(3).attributeType()).as(cols.get(3).name()).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(isProtected(cols.get(5))).as(cols.get(5).name()).isTrue();
    }

    /**
     * Resisted: a name over two columns under one header, the second header left empty, is refused at ingest (a job
     * must name the columns), never read with a column lost.
     */
    @Test
    void aNameSplitUnderOneHeaderWithTheSecondLeftEmptyIsRefused() {
        assertThatThrownBy(() -> FILES.file("inscriptions_nom_prenom_deux_colonnes.csv"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("empty column name")
                .hasMessageNotContaining("BARBIER");
    }

    /** Resisted: the same under "Identité" and "Identité (suite)": both parts are a person's name. */
    @Test
    void aNameSplitUnderIdentityAndItsContinuationIsIdentifying() {
        assertThat(columnAt("adherents_identite_suite.csv", 0).attributeType()).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(columnAt("adherents_identite_suite.csv", 1).attributeType()).isEqualTo(AttributeType.IDENTIFYING);
    }

    /** Resisted: non-breaking and narrow spaces (U+00A0, U+202F) grouping a NIR, a phone and an amount, as Excel writes them. */
    @Test
    void figuresGroupedByNonBreakingSpacesAreReadAsTheirValues() {
        ClassificationResult r = FILES.file("ccas_export_espaces_insecables.csv");

        assertThat(r.column("Numéro").infoType()).isEqualTo("FR_NIR");
        assertThat(r.column("Tél.").attributeType()).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(r.column("Montant aide").domain()).isEqualTo(Domain.FINANCIAL);
    }

    /** Resisted: a title line and an empty line above the header: the header is found and the columns read. */
    @Test
    void aTitleLineAboveTheHeaderIsSkipped() {
        ClassificationResult r = FILES.file("ccas_export_ligne_de_titre.csv");

        assertThat(r.column("NOM").attributeType()).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(r.column("Téléphone").attributeType()).isEqualTo(AttributeType.IDENTIFYING);
    }

    /**
     * Resisted: figures as Excel leaves them (a NIR in scientific notation, phones that lost their leading zero) are
     * held as identifying, by their names or as codes different on every row.
     */
    @Test
    void figuresMangledByASpreadsheetStayIdentifying() {
        ClassificationResult r = FILES.file("ccas_export_excel_chiffres.csv");

        assertThat(r.column("N° SS").attributeType()).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(r.column("Contact").attributeType()).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(r.column("Tél. fixe").attributeType()).isEqualTo(AttributeType.IDENTIFYING);
    }

    /** The info types of a record's key that locate inmates or patients are rules, checked on load. */
    @Test
    void aRecordKeyMustBeADeclaredInfoType(@TempDir Path dir) throws IOException {
        Fixtures.assertProjectRulesRejected(dir, yaml -> yaml.replace("recordKeys: [RECORD_IDENTIFIER]",
            "recordKeys: [COMMITTAL_NUMBER]"), "context.staff.recordKeys[0]", "COMMITTAL_NUMBER");
    }

    /** A budget per month beside a person's insertion project is what the person lives on, not what a project costs. */
    @Test
    void aMonthlyBudgetBesideAPersonsProjectIsThePersonsMoney() {
        ColumnClassification c = FILES.column("insertion_budget_mensuel.csv", "Budget mensuel (€)");

        assertThat(c.attributeType()).as(c.evidence().toString()).isEqualTo(AttributeType.SENSITIVE);
        assertThat(c.domain()).isEqualTo(Domain.FINANCIAL);
    }
}
