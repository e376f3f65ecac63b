package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import fr.vigie.model.Domain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Personal numbers of partner countries outside the EU that the project meets (Ukraine's RNOKPP, Turkey's T.C. kimlik
 * numarası, Korea's resident registration number) are read by their check digits like the European ones, whatever the
 * column is called; a refusal of the number written in words does not make the column harmless. Attack files in
 * {@code src/test/resources/classify/attacks-26/} (README there), written apart from round 9's Lviv file.
 */
class PartnerCountriesNationalNumbersTest {
    private static final Fixtures.Folder FILES = Fixtures.folder("attacks-26");

    private static boolean valid(String validator, String value) {
        assertThat(NationalIdentifiers.byName()).containsKey(validator);
        return NationalIdentifiers.byName().get(validator).test(value);
    }

    /** python-stdnum's published example (ua.rntrc) and the same number with its check digit changed. */
    @Test
    void theRnokppIsReadByItsWeightedCheckDigit() {
        assertThat(valid("rnokpp", "1759013776")).isTrue();
        assertThat(valid("rnokpp", "1759013770")).isFalse();
        assertThat(valid("rnokpp", "3328 183957")).isTrue();
        assertThat(NationalIdentifiers.european("1759013776")).isTrue();
    }

    /** A first five digits after today (days since 1899-12-31) is no birth date: no RNOKPP. */
    @Test
    void anRnokppBornInTheFutureIsNone() {
        assertThat(valid("rnokpp", "9999900007")).isFalse();
    }

    /** The well-known test number of NVİ's kimlik check and a changed digit. */
    @Test
    void theTurkishKimlikNumberIsReadByItsTwoCheckDigits() {
        assertThat(valid("tc-kimlik", "10000000146")).isTrue();
        assertThat(valid("tc-kimlik", "10000000145")).isFalse();
        assertThat(valid("tc-kimlik", "01000000146")).isFalse();
        assertThat(NationalIdentifiers.european("10000000146")).isTrue();
    }

    /** python-stdnum's published example (kr.rrn), a changed check digit, and an impossible birth date. */
    @Test
    void theKoreanResidentNumberIsReadByItsDateAndCheckDigit() {
        assertThat(valid("rrn-kr", "971013-9019902")).isTrue();
        assertThat(valid("rrn-kr", "971013-9019903")).isFalse();
        assertThat(valid("rrn-kr", "971313-1019902")).isFalse();
        assertThat(NationalIdentifiers.european("971013-9019902")).isTrue();
    }

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"pomoc_uchodzcy_ua_pl.csv, ІПН", "ngo_displaced_support_en.csv, Ref UA",
        "izmir_kardes_sehir_katilimcilar_tr.csv, Kimlik", "busan_exchange_delegates_en.csv, Reg."})
    void partnerCountriesPersonalNumbersAreNationalIdentifiers(String name, String column) {
        ColumnClassification c = FILES.file(name).column(column);

        assertThat(c.attributeType()).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(c.infoType()).isEqualTo("NATIONAL_ID_NUMBER");
    }

    /**
     * Moldova's IDNP and Georgia's personal number have no published check digit for persons: their names say them (a
     * Romanian-language file from Chișinău, a Georgian one from Tbilisi).
     */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"chisinau_beneficiari_ajutor_md.csv, IDNP", "tbilisi_partnioruli_programa_ge.csv, პირადი ნომერი"})
    void personalNumbersWithNoPublishedCheckAreReadByTheirNames(String name, String column) {
        ColumnClassification c = FILES.file(name).column(column);

        assertThat(c.attributeType()).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(c.infoType()).isEqualTo("NATIONAL_ID_NUMBER");
    }

    /**
     * A fifth of the cells refuse the number on religious grounds, in Polish: the numbers still decide the column, and
     * the refusals tell a religious conviction of those who wrote them (a special category beside the identifier).
     */
    @Test
    void aRefusalOfTheNumberOnReligiousGroundsKeepsTheColumnAndTellsTheConviction() {
        ColumnClassification c = FILES.file("pomoc_uchodzcy_ua_pl.csv").column("ІПН");

        assertThat(c.attributeType()).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(c.domain()).isEqualTo(Domain.SPECIAL_CATEGORY);
    }
}
