package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Partner exports from other European countries (the files of {@code src/test/resources/classify/europe/}, read
 * with Vigie's ingest): the person's national number, names, birth date, sex, citizenship, address and phone are
 * recognised by their names in the country's language and by the numbers' check digits; a register of companies in
 * another language stays an organisation file; order numbers, invoice numbers and product codes of the same
 * lengths are not taken for national numbers.
 */
class EuropeanIdentityColumnsTest {
    private static final Path DIR = CorpusGenerator.DEFAULT_DIR.resolve("europe");
    private static final Classifier CLASSIFIER = Fixtures.classifier();

    private static ClassificationResult file(String name) {
        return CorpusEvaluation.classify(CLASSIFIER, DIR.resolve(name));
    }

    private static void assertColumns(ClassificationResult result, AttributeType type, String infoType, String... columns) {
        for (String column : columns) {
            ColumnClassification c = result.column(column);
            assertThat(c).as(column).isNotNull();
            assertThat(c.attributeType()).as(column + " " + c).isEqualTo(type);
            if (infoType != null) {
                assertThat(c.infoType()).as(column + " " + c).isEqualTo(infoType);
            }
        }
    }

    @Test
    void aPolishResidentsFileIsReadInPolish() {
        ClassificationResult r = file("mieszkancy_gdansk_pl.csv");
        assertColumns(r, AttributeType.IDENTIFYING, "NATIONAL_ID_NUMBER", "PESEL");
        assertColumns(r, AttributeType.IDENTIFYING, "PERSON_NAME", "Imię", "Nazwisko");
        assertColumns(r, AttributeType.IDENTIFYING, "PHONE_NUMBER", "Telefon");
        assertColumns(r, AttributeType.IDENTIFYING, "STREET_ADDRESS", "Adres");
        assertColumns(r, AttributeType.IDENTIFYING, "EMAIL_ADDRESS", "E-mail");
        assertColumns(r, AttributeType.QUASI_IDENTIFYING, "DATE_OF_BIRTH", "Data urodzenia");
        assertColumns(r, AttributeType.QUASI_IDENTIFYING, "GENDER", "Płeć");
        assertColumns(r, AttributeType.QUASI_IDENTIFYING, "NATIONALITY", "Obywatelstwo");
        assertColumns(r, AttributeType.QUASI_IDENTIFYING, "POSTAL_CODE", "Kod pocztowy");
        assertColumns(r, AttributeType.QUASI_IDENTIFYING, "COMMUNE", "Miejscowość");
        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PERSON);
    }

    @Test
    void aCzechCitizensFileIsReadInCzech() {
        ClassificationResult r = file("obcane_brno_cs.csv");
        assertColumns(r, AttributeType.IDENTIFYING, "NATIONAL_ID_NUMBER", "Rodné číslo");
        assertColumns(r, AttributeType.IDENTIFYING, "PERSON_NAME", "Jméno", "Příjmení");
        assertColumns(r, AttributeType.IDENTIFYING, "PHONE_NUMBER", "Telefon");
        assertColumns(r, AttributeType.IDENTIFYING, "STREET_ADDRESS", "Ulice");
        assertColumns(r, AttributeType.QUASI_IDENTIFYING, "DATE_OF_BIRTH", "Datum narození");
        assertColumns(r, AttributeType.QUASI_IDENTIFYING, "GENDER", "Pohlaví");
        assertColumns(r, AttributeType.QUASI_IDENTIFYING, "NATIONALITY", "Státní občanství");
        assertColumns(r, AttributeType.QUASI_IDENTIFYING, "POSTAL_CODE", "PSČ");
        assertColumns(r, AttributeType.QUASI_IDENTIFYING, "COMMUNE", "Obec");
    }

    @Test
    void aSwedishResidentsFileIsReadInSwedish() {
        ClassificationResult r = file("invanare_malmo_sv.csv");
        assertColumns(r, AttributeType.IDENTIFYING, "NATIONAL_ID_NUMBER", "Personnummer");
        assertColumns(r, AttributeType.IDENTIFYING, "PERSON_NAME", "Förnamn", "Efternamn");
        assertColumns(r, AttributeType.IDENTIFYING, "PHONE_NUMBER", "Mobil");
        assertColumns(r, AttributeType.IDENTIFYING, "STREET_ADDRESS", "Gatuadress");
        assertColumns(r, AttributeType.IDENTIFYING, "EMAIL_ADDRESS", "E-post");
        assertColumns(r, AttributeType.QUASI_IDENTIFYING, "GENDER", "Kön");
        assertColumns(r, AttributeType.QUASI_IDENTIFYING, "NATIONALITY", "Medborgarskap");
        assertColumns(r, AttributeType.QUASI_IDENTIFYING, "POSTAL_CODE", "Postnummer");
        assertColumns(r, AttributeType.QUASI_IDENTIFYING, "COMMUNE", "Ort");
    }

    @Test
    void aGreekResidentsFileIsReadInGreekLetters() {
        ClassificationResult r = file("dimotes_thessaloniki_el.csv");
        assertColumns(r, AttributeType.IDENTIFYING, "NATIONAL_ID_NUMBER", "ΑΜΚΑ");
        assertColumns(r, AttributeType.IDENTIFYING, "PERSON_NAME", "Όνομα", "Επώνυμο");
        assertColumns(r, AttributeType.IDENTIFYING, "PHONE_NUMBER", "Τηλέφωνο");
        assertColumns(r, AttributeType.IDENTIFYING, "STREET_ADDRESS", "Διεύθυνση");
        assertColumns(r, AttributeType.QUASI_IDENTIFYING, "DATE_OF_BIRTH", "Ημερομηνία γέννησης");
        assertColumns(r, AttributeType.QUASI_IDENTIFYING, "GENDER", "Φύλο");
        assertColumns(r, AttributeType.QUASI_IDENTIFYING, "NATIONALITY", "Υπηκοότητα");
        assertColumns(r, AttributeType.QUASI_IDENTIFYING, "POSTAL_CODE", "Ταχυδρομικός Κώδικας");
        assertColumns(r, AttributeType.QUASI_IDENTIFYING, "COMMUNE", "Δήμος");
    }

    @Test
    void unnamedColumnsAreDecidedByCheckDigitsAndCountryCodes() {
        ColumnClassification pesel = CLASSIFIER.classifyColumn("kolumna_2",
            Fixtures.repeat(60, "44051401359", "02070803628", "85013080283", "61071183612"));
        assertThat(pesel.infoType()).isEqualTo("NATIONAL_ID_NUMBER");
        assertThat(pesel.evidence().valueRule()).isEqualTo("national-id-value");
        ColumnClassification phones = CLASSIFIER.classifyColumn("kontakt",
            Fixtures.repeat(60, "+48 501 234 567", "0048 22 123 45 67", "+420 603 123 456", "+46 70 123 45 67"));
        assertThat(phones.infoType()).isEqualTo("PHONE_NUMBER");
        // Free text quoting a foreign number is identifying.
        List<String> text = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) {
            text.add(i % 2 == 0
                ? "Prosi o kontakt telefoniczny pod numerem +48 601 234 5" + (10 + i) + " po godzinie " + (8 + i % 9)
                : "Brak odpowiedzi na list z dnia " + (1 + i % 28) + " marca, ponowić wizytę i sprawdzić adres");
        }
        ColumnClassification notes = CLASSIFIER.classifyColumn("uwagi", text);
        assertThat(notes.attributeType()).isEqualTo(AttributeType.IDENTIFYING);
    }

    @Test
    void aCompanyRegisterInPolishDescribesOrganisations() {
        ClassificationResult r = file("rejestr_firm_gdansk_pl.csv");
        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.ORGANISATION);
        assertThat(r.dataset().personalData()).isFalse();
        assertColumns(r, AttributeType.INSENSITIVE, null, "Nazwa", "KRS", "Siedziba", "Telefon");
    }

    @Test
    void orderInvoiceAndProductNumbersAreNotNationalNumbers() {
        ClassificationResult r = file("zamowienia_sklep_pl.csv");
        for (String column : List.of("Nr zamówienia", "Nr faktury", "Kod produktu", "EAN wewnętrzny")) {
            assertThat(r.column(column).infoType()).as(column).isNotEqualTo("NATIONAL_ID_NUMBER");
            assertThat(r.column(column).infoType()).as(column).isNotEqualTo("PHONE_NUMBER");
        }
    }

    @Test
    void frenchPhoneNumbersAreReadAsBefore() {
        ColumnClassification fr = CLASSIFIER.classifyColumn("col",
            Fixtures.repeat(60, "06 12 34 56 78", "01.45.67.89.10", "+33 6 98 76 54 32", "0033 4 67 12 34 56"));
        assertThat(fr.infoType()).isEqualTo("PHONE_NUMBER");
        assertThat(fr.evidence().valueRule()).isEqualTo("phone-value");
    }
}
