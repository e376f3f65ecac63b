package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The core identity fields (names, patronymic headers, sex and its values, date and place of birth, address, phone,
 * national identity number, the staff member in charge) are named in the languages of the world, one list per
 * concept ({@code *-monde.txt}), read by the same rules as every other language's; the bare word for "name" and the
 * staff's titles are left out, their columns held. The partner exports
 * ({@code attacks-30/}, files {@code w30a_*}) are in languages no round used: Thai, Tamil, Amharic, Nepali, Tagalog,
 * Somali, Urdu, Uzbek in Cyrillic, Indonesian. Look-alikes (products named with "nama", a school's name) are no
 * person's name.
 */
class IdentityFieldsOfTheWorldsLanguagesTest {
    private static final Fixtures.Folder FILES = Fixtures.folder("attacks-30");
    private static final String THAI = "w30a_thai_khonkaen_elderly_allowance.csv";
    private static final String TAMIL = "w30a_tamil_coimbatore_pension.csv";
    private static final String AMHARIC = "w30a_amharic_bahirdar_safety_net.csv";
    private static final String NEPALI = "w30a_nepali_butwal_social_security.csv";
    private static final String TAGALOG = "w30a_tagalog_quezon_4ps.csv";
    private static final String SOMALI = "w30a_somali_hargeisa_cash_aid.csv";
    private static final String URDU = "w30a_urdu_lahore_zakat.csv";
    private static final String UZBEK = "w30a_uzbek_samarkand_aid_cyr.csv";
    private static final String INDONESIAN = "w30a_indonesian_bandung_pkh.csv";

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({
        THAI + ", นามสกุล, PERSON_NAME, IDENTIFYING",
        THAI + ", เพศ, GENDER, QUASI_IDENTIFYING",
        THAI + ", ที่อยู่, STREET_ADDRESS, IDENTIFYING",
        TAMIL + ", தந்தை பெயர், PERSON_NAME, IDENTIFYING",
        TAMIL + ", பாலினம், GENDER, QUASI_IDENTIFYING",
        TAMIL + ", பிறந்த தேதி, DATE_OF_BIRTH, QUASI_IDENTIFYING",
        TAMIL + ", முகவரி, STREET_ADDRESS, IDENTIFYING",
        AMHARIC + ", ሙሉ ስም, PERSON_NAME, IDENTIFYING",
        AMHARIC + ", የአባት ስም, PERSON_NAME, IDENTIFYING",
        AMHARIC + ", ፆታ, GENDER, QUASI_IDENTIFYING",
        AMHARIC + ", የትውልድ ቀን, DATE_OF_BIRTH, QUASI_IDENTIFYING",
        AMHARIC + ", አድራሻ, STREET_ADDRESS, IDENTIFYING",
        NEPALI + ", थर, PERSON_NAME, IDENTIFYING",
        NEPALI + ", लिङ्ग, GENDER, QUASI_IDENTIFYING",
        NEPALI + ", जन्म मिति, DATE_OF_BIRTH, QUASI_IDENTIFYING",
        NEPALI + ", ठेगाना, STREET_ADDRESS, IDENTIFYING",
        TAGALOG + ", Apelyido, PERSON_NAME, IDENTIFYING",
        TAGALOG + ", Kasarian, GENDER, QUASI_IDENTIFYING",
        TAGALOG + ", Petsa ng Kapanganakan, DATE_OF_BIRTH, QUASI_IDENTIFYING",
        TAGALOG + ", Tirahan, STREET_ADDRESS, IDENTIFYING",
        SOMALI + ", Magaca Aabaha, PERSON_NAME, IDENTIFYING",
        SOMALI + ", Jinsiga, GENDER, QUASI_IDENTIFYING",
        SOMALI + ", Taariikhda Dhalashada, DATE_OF_BIRTH, QUASI_IDENTIFYING",
        SOMALI + ", Cinwaanka, STREET_ADDRESS, IDENTIFYING",
        URDU + ", پورا نام, PERSON_NAME, IDENTIFYING",
        URDU + ", جنس, GENDER, QUASI_IDENTIFYING",
        URDU + ", تاریخ پیدائش, DATE_OF_BIRTH, QUASI_IDENTIFYING",
        URDU + ", پتہ, STREET_ADDRESS, IDENTIFYING",
        UZBEK + ", Фамилияси, PERSON_NAME, IDENTIFYING",
        UZBEK + ", Жинси, GENDER, QUASI_IDENTIFYING",
        UZBEK + ", Туғилган сана, DATE_OF_BIRTH, QUASI_IDENTIFYING",
        UZBEK + ", Манзил, STREET_ADDRESS, IDENTIFYING",
        INDONESIAN + ", Nama Lengkap, PERSON_NAME, IDENTIFYING",
        INDONESIAN + ", Jenis Kelamin, GENDER, QUASI_IDENTIFYING",
        INDONESIAN + ", Tanggal Lahir, DATE_OF_BIRTH, QUASI_IDENTIFYING",
        INDONESIAN + ", Tempat Lahir, PLACE_OF_BIRTH, QUASI_IDENTIFYING",
        INDONESIAN + ", Alamat, STREET_ADDRESS, IDENTIFYING",
    })
    void theCoreIdentityFieldsAreReadInTheWorldsLanguages(String file, String column, String infoType,
            AttributeType type) {
        ColumnClassification c = FILES.file(file).column(column);

        assertThat(c.infoType()).isEqualTo(infoType);
        assertThat(c.attributeType()).isEqualTo(type);
    }

    /** Phones and national numbers were already kept (identifying) by their shapes; now their names say it too. */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({
        THAI + ", เบอร์โทรศัพท์", TAMIL + ", தொலைபேசி", AMHARIC + ", ስልክ ቁጥር", NEPALI + ", मोबाइल नम्बर",
        TAGALOG + ", Numero ng Telepono", SOMALI + ", Lambarka Taleefanka", URDU + ", موبائل نمبر",
        INDONESIAN + ", Nomor HP",
    })
    void phonesNamedInTheWorldsLanguagesAreReadAsPhones(String file, String column) {
        ColumnClassification c = FILES.file(file).column(column);

        assertThat(c.infoType()).isEqualTo("PHONE_NUMBER");
        assertThat(c.attributeType()).isEqualTo(AttributeType.IDENTIFYING);
    }

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({THAI + ", เลขประจำตัวประชาชน", TAMIL + ", ஆதார் எண்", URDU + ", شناختی کارڈ نمبر"})
    void nationalIdentityNumbersNamedInTheWorldsLanguagesStayIdentifying(String file, String column) {
        ColumnClassification c = FILES.file(file).column(column);

        assertThat(c.attributeType()).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(c.infoType()).isEqualTo("NATIONAL_ID_NUMBER");
    }

    /**
     * The bare word for "name" is no pattern (the name of a temple, a school or a product is no person's), nor are the
     * staff in charge named yet: such columns stay held, never released.
     */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({THAI + ", ชื่อ", THAI + ", นักสังคมสงเคราะห์", TAMIL + ", பெயர்", NEPALI + ", नाम", TAGALOG + ", Pangalan",
        SOMALI + ", Magaca", UZBEK + ", Исми", URDU + ", والد کا نام", INDONESIAN + ", Pendamping",
        INDONESIAN + ", NIK"})
    void namesUnderTheBareWordForANameOrAStaffTitleStayProtected(String file, String column) {
        assertThat(FILES.file(file).column(column).attributeType())
            .isIn(AttributeType.IDENTIFYING, AttributeType.SENSITIVE);
    }

    @ParameterizedTest
    @CsvSource({THAI, TAMIL, AMHARIC, NEPALI, TAGALOG, SOMALI, URDU, UZBEK, INDONESIAN})
    void theseFilesAreAboutPersons(String file) {
        assertThat(FILES.file(file).dataset().dataSubject()).isEqualTo(DataSubject.PERSON);
    }

    /** Look-alike: products named with the word for a name ("Nama Produk") are no person's name. */
    @Test
    void productsNamedWithTheWordForANameAreNoPersonsName() {
        assertThat(FILES.file("w30a_indonesian_umkm_products.csv").column("Nama Produk").infoType())
            .isNotEqualTo("PERSON_NAME");
    }

    /**
     * Look-alike: a school's name is no person's name. (The directory's addresses and phones are read as such, which
     * makes it a file about persons: held on the side of caution, not released.)
     */
    @Test
    void aSchoolsNameIsNoPersonsName() {
        ClassificationResult r = FILES.file("w30a_tamil_schools_directory.csv");

        assertThat(r.column("பள்ளியின் பெயர்").infoType()).isNotEqualTo("PERSON_NAME");
    }
}
