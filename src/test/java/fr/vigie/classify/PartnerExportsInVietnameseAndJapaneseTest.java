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
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Partner exports in Vietnamese and Japanese, and street addresses written without a street type ({@code attacks-29/},
 * files {@code asia_*}): a house number (perhaps slashed, perhaps in an alley) and a street named after a person is an
 * address; Vietnamese and Japanese identity fields are named in lists; kana are read by Hepburn; what no list names
 * stays held.
 */
class PartnerExportsInVietnameseAndJapaneseTest {
    private static final Fixtures.Folder FILES = Fixtures.folder("attacks-29");
    private static final String DA_NANG = "asia_tro_cap_da_nang_vn.csv";
    private static final String HA_NOI = "asia_ngo_ngach_ha_noi_vn.csv";
    private static final String LOOK_ALIKES = "asia_sosies_adresse_fr.csv";
    private static final String SAPPORO = "asia_sapporo_riyosha_jp.csv";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"273/4 Trưng Nữ Vương", "12 kiệt 45 Hùng Vương", "79 hẻm 86/1 Ông Ích Khiêm",
        "5 ngách 44/23 Láng Hạ", "39 ngõ 110 Khâm Thiên", "Templeman 868", "Rivadavia 1520/3"})
    void aHouseNumberSlashedOrInAnAlleyAndAStreetIsAnAddressShape(String value) {
        assertThat(ContactShapes.streetAddress(value)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1/2 pension complète", "3/4 temps Séjour", "14/20 Assez bien", "2 cp 3 fois par jour",
        "12 fois 2 séances"})
    void fractionsScoresAndDosesAreNoAddressShape(String value) {
        assertThat(ContactShapes.streetAddress(value)).isFalse();
    }

    @Test
    void vietnameseAddressesWithoutAStreetTypeAreStreetAddresses() {
        ColumnClassification listed = FILES.column(DA_NANG, "Nơi thường trú");
        ColumnClassification shaped = FILES.column(HA_NOI, "Nơi ở");

        assertThat(listed.infoType()).isEqualTo("STREET_ADDRESS");
        assertThat(listed.attributeType()).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(shaped.infoType()).isEqualTo("STREET_ADDRESS");
        assertThat(shaped.attributeType()).isEqualTo(AttributeType.IDENTIFYING);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Formule", "Ligne habituelle", "Appréciation"})
    void fractionsBusLinesAndScoresBesidePersonsAreNoAddresses(String column) {
        assertThat(FILES.column(LOOK_ALIKES, column).infoType()).isNotEqualTo("STREET_ADDRESS");
    }

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({
        DA_NANG + ", Họ tên, PERSON_NAME, IDENTIFYING",
        DA_NANG + ", Giới tính, GENDER, QUASI_IDENTIFYING",
        DA_NANG + ", Phường, NEIGHBOURHOOD, QUASI_IDENTIFYING",
        DA_NANG + ", Tôn giáo, RELIGION, SENSITIVE",
        DA_NANG + ", Điện thoại, PHONE_NUMBER, IDENTIFYING",
        HA_NOI + ", Họ và tên chủ hộ, PERSON_NAME, IDENTIFYING",
        SAPPORO + ", 氏名, PERSON_NAME, IDENTIFYING",
        SAPPORO + ", ふりがな, PERSON_NAME, IDENTIFYING",
        SAPPORO + ", 性別, GENDER, QUASI_IDENTIFYING",
        SAPPORO + ", 郵便番号, POSTAL_CODE, QUASI_IDENTIFYING",
        SAPPORO + ", 住所, STREET_ADDRESS, IDENTIFYING",
        SAPPORO + ", 電話番号, PHONE_NUMBER, IDENTIFYING",
    })
    void identityFieldsAreReadInVietnameseAndJapanese(String file, String column, String infoType, AttributeType type) {
        ColumnClassification c = FILES.file(file).column(column);

        assertThat(c.infoType()).isEqualTo(infoType);
        assertThat(c.attributeType()).isEqualTo(type);
    }

    @Test
    void aVietnameseReligionIsASpecialCategory() {
        assertThat(FILES.column(DA_NANG, "Tôn giáo").domain()).isEqualTo(Domain.SPECIAL_CATEGORY);
    }

    @Test
    void vietnameseWardsAndKindsOfAidAreNoPersonsNamesForASyllableThatIsAlsoAGivenName() {
        ColumnClassification ward = FILES.column(DA_NANG, "Phường");
        ColumnClassification aid = FILES.column(DA_NANG, "Hình thức trợ cấp");

        assertThat(ward.infoType()).isNotEqualTo("PERSON_NAME");
        assertThat(aid.infoType()).isNotEqualTo("PERSON_NAME");
        assertThat(aid.attributeType()).isEqualTo(AttributeType.SENSITIVE);
    }

    @Test
    void japaneseEraDatesAreBirthDatesUnderABirthDatesName() {
        assertThat(Validators.japaneseYear("昭和28年7月4日")).isEqualTo(1953);
        assertThat(Validators.japaneseYear("平成元年1月8日")).isEqualTo(1989);
        assertThat(Validators.date("令和6年2月30日")).isFalse();
        assertThat(Validators.date("2024/10/30")).isTrue();
        assertThat(Validators.date("2024/13/30")).isFalse();

        ColumnClassification birth = FILES.column(SAPPORO, "生年月日");
        assertThat(birth.infoType()).isEqualTo("DATE_OF_BIRTH");
        assertThat(birth.attributeType()).isEqualTo(AttributeType.QUASI_IDENTIFYING);
    }

    @Test
    void vietnameseAndJapaneseNotesNamingAnIllnessAreHealth() {
        ColumnClassification vi = Fixtures.column("Ghi chú", "Đang lọc máu tại bệnh viện tỉnh", "Bị đột quỵ năm ngoái",
            "Mắc bệnh tiểu đường", "Nhà dột", "Con đi học xa", "Đang lọc máu tại bệnh viện tỉnh", "Bị đột quỵ năm ngoái",
            "Cần xe lăn", "Nhà dột", "Con đi học xa", "Cần xe lăn", "Mắc bệnh tiểu đường");

        assertThat(vi.domain()).isEqualTo(Domain.HEALTH);
        assertThat(FILES.column(SAPPORO, "備考").domain()).isEqualTo(Domain.HEALTH);
    }

    @Test
    void aJapaneseCareLevelIsHealthAndADongAmountMoney() {
        ColumnClassification level = Fixtures.column("要介護状態区分", "要介護1", "要介護3", "要支援2", "要介護1", "要介護5",
            "要支援1", "要介護2", "要介護1");
        ColumnClassification amount = Fixtures.column("Mức hỗ trợ (VNĐ)", "1.500.000", "750.000", "2.000.000", "500.000",
            "1.500.000", "3.000.000", "750.000", "1.000.000");

        assertThat(level.domain()).isEqualTo(Domain.HEALTH);
        assertThat(amount.infoType()).isEqualTo("AMOUNT");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "id: diagnosis-value, infoType: DIAGNOSIS,|id: diagnosis-value, vietnameseFamilyNames: family-names-vi, infoType: DIAGNOSIS,|only for a rule with match: TOKEN",
        "vietnameseFamilyNames: family-names-vi}|vietnameseFamilyNames: family-names-vn}|unknown"})
    void aVietnameseFamilyNamesKeyOutsideATokenRuleOrOfAnUnknownListIsRejected(String from, String to, String problem,
            @TempDir Path dir) throws IOException {
        String rule = from.startsWith("id: ") ? "diagnosis-value" : "first-name-value";
        Fixtures.assertProjectRulesRejected(dir, yaml -> yaml.replace(from, to),
            "valueRules[" + valueRuleIndex(rule) + "].vietnameseFamilyNames", problem);
    }

    /** The position of a value rule in the project's rules: its items are the lines opened by "  - " under valueRules. */
    private static int valueRuleIndex(String id) throws IOException {
        String yaml = java.nio.file.Files.readString(Fixtures.rulesDir().resolve(ClassificationRules.FILE_NAME));
        int index = -1;
        boolean in = false;
        for (String line : yaml.split("\n")) {
            if (line.startsWith("valueRules:")) {
                in = true;
            } else if (in && !line.isEmpty() && !line.startsWith(" ") && !line.startsWith("#")) {
                break;
            } else if (in && line.startsWith("  - ")) {
                index++;
                if (line.contains("id: " + id + ",") || line.endsWith("id: " + id)) {
                    return index;
                }
            }
        }
        throw new AssertionError("no value rule " + id);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"世帯主との続柄, 長男, 妻, 次女, 孫", "Quan hệ với chủ hộ, Vợ, Con, Cháu, Bố"})
    void aRelationshipToTheHouseholdHeadIsAFamilySituationInJapaneseAndVietnamese(String name, String a, String b,
            String c, String d) {
        ColumnClassification column = Fixtures.column(name, a, b, c, d, a, b, c, d, a, a);

        assertThat(column.infoType()).isEqualTo("FAMILY_SITUATION");
        assertThat(column.attributeType()).isEqualTo(AttributeType.QUASI_IDENTIFYING);
    }

    @Test
    void kanaAreReadByHepburn() {
        assertThat(Text.normalize("フリガナ")).isEqualTo("furigana");
        assertThat(Text.normalize("ケアマネジャー")).isEqualTo("keamaneja");
        assertThat(Text.normalize("しょうた")).isEqualTo("shouta");
        assertThat(Text.normalize("ショートステイ")).isEqualTo("shotosutei");
        assertThat(Text.normalize("さっぽろ")).isEqualTo("sapporo");
        assertThat(Text.unread("ຊື່ ແລະ ນາມສະກຸນ")).isTrue();
        assertThat(Text.unread("氏名")).isTrue();
    }

    @Test
    void readingKanaAndKanjiReleasesNothing() {
        ColumnClassification activities = FILES.column(SAPPORO, "活動");
        ColumnClassification notes = FILES.column(SAPPORO, "備考");

        assertThat(activities.attributeType()).isNotEqualTo(AttributeType.INSENSITIVE);
        assertThat(notes.attributeType()).isNotEqualTo(AttributeType.INSENSITIVE);
    }
}
