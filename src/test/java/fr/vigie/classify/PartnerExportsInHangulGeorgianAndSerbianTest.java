package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import fr.vigie.model.Domain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Partner exports in Korean (Hangul), Georgian and Serbian, Macedonian and Bulgarian Cyrillic ({@code attacks-28/},
 * files {@code scripts_*}): Hangul is read (the Revised Romanization of its jamo), and the identity and situation
 * fields of those languages are named in lists of their own; what no list names stays held, and lists of places in the
 * same scripts stay places.
 */
class PartnerExportsInHangulGeorgianAndSerbianTest {
    private static final Fixtures.Folder FILES = Fixtures.folder("attacks-28");
    private static final String BUSAN = "scripts_busan_volunteers_kr.csv";
    private static final String KUTAISI = "scripts_kutaisi_pension_ka.csv";

    @Test
    void hangulIsReadByTheRevisedRomanizationOfItsJamo() {
        assertThat(Text.normalize("성별")).isEqualTo("seongbyeol");
        assertThat(Text.normalize("주민등록번호")).isEqualTo("jumindeungrokbeonho");
        assertThat(Text.normalize("흡연 여부")).isEqualTo("heupyeon yeobu");
        assertThat(Text.unread("우편번호")).isFalse();
        assertThat(Text.unread("ຊື່ ແລະ ນາມສະກຸນ")).isTrue();
    }

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({
        BUSAN + ", 이름, PERSON_NAME, IDENTIFYING",
        BUSAN + ", 성별, GENDER, QUASI_IDENTIFYING",
        BUSAN + ", 휴대폰, PHONE_NUMBER, IDENTIFYING",
        BUSAN + ", 주소, STREET_ADDRESS, IDENTIFYING",
        BUSAN + ", 우편번호, POSTAL_CODE, QUASI_IDENTIFYING",
        BUSAN + ", 직업, PROFESSION, QUASI_IDENTIFYING",
        BUSAN + ", 종교, RELIGION, SENSITIVE",
        BUSAN + ", 흡연, HEALTH_DATA, SENSITIVE",
        BUSAN + ", 가구원 수, HOUSEHOLD_SIZE, QUASI_IDENTIFYING",
        BUSAN + ", 계좌번호, IBAN, IDENTIFYING",
        KUTAISI + ", 'სახელი, გვარი', PERSON_NAME, IDENTIFYING",
        KUTAISI + ", სქესი, GENDER, QUASI_IDENTIFYING",
        KUTAISI + ", საცხოვრებელი მისამართი, STREET_ADDRESS, IDENTIFYING",
        KUTAISI + ", უბანი, NEIGHBOURHOOD, QUASI_IDENTIFYING",
        KUTAISI + ", ოჯახის წევრების რაოდენობა, HOUSEHOLD_SIZE, QUASI_IDENTIFYING",
        KUTAISI + ", სარეიტინგო ქულა, INCOME, SENSITIVE",
        KUTAISI + ", დახმარება (ლარი), SOCIAL_BENEFIT, SENSITIVE",
        KUTAISI + ", აგენტი, PERSON_NAME, IDENTIFYING",
        "scripts_novisad_upis_skola_rs.csv, Општина пребивалишта, COMMUNE, QUASI_IDENTIFYING",
        "scripts_novisad_upis_skola_rs.csv, Радни статус мајке, EMPLOYMENT_STATUS, QUASI_IDENTIFYING",
        "scripts_novisad_upis_skola_rs.csv, Основна школа, SCHOOL, QUASI_IDENTIFYING",
        "scripts_novisad_upis_skola_rs.csv, Учешће родитеља (дин.), AMOUNT, SENSITIVE",
        "scripts_plovdiv_priem_dg_bg.csv, Заетост на родителя, EMPLOYMENT_STATUS, QUASI_IDENTIFYING",
        "scripts_plovdiv_priem_dg_bg.csv, Детска градина, SCHOOL, QUASI_IDENTIFYING",
    })
    void identityAndSituationFieldsAreReadInKoreanGeorgianAndSouthSlavicLanguages(String file, String column,
            String infoType, AttributeType type) {
        ColumnClassification c = FILES.file(file).column(column);

        assertThat(c.infoType()).isEqualTo(infoType);
        assertThat(c.attributeType()).isEqualTo(type);
    }

    @Test
    void aKoreanReligionIsASpecialCategoryAndSmokingHealth() {
        assertThat(FILES.column(BUSAN, "종교").domain()).isEqualTo(Domain.SPECIAL_CATEGORY);
        assertThat(FILES.column(BUSAN, "흡연").domain()).isEqualTo(Domain.HEALTH);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"신앙, 불교, 개신교, 천주교, 종교 없음, 원불교", "რწმენა, მართლმადიდებელი, კათოლიკე, მუსლიმი, ათეისტი, იუდეველი"})
    void religionsOfTheKoreanAndGeorgianCensusesAreASpecialCategoryByTheirValues(String name, String a, String b, String c,
            String d, String e) {
        ColumnClassification column = Fixtures.column(name, a, b, c, d, e, a, a, b);

        assertThat(column.infoType()).isEqualTo("RELIGION");
        assertThat(column.domain()).isEqualTo(Domain.SPECIAL_CATEGORY);
    }

    /** Reading Hangul releases nothing that holding it held: names, places and notes under names no list holds. */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({BUSAN + ", 인솔자", BUSAN + ", 숙소", BUSAN + ", 특이사항", KUTAISI + ", კომენტარი"})
    void wordsUnderANameNoListHoldsOrNotesInACaselessScriptStayHeld(String file, String column) {
        ColumnClassification c = FILES.file(file).column(column);

        assertThat(c.attributeType()).isIn(AttributeType.IDENTIFYING, AttributeType.SENSITIVE);
    }

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"scripts_kutaisi_pension_ka.csv, №", "scripts_novisad_upis_skola_rs.csv, Ред. бр.",
        "scripts_plovdiv_priem_dg_bg.csv, № по ред"})
    void aLineNumberNamedSoIsNoIdentifier(String file, String column) {
        assertThat(FILES.file(file).column(column).attributeType()).isEqualTo(AttributeType.INSENSITIVE);
    }

    /** Guard: places in Hangul, Georgian and Serbian Cyrillic, with hours, coordinates and budgets, stay places. */
    @ParameterizedTest
    @CsvSource({"scripts_daejeon_libraries_kr.csv", "scripts_beograd_vrtici_lista_rs.csv"})
    void aListOfPlacesInTheseScriptsStaysNoPersonalData(String file) {
        ClassificationResult r = FILES.file(file);

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PLACE);
        assertThat(r.dataset().personalData()).isFalse();
    }

    @Test
    void aGeorgianListOfMuseumsStaysPlacesWithItsBudgetInLariOrdinary() {
        ClassificationResult r = FILES.file("scripts_batumi_museums_ka.csv");

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PLACE);
        assertThat(r.column("ბიუჯეტი (ლარი)").attributeType()).isEqualTo(AttributeType.INSENSITIVE);
        assertThat(r.column("№").attributeType()).isEqualTo(AttributeType.INSENSITIVE);
        assertThat(r.column("განედი").attributeType()).isEqualTo(AttributeType.INSENSITIVE);
    }
}
