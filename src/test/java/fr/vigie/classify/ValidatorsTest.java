package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValidatorsTest {

    @ParameterizedTest
    @ValueSource(strings = {"185057800604830", "2 85 05 78 006 048 77", "285052A00604821", "185052B00604801",
        "385057800604827", "185207800604876", "185557800604854", "1-85-05-78-006-048-30"})
    void acceptsNirWithRightKey(String nir) {
        assertThat(Validators.nir(nir)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"185057800604831", "285057800604830", "585057800604830", "185137800604830",
        "185007800604830", "185457800604830", "285052A00604822", "18505780060483", "1850578006048300", "18505780060483A"})
    void rejectsNirWithWrongKeyOrImpossibleFields(String nir) {
        assertThat(Validators.nir(nir)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"732829320", "552 100 554"})
    void acceptsSirenPassingLuhn(String siren) {
        assertThat(Validators.siren(siren)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"732829321", "73282932", "A32829320"})
    void rejectsSirenFailingLuhnOrLength(String siren) {
        assertThat(Validators.siren(siren)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"73282932000074", "552 100 554 00013", "35600000000048", "35600000010000"})
    void acceptsSiretIncludingLaPosteException(String siret) {
        assertThat(Validators.siret(siret)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"73282932000075", "35600000010001", "7328293200007"})
    void rejectsSiretFailingBothChecks(String siret) {
        assertThat(Validators.siret(siret)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"FR7630006000011234567890189", "FR76 3000 6000 0112 3456 7890 189",
        "DE89370400440532013000", "GB82WEST12345698765432", "fr7630006000011234567890189"})
    void acceptsIbanWithRightChecksumAndCountryLength(String iban) {
        assertThat(Validators.iban(iban)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"FR7630006000011234567890188", "FR763000600001123456789018", "DE8937040044053201300",
        "XX89370400440532013000", "GB82WEST1234569876543X"})
    void rejectsIbanWithWrongChecksumLengthOrCountry(String iban) {
        assertThat(Validators.iban(iban)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"BNPAFRPP", "BNPAFRPPXXX", "AGRIFRPP834", "DEUTDEFF"})
    void acceptsBic(String bic) {
        assertThat(Validators.bic(bic)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"BNPAXXPP", "BNPAFRP", "BNPAFRPPXX", "bnpafrpp", "1NPAFRPP"})
    void rejectsBicWithUnknownCountryOrWrongLength(String bic) {
        assertThat(Validators.bic(bic)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"4111111111111111", "4111 1111 1111 1111", "5555555555554444", "378282246310005",
        "4012888888881881", "2223003122003222", "6011111111111117"})
    void acceptsCardNumbersPassingLuhnWithTheirNetworkLength(String card) {
        assertThat(Validators.creditCard(card)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"4111111111111112", "411111111111111", "378282246310006", "1234567812345670",
        "5555555555554"})
    void rejectsCardNumbersFailingLuhnOrLength(String card) {
        assertThat(Validators.creditCard(card)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0612345678", "06 12 34 56 78", "06.12.34.56.78", "06-12-34-56-78", "+33612345678",
        "+33 6 12 34 56 78", "+33 (0)6 12 34 56 78", "0033 6 12 34 56 78", "04 67 12 34 56", "09 70 12 34 56",
        "+262 692 12 34 56"})
    void acceptsFrenchPhoneNumbersInUsualNotations(String phone) {
        assertThat(Validators.phoneFr(phone)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0012345678", "061234567", "06123456789", "+3361234567", "+33 06 12 34 56 78x",
        "12345678901", "06 12 34 56 7a"})
    void rejectsMalformedPhoneNumbers(String phone) {
        assertThat(Validators.phoneFr(phone)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"jean.dupont@example.fr", "a+b@mail.montpellier3m.fr", "x_y-z@sub.domain.org"})
    void acceptsEmailAddresses(String email) {
        assertThat(Validators.email(email)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"jean.dupont@", "@example.fr", "jean dupont@example.fr", "jean..dupont@example.fr",
        "jean@example", "jean@-example.fr"})
    void rejectsMalformedEmailAddresses(String email) {
        assertThat(Validators.email(email)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"34000", "75001", "20000", "97400", "98000", "01000"})
    void acceptsPostalCodes(String code) {
        assertThat(Validators.postalCode(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"00100", "96000", "99000", "3400", "340000", "34 000"})
    void rejectsImpossiblePostalCodes(String code) {
        assertThat(Validators.postalCode(code)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"34172", "2A004", "2B033", "97411", "01001"})
    void acceptsInseeCommuneCodes(String code) {
        assertThat(Validators.inseeCommune(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"20004", "34000", "96001", "2C004", "97700", "3417"})
    void rejectsImpossibleInseeCommuneCodes(String code) {
        assertThat(Validators.inseeCommune(code)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"192.168.1.10", "8.8.8.8", "255.255.255.255", "0.0.0.0"})
    void acceptsIpv4(String ip) {
        assertThat(Validators.ipv4(ip)).isTrue();
        assertThat(Validators.ip(ip)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"256.1.1.1", "1.2.3", "01.2.3.4", "1.2.3.4.5", "a.b.c.d"})
    void rejectsMalformedIpv4(String ip) {
        assertThat(Validators.ipv4(ip)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2001:0db8:85a3:0000:0000:8a2e:0370:7334", "2001:db8::1", "::1", "::", "fe80::1%eth0",
        "::ffff:192.168.1.1", "2001:db8:0:0:0:0:2:1"})
    void acceptsIpv6(String ip) {
        assertThat(Validators.ipv6(ip)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2001:db8::1::1", "2001:db8:0:0:0:0:2", "12345::1", "2001:db8:g::1", "1:2:3:4:5:6:7:8:9", "abc"})
    void rejectsMalformedIpv6(String ip) {
        assertThat(Validators.ipv6(ip)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"43.6108, 3.8767", "43.610769;3.876716", "-33.8688 151.2093", "43°36'39\"N 3°52'37\"E"})
    void acceptsGpsPositions(String gps) {
        assertThat(Validators.gps(gps)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.6108, 3.8767", "43.61, 3.87", "43.6108", "43°76'39\"N 3°52'37\"E", "abc, def"})
    void rejectsImpossibleOrImpreciseGpsPositions(String gps) {
        assertThat(Validators.gps(gps)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"AB-123-CD", "AB123CD", "ab 123 cd", "123 ABC 34", "1234-AB-2A", "56 AZ 75"})
    void acceptsVehiclePlatesInBothFormats(String plate) {
        assertThat(Validators.vehiclePlate(plate)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"AB-000-CD", "AI-123-CD", "SS-123-AB", "123ABC34", "123 ABC 20", "ABC-12-DE"})
    void rejectsImpossibleVehiclePlates(String plate) {
        assertThat(Validators.vehiclePlate(plate)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"E11", "E11.9", "E119", "J45.0", "C50.9", "F32", "U07.1", "A18.0+"})
    void acceptsIcd10Codes(String code) {
        assertThat(Validators.icd10(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"E1", "11E", "E11.", "EE11", "E11.12345"})
    void rejectsMalformedIcd10Codes(String code) {
        assertThat(Validators.icd10(code)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0123456789211", "3999999999331", "01 23 456 789 211"})
    void acceptsTaxNumbersWithRightKey(String number) {
        assertThat(Validators.frTaxNumber(number)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0123456789212", "4123456789211", "012345678921", "01234567892110"})
    void rejectsTaxNumbersWithWrongKeyFirstDigitOrLength(String number) {
        assertThat(Validators.frTaxNumber(number)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12/03/1980", "1980-03-12", "1/3/1980", "29/02/2024", "2024-05-01T10:00:00Z", "12.03.1980"})
    void acceptsDates(String date) {
        assertThat(Validators.date(date)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/02/2024", "13/13/1980", "02/31/1980", "1980-3-12", "12031980", "29/02/2023"})
    void rejectsImpossibleDates(String date) {
        assertThat(Validators.date(date)).isFalse();
    }

    /** Month first, as the United States and the Philippines write dates, when no day-first reading fits. */
    @ParameterizedTest
    @ValueSource(strings = {"12/13/1980", "03/22/1930", "07/26/1996"})
    void readsMonthFirstDatesThatCannotBeReadDayFirst(String date) {
        assertThat(Validators.date(date)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"79927398713", "0"})
    void luhnAcceptsValidNumbers(String digits) {
        assertThat(Validators.luhn(digits)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"79927398710", "1"})
    void luhnRejectsInvalidNumbers(String digits) {
        assertThat(Validators.luhn(digits)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"943 476 5919", "9434765919", "401 023 2137", "401-023-2137"})
    void acceptsNhsNumberWithRightModulus11CheckDigit(String nhs) {
        assertThat(Validators.nhsNumber(nhs)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"943 476 5918", "943476591", "94347659190", "1111111111", "1000000100", "943 476 591A"})
    void rejectsNhsNumberWithWrongCheckDigitLengthOrACheckOfTen(String nhs) {
        assertThat(Validators.nhsNumber(nhs)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"AB 12 34 56 C", "JG103759A", "ab123456d", "WX-12-34-56-B"})
    void acceptsNationalInsuranceNumberWithAllowedPrefixAndSuffix(String nino) {
        assertThat(Validators.ukNino(nino)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"QQ123456C", "DA123456A", "AO123456A", "BG123456A", "GB123456A", "AB123456E", "AB12345C",
        "A1234567C"})
    void rejectsNationalInsuranceNumberWithForbiddenOrUnallocatedPrefixOrSuffix(String nino) {
        assertThat(Validators.ukNino(nino)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"536-22-1234", "536 22 1234", "536221234", "001-01-0001", "899-99-9999"})
    void acceptsSocialSecurityNumberWithAllocatableAreaGroupAndSerial(String ssn) {
        assertThat(Validators.usSsn(ssn)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"666-12-3456", "000-12-3456", "900-12-3456", "536-00-1234", "536-22-0000", "53-622-1234",
        "536-22-12345"})
    void rejectsSocialSecurityNumberWithAreaNeverIssuedOrZeroGroupOrSerial(String ssn) {
        assertThat(Validators.usSsn(ssn)).isFalse();
    }
}
