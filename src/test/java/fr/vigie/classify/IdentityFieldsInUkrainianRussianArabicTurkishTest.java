package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import fr.vigie.model.Domain;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Partners in Ukraine, Russia's neighbours, the Maghreb and the Mashriq, Turkey and Iceland name a person's identity and
 * situation fields in their own script: Cyrillic is written in Latin letters and Arabic as its consonants before the
 * name rules, and one list per concept ({@code *-ua-ru-ar-tr.txt}) holds their standard forms' names. Files of our own
 * ({@code attacks-27/names27_*}), in other layouts than the partner exports that showed the miss; the ordinary columns
 * of the same files (a date of visit, a count of sessions, a duration) stay ordinary.
 */
class IdentityFieldsInUkrainianRussianArabicTurkishTest {
    private static final Fixtures.Folder FILES = Fixtures.folder("attacks-27");

    @ParameterizedTest(name = "{0}, {1}: {2} {3} {4}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // file | column | attributeType | domain (- : none) | infoType (empty: any)
        "names27_odesa_pomoshch_ru.csv | Фамилия | IDENTIFYING | - | PERSON_NAME",
        "names27_odesa_pomoshch_ru.csv | Имя | IDENTIFYING | - | PERSON_NAME",
        "names27_odesa_pomoshch_ru.csv | Отчество | IDENTIFYING | - | PERSON_NAME",
        "names27_odesa_pomoshch_ru.csv | Пол | QUASI_IDENTIFYING | - | GENDER",
        "names27_odesa_pomoshch_ru.csv | Гражданство | QUASI_IDENTIFYING | - | NATIONALITY",
        "names27_odesa_pomoshch_ru.csv | Место рождения | QUASI_IDENTIFYING | - | PLACE_OF_BIRTH",
        "names27_odesa_pomoshch_ru.csv | Город | QUASI_IDENTIFYING | - | COMMUNE",
        "names27_odesa_pomoshch_ru.csv | Район | QUASI_IDENTIFYING | - | ''",
        "names27_odesa_pomoshch_ru.csv | Почтовый индекс | QUASI_IDENTIFYING | - | POSTAL_CODE",
        "names27_odesa_pomoshch_ru.csv | Семейное положение | QUASI_IDENTIFYING | - | FAMILY_SITUATION",
        "names27_odesa_pomoshch_ru.csv | Образование | QUASI_IDENTIFYING | - | EDUCATION_LEVEL",
        "names27_odesa_pomoshch_ru.csv | Состав семьи | QUASI_IDENTIFYING | - | HOUSEHOLD_SIZE",
        "names27_odesa_pomoshch_ru.csv | Группа инвалидности | SENSITIVE | HEALTH | DISABILITY",
        "names27_odesa_pomoshch_ru.csv | Льготная категория | SENSITIVE | HEALTH | ''",
        "names27_odesa_pomoshch_ru.csv | Доход семьи (руб) | SENSITIVE | FINANCIAL | INCOME",
        "names27_odesa_pomoshch_ru.csv | Примечания | IDENTIFYING | HEALTH | FREE_TEXT",
        "names27_amman_tamkeen_ar.tsv | الاسم الكامل | IDENTIFYING | - | PERSON_NAME",
        "names27_amman_tamkeen_ar.tsv | اسم العائلة | IDENTIFYING | - | PERSON_NAME",
        "names27_amman_tamkeen_ar.tsv | الجنس | QUASI_IDENTIFYING | - | GENDER",
        "names27_amman_tamkeen_ar.tsv | الجنسية | QUASI_IDENTIFYING | - | NATIONALITY",
        "names27_amman_tamkeen_ar.tsv | مكان الميلاد | QUASI_IDENTIFYING | - | PLACE_OF_BIRTH",
        "names27_amman_tamkeen_ar.tsv | المدينة | QUASI_IDENTIFYING | - | COMMUNE",
        "names27_amman_tamkeen_ar.tsv | الرمز البريدي | QUASI_IDENTIFYING | - | POSTAL_CODE",
        "names27_amman_tamkeen_ar.tsv | الحالة الاجتماعية | QUASI_IDENTIFYING | - | FAMILY_SITUATION",
        "names27_amman_tamkeen_ar.tsv | المستوى التعليمي | QUASI_IDENTIFYING | - | EDUCATION_LEVEL",
        "names27_amman_tamkeen_ar.tsv | عدد أفراد الأسرة | QUASI_IDENTIFYING | - | HOUSEHOLD_SIZE",
        "names27_amman_tamkeen_ar.tsv | الدخل الشهري | SENSITIVE | FINANCIAL | INCOME",
        "names27_amman_tamkeen_ar.tsv | نوع الإعاقة | SENSITIVE | HEALTH | DISABILITY",
        "names27_amman_tamkeen_ar.tsv | ملاحظات | IDENTIFYING | HEALTH | FREE_TEXT",
        "names27_ankara_kurs_kayit_tr.csv | Ad Soyad | IDENTIFYING | - | PERSON_NAME",
        "names27_ankara_kurs_kayit_tr.csv | Cinsiyeti | QUASI_IDENTIFYING | - | GENDER",
        "names27_ankara_kurs_kayit_tr.csv | Uyruğu | QUASI_IDENTIFYING | - | NATIONALITY",
        "names27_ankara_kurs_kayit_tr.csv | Doğum Yeri | QUASI_IDENTIFYING | - | PLACE_OF_BIRTH",
        "names27_ankara_kurs_kayit_tr.csv | Medeni Hali | QUASI_IDENTIFYING | - | FAMILY_SITUATION",
        "names27_ankara_kurs_kayit_tr.csv | Öğrenim Durumu | QUASI_IDENTIFYING | - | EDUCATION_LEVEL",
        "names27_ankara_kurs_kayit_tr.csv | İlçe | QUASI_IDENTIFYING | - | COMMUNE",
        "names27_ankara_kurs_kayit_tr.csv | Mahalle | QUASI_IDENTIFYING | - | ''",
        "names27_ankara_kurs_kayit_tr.csv | Posta Kodu | QUASI_IDENTIFYING | - | POSTAL_CODE",
        "names27_ankara_kurs_kayit_tr.csv | Engel Durumu | SENSITIVE | HEALTH | DISABILITY",
        "names27_ankara_kurs_kayit_tr.csv | Aylık Gelir (TL) | SENSITIVE | FINANCIAL | INCOME",
        "names27_ankara_kurs_kayit_tr.csv | Açıklama | IDENTIFYING | HEALTH | FREE_TEXT",
        "names27_izmir_kutuphane_atolye_tr.csv | Adı | IDENTIFYING | - | PERSON_NAME",
        "names27_izmir_kutuphane_atolye_tr.csv | Cinsiyet | QUASI_IDENTIFYING | - | GENDER",
        "names27_sousse_nadi_shabab_ar.csv | اللقب | IDENTIFYING | - | PERSON_NAME",
        "names27_sousse_nadi_shabab_ar.csv | الاسم | IDENTIFYING | - | PERSON_NAME",
        "names27_sousse_nadi_shabab_ar.csv | الجنس | QUASI_IDENTIFYING | - | GENDER",
        "names27_kopavogur_leikskolagjold_is.csv | Leikskóli | QUASI_IDENTIFYING | - | SCHOOL",
        "names27_kopavogur_leikskolagjold_is.csv | Mánaðargjald (kr.) | SENSITIVE | FINANCIAL | ''",
        "names27_kopavogur_leikskolagjold_is.csv | Afsláttur | SENSITIVE | FINANCIAL | ''",
        "names27_kopavogur_leikskolagjold_is.csv | Athugasemdir | IDENTIFYING | HEALTH | FREE_TEXT",
    })
    void identityAndSituationFieldsAreReadInTheirOwnScript(String file, String name, AttributeType type, Domain domain,
            String infoType) {
        ColumnClassification c = FILES.column(file, name);
        assertThat(c.attributeType()).as(name).isEqualTo(type);
        assertThat(c.domain()).as(name).isEqualTo(domain);
        assertThat(c.reviewNeeded()).as(name).isFalse();
        if (!infoType.isEmpty()) {
            assertThat(c.infoType()).as(name).isEqualTo(infoType);
        }
    }

    /** A date of visit, a count of sessions and a duration in minutes or hours, in a file with no health column. */
    @ParameterizedTest(name = "{0}, {1}")
    @CsvSource(delimiter = '|', value = {
        "names27_lviv_zakhody_uk.csv | Дата заходу",
        "names27_lviv_zakhody_uk.csv | Кількість занять",
        "names27_lviv_zakhody_uk.csv | Тривалість (хв)",
        "names27_izmir_kutuphane_atolye_tr.csv | Ziyaret Tarihi",
        "names27_izmir_kutuphane_atolye_tr.csv | Atölye Sayısı",
        "names27_izmir_kutuphane_atolye_tr.csv | Süre (dk)",
        "names27_sousse_nadi_shabab_ar.csv | تاريخ الزيارة",
        "names27_sousse_nadi_shabab_ar.csv | عدد الحصص",
        "names27_sousse_nadi_shabab_ar.csv | المدة (دقيقة)",
        "names27_kopavogur_leikskolagjold_is.csv | Vistunartími (klst.)",
    })
    void ordinaryColumnsOfTheseLanguagesStayOrdinary(String file, String name) {
        ColumnClassification c = FILES.column(file, name);
        assertThat(c.attributeType()).as(name).isEqualTo(AttributeType.INSENSITIVE);
        assertThat(c.reviewNeeded()).as(name).isFalse();
    }

    /** "Program Adı", "اسم البرنامج": the name of a programme is no person's name, whatever else holds it. */
    @ParameterizedTest(name = "{0}, {1}")
    @CsvSource(delimiter = '|', value = {
        "names27_izmir_kutuphane_atolye_tr.csv | Program Adı",
        "names27_ankara_kurs_kayit_tr.csv | Program Adı",
        "names27_amman_tamkeen_ar.tsv | اسم البرنامج",
        "names27_lviv_zakhody_uk.csv | Назва програми",
        "names27_odesa_pomoshch_ru.csv | Программа",
    })
    void aProgrammeNameIsNoPersonName(String file, String name) {
        ColumnClassification c = FILES.column(file, name);
        assertThat(c.infoType()).as(name).isNotEqualTo("PERSON_NAME");
        assertThat(c.attributeType()).as(name).isNotEqualTo(AttributeType.IDENTIFYING);
    }

    /** The sex in Arabic and Turkish: the name and the values together, as for the other languages. */
    @Test
    void theSexIsReadFromItsNameAndItsValuesInArabicAndTurkish() {
        assertThat(Fixtures.column("الجنس", "ذكر", "أنثى", "أنثى").infoType()).isEqualTo("GENDER");
        assertThat(Fixtures.column("Cinsiyet", "K", "E", "K").infoType()).isEqualTo("GENDER");
        assertThat(Fixtures.column("Cinsiyet", "Kadın", "Erkek").infoType()).isEqualTo("GENDER");
        // the same name over other values is not a sex
        assertThat(Fixtures.column("الجنس", "رواية", "شعر", "تاريخ", "قصة", "مسرح").infoType()).isNotEqualTo("GENDER");
    }

    /** A disability group as Ukrainian and Russian forms write it reveals a disability under a name that says nothing. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "I група | II група | III група | дитина з інвалідністю | II група",
        "I группа | II группа | III группа | ребенок-инвалид | II группа",
    })
    void disabilityGroupsOfUkraineAndRussiaAreDisabilityValues(String a, String b, String c, String d, String e) {
        ColumnClassification column = Fixtures.column("Статус", a, b, c, d, e);
        assertThat(column.attributeType()).isEqualTo(AttributeType.SENSITIVE);
        assertThat(column.domain()).isEqualTo(Domain.HEALTH);
    }

    /**
     * A category of privileges (Ukraine's, Russia's) is the person's health when some of its values name a disability,
     * and a benefit when none does (a pensioner by age, a large family).
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "Пільгова категорія | HEALTH | особа з інвалідністю | пенсіонер за віком | одинока мати | пенсіонер за віком",
        "Льготная категория | HEALTH | пенсионер по возрасту | инвалид II группы | многодетная семья | пенсионер по возрасту",
        "Пільгова категорія | FINANCIAL | пенсіонер за віком | багатодітна сім'я | одинока мати | пенсіонер за віком",
        "Льготная категория | FINANCIAL | пенсионер по возрасту | многодетная семья | одинокая мать | многодетная семья",
    })
    void aCategoryOfPrivilegesIsHealthWhenItsValuesNameADisability(String name, Domain domain, String a, String b,
            String c, String d) {
        ColumnClassification column = Fixtures.column(name, a, b, c, d);
        assertThat(column.attributeType()).isEqualTo(AttributeType.SENSITIVE);
        assertThat(column.domain()).isEqualTo(domain);
        assertThat(column.reviewNeeded()).isFalse();
    }

    /** The national identity card's number as the Maghreb and the Mashriq name it: eight to fourteen digits, no check. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "رقم بطاقة التعريف | 08412345 | 11536917 | 07959801 | 10510103",
        "الرقم القومي | 28501011234567 | 29203150123456 | 27711230987654 | 30105051234567",
        "الرقم الوطني | 9861012345 | 2000123456 | 9911054321 | 9790234567",
    })
    void anIdentityCardNumberNamedInArabicIsANationalIdentifier(String name, String a, String b, String c, String d) {
        ColumnClassification column = Fixtures.column(name, a, b, c, d);
        assertThat(column.attributeType()).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(column.infoType()).isEqualTo("NATIONAL_ID_NUMBER");
    }

    /** Arabic is read as its consonants, the article kept, the hamza's seats folded, Arabic-Indic digits as digits. */
    @Test
    void arabicIsWrittenInLatinLettersBeforeTheNameRules() {
        assertThat(Text.normalize("الجنس")).isEqualTo("aljns");
        assertThat(Text.normalize("اسم الأب")).isEqualTo(Text.normalize("اسم الاب")).isEqualTo("asm alab");
        assertThat(Text.normalize("الإسم")).isEqualTo(Text.normalize("الاسم"));
        assertThat(Text.normalize("ملاحظات")).isEqualTo("mlahzat");
        assertThat(Text.normalize("رقم ١٢٣")).isEqualTo("rqm 123");
        assertThat(Text.nameTokens("Дата народження")).containsExactly("data", "narodzhennya");
    }

    /** The new lists are declared like the others: a rule naming one that is not declared fails on load. */
    @Test
    void aListOfNamesThatIsNotDeclaredIsRejectedOnLoad(@TempDir Path dir) {
        String yaml = Fixtures.minimalRules().replace("names: [nom, prenom]}",
            "names: [nom], namesFrom: [first-names, person-names-ua-ru-ar-tr]}");
        Fixtures.assertRulesRejected(dir, yaml, "nameRules[0].namesFrom[1]", "unknown dictionary");
    }
}
