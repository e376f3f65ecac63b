package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Partner exports from other European countries (the files of {@code src/test/resources/classify/europe/}, read
 * with Vigie's ingest): the person's national number, names, birth date, sex, citizenship, address and phone are
 * recognised by their names in the country's language and by the numbers' check digits; a register of companies in
 * another language stays an organisation file; order numbers, invoice numbers and product codes of the same
 * lengths are not taken for national numbers.
 */
class EuropeanIdentityColumnsTest {
    private static final Fixtures.Folder FILES = Fixtures.folder("europe");
    private static final Classifier CLASSIFIER = Fixtures.classifier();

    /** Each file classified once for all its cases. */

    /** Residents' files of four countries, each column read in the country's language; a company register's are not. */
    @ParameterizedTest(name = "{0}, {1}: {2} {3}")
    @CsvSource(delimiter = '|', value = {
        // file | column | attributeType | infoType (empty: any)
        "mieszkancy_gdansk_pl.csv | PESEL | IDENTIFYING | NATIONAL_ID_NUMBER",
        "mieszkancy_gdansk_pl.csv | Imię | IDENTIFYING | PERSON_NAME",
        "mieszkancy_gdansk_pl.csv | Nazwisko | IDENTIFYING | PERSON_NAME",
        "mieszkancy_gdansk_pl.csv | Telefon | IDENTIFYING | PHONE_NUMBER",
        "mieszkancy_gdansk_pl.csv | Adres | IDENTIFYING | STREET_ADDRESS",
        "mieszkancy_gdansk_pl.csv | E-mail | IDENTIFYING | EMAIL_ADDRESS",
        "mieszkancy_gdansk_pl.csv | Data urodzenia | QUASI_IDENTIFYING | DATE_OF_BIRTH",
        "mieszkancy_gdansk_pl.csv | Płeć | QUASI_IDENTIFYING | GENDER",
        "mieszkancy_gdansk_pl.csv | Obywatelstwo | QUASI_IDENTIFYING | NATIONALITY",
        "mieszkancy_gdansk_pl.csv | Kod pocztowy | QUASI_IDENTIFYING | POSTAL_CODE",
        "mieszkancy_gdansk_pl.csv | Miejscowość | QUASI_IDENTIFYING | COMMUNE",
        "obcane_brno_cs.csv | Rodné číslo | IDENTIFYING | NATIONAL_ID_NUMBER",
        "obcane_brno_cs.csv | Jméno | IDENTIFYING | PERSON_NAME",
        "obcane_brno_cs.csv | Příjmení | IDENTIFYING | PERSON_NAME",
        "obcane_brno_cs.csv | Telefon | IDENTIFYING | PHONE_NUMBER",
        "obcane_brno_cs.csv | Ulice | IDENTIFYING | STREET_ADDRESS",
        "obcane_brno_cs.csv | Datum narození | QUASI_IDENTIFYING | DATE_OF_BIRTH",
        "obcane_brno_cs.csv | Pohlaví | QUASI_IDENTIFYING | GENDER",
        "obcane_brno_cs.csv | Státní občanství | QUASI_IDENTIFYING | NATIONALITY",
        "obcane_brno_cs.csv | PSČ | QUASI_IDENTIFYING | POSTAL_CODE",
        "obcane_brno_cs.csv | Obec | QUASI_IDENTIFYING | COMMUNE",
        "invanare_malmo_sv.csv | Personnummer | IDENTIFYING | NATIONAL_ID_NUMBER",
        "invanare_malmo_sv.csv | Förnamn | IDENTIFYING | PERSON_NAME",
        "invanare_malmo_sv.csv | Efternamn | IDENTIFYING | PERSON_NAME",
        "invanare_malmo_sv.csv | Mobil | IDENTIFYING | PHONE_NUMBER",
        "invanare_malmo_sv.csv | Gatuadress | IDENTIFYING | STREET_ADDRESS",
        "invanare_malmo_sv.csv | E-post | IDENTIFYING | EMAIL_ADDRESS",
        "invanare_malmo_sv.csv | Kön | QUASI_IDENTIFYING | GENDER",
        "invanare_malmo_sv.csv | Medborgarskap | QUASI_IDENTIFYING | NATIONALITY",
        "invanare_malmo_sv.csv | Postnummer | QUASI_IDENTIFYING | POSTAL_CODE",
        "invanare_malmo_sv.csv | Ort | QUASI_IDENTIFYING | COMMUNE",
        // Greek letters
        "dimotes_thessaloniki_el.csv | ΑΜΚΑ | IDENTIFYING | NATIONAL_ID_NUMBER",
        "dimotes_thessaloniki_el.csv | Όνομα | IDENTIFYING | PERSON_NAME",
        "dimotes_thessaloniki_el.csv | Επώνυμο | IDENTIFYING | PERSON_NAME",
        "dimotes_thessaloniki_el.csv | Τηλέφωνο | IDENTIFYING | PHONE_NUMBER",
        "dimotes_thessaloniki_el.csv | Διεύθυνση | IDENTIFYING | STREET_ADDRESS",
        "dimotes_thessaloniki_el.csv | Ημερομηνία γέννησης | QUASI_IDENTIFYING | DATE_OF_BIRTH",
        "dimotes_thessaloniki_el.csv | Φύλο | QUASI_IDENTIFYING | GENDER",
        "dimotes_thessaloniki_el.csv | Υπηκοότητα | QUASI_IDENTIFYING | NATIONALITY",
        "dimotes_thessaloniki_el.csv | Ταχυδρομικός Κώδικας | QUASI_IDENTIFYING | POSTAL_CODE",
        "dimotes_thessaloniki_el.csv | Δήμος | QUASI_IDENTIFYING | COMMUNE",
        // a register of companies: names, numbers, seats and phones of organisations, no one's
        "rejestr_firm_gdansk_pl.csv | Nazwa | INSENSITIVE | ",
        "rejestr_firm_gdansk_pl.csv | KRS | INSENSITIVE | ",
        "rejestr_firm_gdansk_pl.csv | Siedziba | INSENSITIVE | ",
        "rejestr_firm_gdansk_pl.csv | Telefon | INSENSITIVE | "})
    void eachColumnIsReadInItsCountrysLanguage(String file, String column, AttributeType type, String infoType) {
        ColumnClassification c = FILES.file(file).column(column);
        assertThat(c).as("%s has a column %s", file, column).isNotNull();
        assertThat(c.attributeType()).as("%s, %s: %s", file, column, c).isEqualTo(type);
        if (infoType != null) {
            assertThat(c.infoType()).as("%s, %s: %s", file, column, c).isEqualTo(infoType);
        }
    }

    @Test
    void aPolishResidentsFileDescribesPersons() {
        assertThat(FILES.file("mieszkancy_gdansk_pl.csv").dataset().dataSubject()).isEqualTo(DataSubject.PERSON);
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

    /**
     * Luxembourg's matricule (a birth date, a serial, a Luhn and a Verhoeff digit) and Hungary's personal tax number
     * (8, the days since 1867, a serial, a weighted check) decide a column whose header was lost, as PESEL does.
     */
    @Test
    void luxembourgAndHungarianNumbersUnderALostHeaderAreNationalNumbers() {
        ColumnClassification matricules = CLASSIFIER.classifyColumn("Col3",
            Fixtures.repeat(60, "1983 0812 467 85", "2003042581939", "1971110258749", "2012051469331", "1994092874550"));
        assertThat(matricules.infoType()).isEqualTo("NATIONAL_ID_NUMBER");
        assertThat(matricules.evidence().valueRule()).isEqualTo("national-id-value");
        ColumnClassification adoazonosito = CLASSIFIER.classifyColumn("Unnamed: 4",
            Fixtures.repeat(60, "8422780135", "84227 80135"));
        assertThat(adoazonosito.infoType()).isEqualTo("NATIONAL_ID_NUMBER");
    }

    @Test
    void aCompanyRegisterInPolishDescribesOrganisations() {
        ClassificationResult r = FILES.file("rejestr_firm_gdansk_pl.csv");
        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.ORGANISATION);
        assertThat(r.dataset().personalData()).isFalse();
    }

    @Test
    void orderInvoiceAndProductNumbersAreNotNationalNumbers() {
        ClassificationResult r = FILES.file("zamowienia_sklep_pl.csv");
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
