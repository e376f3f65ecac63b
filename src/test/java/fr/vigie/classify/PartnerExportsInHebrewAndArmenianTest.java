package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import fr.vigie.model.Domain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Partner exports in Hebrew and Armenian ({@code attacks-29/}, files {@code scripts_*}): both scripts are read (Hebrew
 * by the consonants of the Academy of the Hebrew Language's rules of 2006, Armenian by BGN/PCGN 1981), the identity and
 * situation fields of those languages are named in lists of their own; what no list names stays held, and lists of
 * places in the same scripts stay places.
 */
class PartnerExportsInHebrewAndArmenianTest {
    private static final Fixtures.Folder FILES = Fixtures.folder("attacks-29");
    private static final String HAIFA = "scripts_haifa_siua_bediyur_il.csv";
    private static final String GYUMRI = "scripts_gyumri_ognutyun_am.csv";

    @Test
    void hebrewIsReadByItsConsonantsAndArmenianByBgnPcgn() {
        assertThat(Text.normalize("שם משפחה")).isEqualTo("shm mshphh");
        assertThat(Text.normalize("מין")).isEqualTo("myn");
        assertThat(Text.normalize("מס' תיק")).isEqualTo("ms tyk");
        assertThat(Text.normalize("קופ\"ח")).isEqualTo("kvph");
        assertThat(Text.normalize("Ազգանուն")).isEqualTo("azganun");
        assertThat(Text.normalize("Սեռ")).isEqualTo("ser");
        assertThat(Text.normalize("ուսուցիչ")).isEqualTo("usutsich");
        assertThat(Text.unread("שכונה")).isFalse();
        assertThat(Text.unread("Հասցե")).isFalse();
        assertThat(Text.unread("ຊື່ ແລະ ນາມສະກຸນ")).isTrue();
    }

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({
        HAIFA + ", שם פרטי, PERSON_NAME, IDENTIFYING",
        HAIFA + ", שם משפחה, PERSON_NAME, IDENTIFYING",
        HAIFA + ", מגדר, GENDER, QUASI_IDENTIFYING",
        HAIFA + ", מצב משפחתי, FAMILY_SITUATION, QUASI_IDENTIFYING",
        HAIFA + ", מספר ילדים, HOUSEHOLD_SIZE, QUASI_IDENTIFYING",
        HAIFA + ", שכונת מגורים, NEIGHBOURHOOD, QUASI_IDENTIFYING",
        HAIFA + ", ארץ הלידה, PLACE_OF_BIRTH, QUASI_IDENTIFYING",
        HAIFA + ", 'הכנסה חודשית (ש\"ח)', INCOME, SENSITIVE",
        HAIFA + ", עובדת סוציאלית, PERSON_NAME, IDENTIFYING",
        GYUMRI + ", Ազգանուն, PERSON_NAME, IDENTIFYING",
        GYUMRI + ", Անուն, PERSON_NAME, IDENTIFYING",
        GYUMRI + ", Հայրանուն, PERSON_NAME, IDENTIFYING",
        GYUMRI + ", Սեռը, GENDER, QUASI_IDENTIFYING",
        GYUMRI + ", Ամուսնական կարգավիճակ, FAMILY_SITUATION, QUASI_IDENTIFYING",
        GYUMRI + ", Երեխաների թիվը, HOUSEHOLD_SIZE, QUASI_IDENTIFYING",
        GYUMRI + ", Թաղամաս, NEIGHBOURHOOD, QUASI_IDENTIFYING",
        GYUMRI + ", Ծննդավայր, PLACE_OF_BIRTH, QUASI_IDENTIFYING",
        GYUMRI + ", Ամսական եկամուտ (դրամ), INCOME, SENSITIVE",
        GYUMRI + ", Սոցիալական աշխատող, PERSON_NAME, IDENTIFYING",
    })
    void identityAndSituationFieldsAreReadInHebrewAndArmenian(String file, String column, String infoType,
            AttributeType type) {
        ColumnClassification c = FILES.file(file).column(column);

        assertThat(c.infoType()).isEqualTo(infoType);
        assertThat(c.attributeType()).isEqualTo(type);
    }

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({HAIFA + ", מקבל/ת קצבת נכות", HAIFA + ", סיבת הפנייה", GYUMRI + ", Հաշմանդամության խումբ"})
    void aDisabilityAllowanceAGroupOrAReasonNamingAnIllnessIsHealth(String file, String column) {
        ColumnClassification c = FILES.file(file).column(column);

        assertThat(c.attributeType()).isEqualTo(AttributeType.SENSITIVE);
        assertThat(c.domain()).isEqualTo(Domain.HEALTH);
    }

    /** A column named for the person's health ({@code מצב בריאותי}, {@code Առողջական վիճակ}) is health data by its name. */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({HAIFA + ", מצב בריאותי", GYUMRI + ", Առողջական վիճակ"})
    void aColumnNamedForHealthIsHealthData(String file, String column) {
        ColumnClassification c = FILES.file(file).column(column);

        assertThat(c.infoType()).isEqualTo("HEALTH_DATA");
        assertThat(c.domain()).isEqualTo(Domain.HEALTH);
    }

    /** Hebrew notes that give a phone after the word announcing it ({@code בנייד}, {@code מתקשר:}) identify. */
    @Test
    void hebrewNotesGivingAPhoneAfterItsWordIdentify() {
        assertThat(FILES.column(HAIFA, "הערות").attributeType()).isEqualTo(AttributeType.IDENTIFYING);
    }

    /**
     * A payment asked of a person (Armenian {@code Վճար}, three levels, free for some) is the person's money, not a list
     * price released for its few levels.
     */
    @Test
    void aPaymentOfAPersonIsFinancialNotAListPrice() {
        ColumnClassification c = FILES.column(GYUMRI, "Վճար (դրամ)");

        assertThat(c.attributeType()).isEqualTo(AttributeType.SENSITIVE);
        assertThat(c.domain()).isEqualTo(Domain.FINANCIAL);
    }

    /**
     * Reading Hebrew and Armenian releases nothing that holding them held: names under a header no list holds (an
     * escort, {@code מלווה}, {@code Ուղեկցող}) and notes stay protected.
     */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({HAIFA + ", מלווה", HAIFA + ", הערות", HAIFA + ", כתובת", GYUMRI + ", Ուղեկցող", GYUMRI + ", Նշումներ"})
    void wordsUnderANameNoListHoldsAndNotesStayHeld(String file, String column) {
        ColumnClassification c = FILES.file(file).column(column);

        assertThat(c.attributeType()).isIn(AttributeType.IDENTIFYING, AttributeType.SENSITIVE);
    }

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({HAIFA + ", מס'", GYUMRI + ", Հ/Հ"})
    void aLineNumberNamedSoIsNoIdentifier(String file, String column) {
        assertThat(FILES.file(file).column(column).attributeType()).isEqualTo(AttributeType.INSENSITIVE);
    }

    /** Guard: community centres in Hebrew and libraries in Armenian, with hours, coordinates and budgets, stay places. */
    @ParameterizedTest
    @CsvSource({"scripts_haifa_matnasim_il.csv", "scripts_gyumri_gradaranner_am.csv"})
    void aListOfPlacesInTheseScriptsStaysNoPersonalData(String file) {
        ClassificationResult r = FILES.file(file);

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PLACE);
        assertThat(r.dataset().personalData()).isFalse();
    }

    /** Guard: a header naming an institution's name is no person's name, in either script. */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"scripts_haifa_matnasim_il.csv, שם המרכז", "scripts_gyumri_gradaranner_am.csv, Հաստատության անվանում"})
    void anInstitutionsNameIsNoPersonsName(String file, String column) {
        assertThat(FILES.file(file).column(column).infoType()).isNotEqualTo("PERSON_NAME");
    }
}
