package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Each business identifier accepts the examples published for it (the registers' documentation and python-stdnum's
 * documented examples, checked against each definition), written as people write them, and refuses the same number
 * with one digit changed; random numbers pass at the rate of chance. A company register with NIP and REGON describes
 * organisations; a sole trader's NIP beside their name stays identifying.
 */
class BusinessIdentifiersTest {
    private static final Map<String, Predicate<String>> V = BusinessIdentifiers.byName();
    private static final Path EUROPE = Path.of("src/test/resources/classify/europe");

    /** Validator name, published valid examples, the same numbers with one digit changed. */
    private record Case(String validator, List<String> valid, List<String> invalid) {
    }

    private static final List<Case> CASES = List.of(
        new Case("nip-pl", List.of("8567346215", "856-734-62-15", "525-26-11-332", "5252611332"),
            List.of("8567346216", "5252611333")),
        new Case("regon", List.of("192598184", "12345678512347"), List.of("192598185", "12345678512348")),
        new Case("ico-cz", List.of("25123891", "251 23 891"), List.of("25123892")),
        new Case("partita-iva", List.of("00743110157", "007 431 101 57"), List.of("00743110158")),
        new Case("cif-es", List.of("J99216582", "J-99216582", "j99216582"), List.of("J99216583")),
        new Case("enterprise-number-be", List.of("0403.019.261", "0403019261", "403019261"), List.of("0403019262")),
        new Case("vat-eu", List.of("PL 8567346215", "CZ 25123891", "IT 00743110157", "ESJ99216582", "BE 0403.019.261",
            "BE403019261", "FR 40 303 265 045", "Fr40303265045", "DE 136 695 976", "ATU 13585627", "ATU13585627"),
            List.of("PL 8567346216", "CZ 25123892", "IT 00743110158", "ESJ99216583", "BE 0403.019.262",
                "FR 41 303 265 045", "DE 136 695 977", "ATU 13585628")));

    @Test
    void publishedExamplesPassAndOneDigitChangedFails() {
        assertThat(CASES).extracting(Case::validator)
            .containsExactlyInAnyOrderElementsOf(V.keySet().stream().filter(k -> !k.equals("business-id-europe")).toList());
        for (Case c : CASES) {
            Predicate<String> validator = V.get(c.validator());
            for (String valid : c.valid()) {
                assertThat(validator.test(valid)).as(c.validator() + " " + valid).isTrue();
                assertThat(BusinessIdentifiers.european(valid)).as("business-id-europe " + valid).isTrue();
            }
            for (String invalid : c.invalid()) {
                assertThat(validator.test(invalid)).as(c.validator() + " " + invalid).isFalse();
                assertThat(BusinessIdentifiers.european(invalid)).as("business-id-europe " + invalid).isFalse();
            }
        }
    }

    /** The forms of natural persons are left to the national identifiers: a Czech rodné číslo, a Spanish DNI or NIE. */
    @Test
    void theVatNumbersOfNaturalPersonsAreNotBusinessIdentifiers() {
        assertThat(BusinessIdentifiers.vat("CZ 7103192745")).isFalse();
        assertThat(BusinessIdentifiers.vat("ES 54362315K")).isFalse();
        assertThat(BusinessIdentifiers.european("X2482300W")).isFalse();
        assertThat(BusinessIdentifiers.european("K1234567L")).isFalse();
        assertThat(BusinessIdentifiers.european("Zamówienie 2025")).isFalse();
        assertThat(BusinessIdentifiers.european("+48 601 234 567")).isFalse();
    }

    /** Random numbers of every length the validators read pass at about the rate of a check digit (one in ten or less). */
    @Test
    void randomNumbersPassAtTheRateOfChance() {
        Random random = new Random(5);
        Map<String, Integer> lengthOf = Map.of("nip-pl", 10, "regon", 9, "ico-cz", 8);
        for (int length : new int[] {8, 9, 10, 11, 14}) {
            List<String> sample = randomNumbers(random, length, 5000);
            for (Map.Entry<String, Predicate<String>> e : V.entrySet()) {
                double rate = sample.stream().filter(e.getValue()).count() / 5000.0;
                if (Integer.valueOf(length).equals(lengthOf.get(e.getKey()))) {
                    // A check digit mod 11: about one number in eleven (NIP) or ten (REGON, IČO, 10 read as 0).
                    assertThat(rate).as(e.getKey() + " on " + length + " digits").isBetween(0.06, 0.13);
                } else {
                    assertThat(rate).as(e.getKey() + " on " + length + " digits").isLessThan(0.13);
                }
            }
        }
    }

    /**
     * What collides with what: a NIP has ten digits like a rodné číslo, an EGN, an Austrian SVNR, a kennitala; a partita
     * IVA eleven like a PESEL or a Belgian national number; a REGON nine like a SIREN or a BSN. Each family passes the
     * other's checks at the rate of chance (a check digit, often a date), far under a decisive rule's 0.9.
     */
    @Test
    void businessAndPersonalNumbersOfTheSameLengthCollideOnlyByChance() {
        Random random = new Random(17);
        List<String> nips = valid(random, 10, BusinessIdentifiers::nip);
        List<String> partiteIva = valid(random, 11, BusinessIdentifiers::partitaIva);
        List<String> regons = valid(random, 9, BusinessIdentifiers::regon);
        List<String> pesels = valid(random, 11, NationalIdentifiers::pesel);
        List<String> rodneCisla = valid(random, 10, NationalIdentifiers::rodneCislo);
        List<String> sirens = valid(random, 9, Validators::siren);

        assertThat(rate("NIPs read as personal numbers", nips, NationalIdentifiers::european)).as("NIPs read as personal numbers").isLessThan(0.3);
        assertThat(rate("partite IVA read as personal numbers", partiteIva, NationalIdentifiers::european)).as("partite IVA read as personal numbers").isLessThan(0.3);
        assertThat(rate("REGONs read as personal numbers", regons, NationalIdentifiers::european)).as("REGONs read as personal numbers").isLessThan(0.3);
        assertThat(rate("REGONs read as SIRENs", regons, Validators::siren)).as("REGONs read as SIRENs").isLessThan(0.2);
        assertThat(rate("PESELs read as business numbers", pesels, BusinessIdentifiers::european)).as("PESELs read as business numbers").isLessThan(0.2);
        assertThat(rate("rodná čísla read as business numbers", rodneCisla, BusinessIdentifiers::european)).as("rodná čísla read as business numbers").isLessThan(0.2);
        assertThat(rate("SIRENs read as REGONs", sirens, BusinessIdentifiers::european)).as("SIRENs read as REGONs").isLessThan(0.2);
    }

    @Test
    void aPolishCompanyRegisterWithNipAndRegonDescribesOrganisations() {
        ClassificationResult r = CorpusEvaluation.classify(Fixtures.classifier(), EUROPE.resolve("rejestr_podmiotow_nip_pl.csv"));

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.ORGANISATION);
        assertThat(r.dataset().personalData()).isFalse();
        for (String column : List.of("NIP", "REGON", "REGON_jednostki", "NIP_UE")) {
            assertThat(r.column(column).infoType()).as(column).isEqualTo("EU_BUSINESS_ID");
            assertThat(r.column(column).attributeType()).as(column).isEqualTo(AttributeType.INSENSITIVE);
        }
    }

    /** A register of sole traders (CEIDG): their NIP and REGON beside their names are personal data. */
    @Test
    void aSoleTradersNipBesideTheirNameStaysIdentifying() {
        ClassificationResult r = CorpusEvaluation.classify(Fixtures.classifier(), EUROPE.resolve("ceidg_przedsiebiorcy_pl.csv"));

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PERSON);
        for (String column : List.of("NIP", "REGON")) {
            assertThat(r.column(column).infoType()).as(column).isEqualTo("EU_BUSINESS_ID");
            assertThat(r.column(column).attributeType()).as(column).isEqualTo(AttributeType.IDENTIFYING);
        }
    }

    private static List<String> randomNumbers(Random random, int length, int n) {
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = 0; k < length; k++) {
                b.append(random.nextInt(10));
            }
            out.add(b.toString());
        }
        return out;
    }

    /** A thousand valid numbers of this length, drawn at random and kept when the validator accepts them. */
    private static List<String> valid(Random random, int length, Predicate<String> validator) {
        List<String> out = new ArrayList<>();
        while (out.size() < 1000) {
            String candidate = randomNumbers(random, length, 1).get(0);
            if (validator.test(candidate)) {
                out.add(candidate);
            }
        }
        return out;
    }

    /** The share of the numbers the validator accepts, printed for the record of what collides with what. */
    private static double rate(String what, List<String> numbers, Predicate<String> validator) {
        double rate = numbers.stream().filter(validator).count() / (double) numbers.size();
        System.out.printf("%s: %.3f%n", what, rate);
        return rate;
    }
}
