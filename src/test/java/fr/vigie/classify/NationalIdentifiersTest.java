package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Each national identifier accepts the examples its public definition (or the register's own documentation)
 * publishes, written as people write them, and refuses the same number with one digit changed; numbers that are
 * not identifiers (order numbers, invoice numbers, 11-digit product codes) pass the checks at the rate of chance,
 * far under a decisive rule's 0.9.
 */
class NationalIdentifiersTest {
    private static final Map<String, Predicate<String>> V = NationalIdentifiers.byName();

    /** Validator name, published valid examples, the first one with one digit (or the check letter) changed. */
    private record Case(String validator, List<String> valid, String invalid) {
    }

    private static final List<Case> CASES = List.of(
        new Case("pesel", List.of("44051401359", "02070803628"), "44051401358"),
        new Case("rodne-cislo", List.of("710319/2745", "7103192745"), "710319/2746"),
        new Case("cnp", List.of("1630615123457"), "1630615123458"),
        new Case("egn", List.of("752316 926 3", "8032056031"), "7523169264"),
        new Case("personnummer-se", List.of("880320-0016", "8803200016", "19880320-0016"), "880320-0018"),
        new Case("cpr-dk", List.of("211062-5629"), "321062-5629"),
        new Case("henkilotunnus", List.of("131052-308T", "131052-308t"), "131052-309T"),
        new Case("fodselsnummer", List.of("151086 95088", "15108695088"), "15108695078"),
        new Case("kennitala", List.of("120174-3399", "1201743399"), "120174-3389"),
        new Case("isikukood", List.of("36805280109", "37605030299", "33309240064"), "36805280108"),
        new Case("personas-kods", List.of("161175-19997"), "161175-19996"),
        new Case("emso", List.of("0101006500006"), "0101006500007"),
        new Case("oib", List.of("33392005961", "HR 33392005961"), "33392005962"),
        new Case("amka", List.of("01013099997"), "01013099996"),
        new Case("nif-pt", List.of("123456789", "PT 123 456 789"), "123456788"),
        new Case("registre-national-be", List.of("85.07.30-033 28", "85073003328"), "85073003329"),
        new Case("dni-nie", List.of("54362315-K", "54362315K", "x-2482300w", "X2482300W"), "54362316-K"),
        new Case("codice-fiscale", List.of("RCCMNL83S18D969H", "MRTMTT91D08F205J"), "RCCMNL83S18D969J"),
        new Case("bsn", List.of("1112.22.333", "123456782"), "111222334"),
        new Case("steuer-id", List.of("36 574 261 809", "36574261809"), "36574261808"),
        new Case("ahv", List.of("756.9217.0769.85", "7569217076985"), "7569217076984"),
        new Case("ppsn", List.of("6433435F", "1234567T", "1234567TW"), "6433435E"),
        new Case("svnr-at", List.of("1237 010180", "1237010180"), "1238010180"),
        new Case("cpf", List.of("390.533.447-05", "39053344705"), "390.533.447-06"),
        // No register publishes a TAJ example: these two follow its definition (one is also a valid BSN).
        new Case("taj-hu", List.of("123 456 788", "111-111-110"), "123456787"),
        new Case("adoazonosito-jel", List.of("8422780135", "84227 80135"), "8422780134"),
        new Case("matricule-lu", List.of("1983 0812 467 85", "2003042581939", "1971110258749", "2012051469331",
            "1994092874550"), "1983081246784"),
        // ---- partner countries outside the EU (python-stdnum's published examples; NVİ's test number) ----
        new Case("rnokpp", List.of("1759013776", "1759 013776"), "1759013770"),
        new Case("tc-kimlik", List.of("10000000146", "TR 10000000146"), "10000000145"),
        new Case("rrn-kr", List.of("971013-9019902", "9710139019902"), "971013-9019903"),
        new Case("run-cl", List.of("12.531.909-2", "12531909-2"), "12.531.909-3"),
        new Case("my-number-jp", List.of("6214 9832 0257", "621498320257"), "621498320258"),
        // Viet Nam's CCCD has no check digit: an example of its structure (province 079, a man born in 1990).
        new Case("cccd-vn", List.of("079190012345"), "078190012345"));

    @Test
    void publishedExamplesPassAndOneDigitChangedFails() {
        assertThat(CASES).extracting(Case::validator)
            .containsExactlyInAnyOrderElementsOf(V.keySet().stream().filter(k -> !k.equals("national-id-europe")).toList());
        for (Case c : CASES) {
            Predicate<String> validator = V.get(c.validator());
            for (String valid : c.valid()) {
                assertThat(validator.test(valid)).as(c.validator() + " " + valid).isTrue();
            }
            assertThat(validator.test(c.invalid())).as(c.validator() + " " + c.invalid()).isFalse();
        }
    }

    /** The rule that decides alone tries every number by its shape: all but those with no check digit of their own. */
    @Test
    void oneValidatorTriesEveryNumberByItsShape() {
        List<String> confirmOnly = List.of("cpr-dk", "amka", "taj-hu");
        for (Case c : CASES) {
            for (String valid : c.valid()) {
                boolean bareSwedish = c.validator().equals("personnummer-se") && valid.indexOf('-') < 0;
                boolean alsoBsn = NationalIdentifiers.bsn(valid);
                assertThat(NationalIdentifiers.european(valid)).as(c.validator() + " " + valid)
                    .isEqualTo(!confirmOnly.contains(c.validator()) && !bareSwedish || alsoBsn);
            }
            if (!confirmOnly.contains(c.validator()) && !c.validator().equals("oib")) {
                assertThat(NationalIdentifiers.european(c.invalid())).as(c.validator() + " " + c.invalid()).isFalse();
            }
        }
        assertThat(NationalIdentifiers.european("+48 601 234 567")).isFalse();
        assertThat(NationalIdentifiers.european("FV/2025/00017")).isFalse();
    }

    @Test
    void birthDatesInsideTheNumbersMustExist() {
        // Impossible dates: 31 April, month 13; and numbers of one repeated digit.
        assertThat(NationalIdentifiers.pesel("44043101350")).isFalse();
        assertThat(NationalIdentifiers.cprDk("311362-5629")).isFalse();
        assertThat(NationalIdentifiers.henkilotunnus("131352-308T")).isFalse();
        assertThat(NationalIdentifiers.ahv("756")).isFalse();
        assertThat(NationalIdentifiers.bsn("000000000")).isFalse();
        assertThat(NationalIdentifiers.cpf("111.111.111-11")).isFalse();
    }

    /**
     * Order numbers, invoice numbers and product codes of the same lengths, drawn at random and in runs: no decisive
     * validator accepts anything near 0.9 of them (a check digit lets one in ten or eleven through; a date fewer).
     * The Danish CPR number has no check digit since 2007: a run of order numbers sharing its first six digits may
     * all read as one birth date, which is why its rule never decides alone.
     */
    @Test
    void lookalikeNumbersPassAtTheRateOfChance() {
        Random random = new Random(11);
        for (int length : new int[] {9, 10, 11, 13}) {
            List<String> random11 = new java.util.ArrayList<>();
            List<String> sequential = new java.util.ArrayList<>();
            long start = (long) Math.pow(10, length - 1) + random.nextInt(1_000_000);
            for (int i = 0; i < 1000; i++) {
                StringBuilder b = new StringBuilder().append(1 + random.nextInt(9));
                for (int k = 1; k < length; k++) {
                    b.append(random.nextInt(10));
                }
                random11.add(b.toString());
                sequential.add(Long.toString(start + i));
            }
            for (Map.Entry<String, Predicate<String>> e : V.entrySet()) {
                if (e.getKey().equals("cpr-dk")) {
                    continue;
                }
                for (List<String> sample : List.of(random11, sequential)) {
                    long passed = sample.stream().filter(e.getValue()).count();
                    // The rule trying them all by shape adds up their chances (OIB's bare check digit lets one in ten in).
                    double most = e.getKey().equals("national-id-europe") ? 0.3 : 0.2;
                    assertThat(passed / 1000.0).as(e.getKey() + " on " + length + " digits").isLessThan(most);
                }
            }
        }
    }
}
