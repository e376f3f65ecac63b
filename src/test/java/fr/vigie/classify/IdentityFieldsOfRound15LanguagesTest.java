package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import fr.vigie.model.Domain;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The identity and social fields of partner exports in Albanian, Indonesian, Swahili, Urdu and Mongolian Cyrillic
 * ({@code attacks-31b/}, files {@code w31_*}: other programmes, layouts and words than round 15's): a column named for
 * the sex whose values no list knows is never released, whatever the language; persons' full names under a header no
 * list holds are never released; the bare word for a name is a person's name as a whole header; and the lists read the
 * names, sex values, districts, household sizes, occupations, categories, minorities and amounts of these languages.
 */
class IdentityFieldsOfRound15LanguagesTest {
    private static final Fixtures.Folder FILES = Fixtures.folder("attacks-31b");
    private static final String SQ = "w31_sq_durres_bonus_strehimi.csv";
    private static final String ID = "w31_id_surabaya_kip_siswa.csv";
    private static final String SW = "w31_sw_kisumu_bima_afya.csv";
    private static final String UR = "w31_ur_faisalabad_zakat.csv";
    private static final String MN = "w31_mn_darkhan_tulsh_tetgemj.csv";
    private static final String SEX = "w31_sex_abbreviations_unread.csv";
    private static final String CARER = "w31_unknown_header_full_names.csv";

    /** A sex column whose values are abbreviations no list holds (Tagalog B/L, Uzbek E/A): held, never released. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"Kasarian", "Jinsi"})
    void aColumnNamedForTheSexIsNeverReleasedWhenItsValuesAreUnknown(String column) {
        ColumnClassification c = FILES.file(SEX).column(column);

        Fixtures.assertNotReleased(c);
    }

    /** Full names of a carer under a header no list holds (Somali "Daryeele"): never released. */
    @Test
    void personsFullNamesUnderAnUnknownHeaderAreNotReleased() {
        ColumnClassification c = FILES.file(CARER).column("Daryeele");

        Fixtures.assertNotReleased(c);
        assertThat(c.infoType()).isEqualTo("PERSON_NAME");
    }

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({
        ID + ", Jenis Kelamin, GENDER, QUASI_IDENTIFYING",
        SW + ", Jinsia, GENDER, QUASI_IDENTIFYING",
        MN + ", Хүйс, GENDER, QUASI_IDENTIFYING",
        UR + ", جنس, GENDER, QUASI_IDENTIFYING",
        SQ + ", Gjinia, GENDER, QUASI_IDENTIFYING",
        SQ + ", Emri, PERSON_NAME, IDENTIFYING",
        SQ + ", Atësia, PERSON_NAME, IDENTIFYING",
        SW + ", Jina la Kwanza, PERSON_NAME, IDENTIFYING",
        SW + ", Jina la Kati, PERSON_NAME, IDENTIFYING",
        SW + ", Jina la Mwisho, PERSON_NAME, IDENTIFYING",
        SW + ", Mlezi, PERSON_NAME, IDENTIFYING",
        UR + ", نام, PERSON_NAME, IDENTIFYING",
        UR + ", والد / شوہر کا نام, PERSON_NAME, IDENTIFYING",
        MN + ", Эцэг/эхийн нэр, PERSON_NAME, IDENTIFYING",
        MN + ", Нэр, PERSON_NAME, IDENTIFYING",
        ID + ", Pekerjaan Orang Tua, PROFESSION, QUASI_IDENTIFYING",
        SW + ", Kazi, PROFESSION, QUASI_IDENTIFYING",
    })
    void namesSexAndOccupationAreReadInRound15Languages(String file, String column, String infoType,
            AttributeType type) {
        ColumnClassification c = FILES.file(file).column(column);

        assertThat(c.infoType()).isEqualTo(infoType);
        assertThat(c.attributeType()).isEqualTo(type);
    }

    /** Districts below a town and household sizes are quasi-identifiers, no longer held for review. */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({
        SQ + ", Lagjja",
        SW + ", Kaunti Ndogo",
        SW + ", Wadi",
        UR + ", ٹاؤن",
        UR + ", یونین کونسل",
        MN + ", Сум/дүүрэг",
        MN + ", Баг/хороо",
        SQ + ", Numri i anëtarëve të familjes",
        SW + ", Idadi ya Watu wa Kaya",
        UR + ", افراد خانہ کی تعداد",
        MN + ", Өрхийн гишүүдийн тоо",
    })
    void districtsAndHouseholdSizesAreQuasiIdentifiers(String file, String column) {
        ColumnClassification c = FILES.file(file).column(column);

        assertThat(c.attributeType()).isEqualTo(AttributeType.QUASI_IDENTIFYING);
        assertThat(c.reviewNeeded()).isFalse();
    }

    /** Amounts of aid are financial; a category of beneficiaries naming a disability is health; a minority an origin. */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({
        SQ + ", Shuma e bonusit, FINANCIAL",
        ID + ", Nominal Bantuan, FINANCIAL",
        UR + ", رقم (روپے), FINANCIAL",
        SQ + ", Kategoria e përfituesit, HEALTH",
        UR + ", زمرہ, HEALTH",
        MN + ", Тэтгэмжийн төрөл, HEALTH",
        SQ + ", Pakica kombëtare, SPECIAL_CATEGORY",
    })
    void amountsCategoriesAndMinoritiesHaveTheirDomain(String file, String column, Domain domain) {
        ColumnClassification c = FILES.file(file).column(column);

        assertThat(c.attributeType()).isEqualTo(AttributeType.SENSITIVE);
        assertThat(c.domain()).isEqualTo(domain);
    }

    /** Amounts partly written without their currency ("500" beside "KSh 1,000") are not confirmed: held, not released. */
    @Test
    void amountsPartlyWithoutTheirCurrencyStayHeld() {
        Fixtures.assertProtected(FILES.file(SW).column("Kiasi cha Mchango"));
    }

    /** The other side: dates of a decision stay dates, released as before. */
    @Test
    void theDecisionsDateStaysReleased() {
        ColumnClassification c = FILES.file(SQ).column("Data e miratimit");

        assertThat(c.attributeType()).isEqualTo(AttributeType.INSENSITIVE);
        assertThat(c.infoType()).isEqualTo("DATE");
    }

    /** The other side: the bare word inside a longer header (a school's name) is no person's name. */
    @Test
    void theBareWordForANameInsideALongerHeaderIsNoPersonsName() {
        ColumnClassification c = Fixtures.table(java.util.List.of("Emri i shkollës", "Nxënës"),
            new String[] {"Shkolla 9-vjeçare Naim Frashëri", "312"},
            new String[] {"Shkolla e Mesme Sami Frashëri", "540"},
            new String[] {"Shkolla 9-vjeçare Ismail Qemali", "280"},
            new String[] {"Shkolla e Mesme Petro Nini Luarasi", "610"},
            new String[] {"Shkolla 9-vjeçare Kushtrimi i Lirisë", "198"}).column("Emri i shkollës");

        assertThat(c.infoType()).isNotEqualTo("PERSON_NAME");
    }

    /** The settings are rules, checked on load with the file and the key named. */
    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
        "    fullNames: {minShare: 0.9, minDistinctRatio: 0.5}|    fullNames: {minShare: 0.2, minDistinctRatio: 0.5}|failClosed.valueShapes.fullNames.minShare|0.5",
        "    familyNames: {infoType: PERSON_NAME, minDistinctRatio: 0.3}\\n|\\n|failClosed.valueShapes.fullNames|declare familyNames",
        "    protectedNames: {maxDistinct: 6}|    protectedNames: {maxDistinct: 1}|failClosed.valueShapes.protectedNames.maxDistinct|at least 2",
        "    wholeName: true\\n|    wholeName: true\\n    allOf: [[emri], [plote]]\\n|nameRules[1].wholeName|allOf"})
    void theSettingsAreCheckedOnLoad(String from, String to, String key, String problem, @TempDir Path dir)
            throws IOException {
        String f = from.replace("\\n", "\n");
        String t = to.replace("\\n", "\n");
        Fixtures.assertProjectRulesRejected(dir, yaml -> yaml.replace(f, t), key, problem);
    }
}
