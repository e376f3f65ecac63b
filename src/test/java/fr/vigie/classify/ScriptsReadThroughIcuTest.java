package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every script is read: the scripts the normaliser's own table lacks (Devanagari, Thai, Tamil, Ethiopic...) are written in Latin letters by ICU4J's transliterators, the table's own readings unchanged.
 * A script read that way is read only through lists and has no capitals to tell a name, so a column of names or
 * diagnoses under a header no list names stays held ({@code attacks-30/}, files {@code w30a_*}).
 */
class ScriptsReadThroughIcuTest {
    private static final Fixtures.Folder FILES = Fixtures.folder("attacks-30");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "लिंग|linga", "पता|pata", "जन्म मिति|janma miti", "ชื่อ-นามสกุล|chux namskul", "முகவரி|mukavari",
        "ਪਤਾ|pata", "አድራሻ|aderasa", "१९८४|1984", "ދިވެހި|divehi"})
    void lettersTheTableLacksAreWrittenInLatinLetters(String text, String latin) {
        assertThat(Text.normalize(text)).isEqualTo(latin);
        assertThat(Text.unread(text)).isFalse();
    }

    /** Guard: what the table and the kana reading cover reads as before, and Han stays as written. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Фамилия|familiya", "Επώνυμο|eponymo", "الجنس|aljns", "שם משפחה|shm mshphh", "Ազգանուն|azganun",
        "성별|seongbyeol", "氏名|氏名", "Әкесінің аты|akesinin aty", "フリガナ|furigana", "Płeć|plec", "Fødselsdato|fodselsdato", "ngày sinh|ngay sinh"})
    void theTableKanaAndHanReadAsBefore(String text, String normal) {
        assertThat(Text.normalize(text)).isEqualTo(normal);
    }

    @Test
    void aScriptReadThroughIcuIsReadOnlyThroughListsAndHasNoCapitals() {
        for (String text : new String[] {"राम थापा", "สมชาย ศรีสุข", "முருகன்", "አበበ ከበደ", "ਹਰਪ੍ਰੀਤ"}) {
            assertThat(Text.readOnlyThroughLists(text)).as(text).isTrue();
            assertThat(Text.caseless(text)).as(text).isTrue();
        }
        assertThat(Text.readOnlyThroughLists("Δήμος Αθηναίων")).isFalse();
        assertThat(Text.readOnlyThroughLists("Jean Dupont")).isFalse();
        assertThat(Text.readOnlyThroughLists("Иван Петров")).isFalse();
    }

    /** A script ICU4J has no transliterator for (Lao) is left unread, as before. */
    @Test
    void aScriptWithoutATransliteratorStaysUnread() {
        assertThat(Text.unread("ຊື່ ແລະ ນາມສະກຸນ")).isTrue();
    }

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({
        "w30a_thai_phayao_home_care.csv, คอลัมน์1", "w30a_thai_phayao_home_care.csv, คอลัมน์2",
        "w30a_nepali_pokhara_clinic.csv, स्तम्भ१", "w30a_nepali_pokhara_clinic.csv, स्तम्भ२",
        "w30a_tamil_madurai_register.csv, நெடுவரிசை1", "w30a_tamil_madurai_register.csv, நெடுவரிசை2",
    })
    void namesOrDiagnosesUnderAHeaderNoListNamesStayHeld(String file, String column) {
        ColumnClassification c = FILES.file(file).column(column);

        assertThat(c.attributeType()).isIn(AttributeType.IDENTIFYING, AttributeType.SENSITIVE);
        assertThat(c.reviewNeeded()).isTrue();
    }

    /** Cost: printed, not asserted (the machine is shared); the figures are reported with the change. */
    @Test
    void normalisingAColumnOfThaiOrDevanagariValuesCostsLittle() {
        String[] thai = {"สมชาย ศรีสุข", "วิภา บุญมา", "อนุชา ทองดี", "ปราณี แสงทอง"};
        String[] hindi = {"राम अधिकारी", "सीता श्रेष्ठ", "हरि गुरुङ", "गीता थापा"};
        String[] russian = {"Иван Петров", "Анна Смирнова", "Олег Попов", "Мария Козлова"};
        for (String[] values : new String[][] {thai, hindi, russian, thai, hindi, russian}) {
            long start = System.nanoTime();
            int n = 20_000;
            int length = 0;
            for (int i = 0; i < n; i++) {
                length += Text.normalize(values[i % values.length]).length();
            }
            long micros = (System.nanoTime() - start) / 1000;
            System.out.printf("normalize %s: %.2f us per value (%d chars)%n", values[0], micros / (double) n, length);
            assertThat(length).isPositive();
        }
    }
}
