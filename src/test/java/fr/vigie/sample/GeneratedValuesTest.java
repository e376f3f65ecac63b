package fr.vigie.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every generated value is well-formed and the fields of a row agree with each other. */
class GeneratedValuesTest {
    private static final int ROWS = 10_000;
    private static final Set<String> METRO_POSTAL_CODES = Set.of("34000", "34070", "34080", "34090", "34170",
            "34970", "34990", "34430", "34750", "34470", "34920", "34790", "34570", "34670", "34690", "34740",
            "34660", "34830", "34160", "34730", "34680", "34980", "34880");

    private static List<Map<String, String>> ccas;
    private static List<Map<String, String>> sante;
    private static List<Map<String, String>> eau;
    private static List<Map<String, String>> rh;
    private static List<Map<String, String>> mobilite;

    @BeforeAll
    static void generate() {
        ccas = SampleFixtures.rows(SampleData.dataset("ccas"), 123, ROWS);
        sante = SampleFixtures.rows(SampleData.dataset("sante"), 123, ROWS);
        eau = SampleFixtures.rows(SampleData.dataset("eau"), 123, ROWS);
        rh = SampleFixtures.rows(SampleData.dataset("rh"), 123, ROWS);
        mobilite = SampleFixtures.rows(SampleData.dataset("mobilite"), 123, ROWS);
    }

    @Test
    void everyNirHasAValidKey() {
        assertThat(ccas).allSatisfy(r -> assertThat(SampleFixtures.validNir(r.get("nir"))).isTrue());
        assertThat(sante).allSatisfy(r -> assertThat(SampleFixtures.validNir(r.get("nir"))).isTrue());
        assertThat(rh).allSatisfy(r -> assertThat(SampleFixtures.validNir(r.get("nir"))).isTrue());
    }

    @Test
    void nirAgreesWithSexAndBirthDate() {
        checkNirAgrees(ccas, DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        checkNirAgrees(sante, DateTimeFormatter.ofPattern("yyyy-MM-dd"));
        checkNirAgrees(rh, DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    private static void checkNirAgrees(List<Map<String, String>> rows, DateTimeFormatter dates) {
        assertThat(rows).allSatisfy(r -> {
            String nir = r.get("nir").replace(" ", "");
            LocalDate birth = LocalDate.parse(r.get("date_naissance"), dates);
            assertThat(nir.charAt(0)).isEqualTo(r.get("sexe").equals("F") ? '2' : '1');
            assertThat(nir.substring(1, 3)).isEqualTo(String.format("%02d", birth.getYear() % 100));
            assertThat(nir.substring(3, 5)).isEqualTo(String.format("%02d", birth.getMonthValue()));
            // Born in the Hérault (34) or abroad (99 + country code).
            assertThat(nir.substring(5, 7)).isIn("34", "99");
        });
    }

    @Test
    void foreignBirthplacesOnlyForForeignNationals() {
        assertThat(ccas).filteredOn(r -> r.get("nir").substring(5, 7).equals("99"))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.get("nationalite")).isIn("UE", "Hors UE"));
    }

    @Test
    void everyIbanPassesMod97AndItsRibKey() {
        List<String> ibans = eau.stream().map(r -> r.get("iban")).filter(s -> !s.isEmpty()).toList();
        assertThat(ibans.size()).isBetween(ROWS / 2, ROWS * 9 / 10);
        assertThat(ibans).allSatisfy(iban -> {
            assertThat(SampleFixtures.validIban(iban)).as("IBAN mod 97").isTrue();
            assertThat(SampleFixtures.validRibKey(iban)).as("RIB key").isTrue();
        });
        // Both the compact and the printed (groups of four) forms occur.
        assertThat(ibans).anySatisfy(iban -> assertThat(iban).contains(" "));
        assertThat(ibans).anySatisfy(iban -> assertThat(iban).doesNotContain(" "));
    }

    @Test
    void everyStaffIbanIsValid() {
        assertThat(rh).allSatisfy(r -> {
            assertThat(SampleFixtures.validIban(r.get("iban"))).isTrue();
            assertThat(SampleFixtures.validRibKey(r.get("iban"))).isTrue();
        });
    }

    @Test
    void mobilityIdentifiersAreFictionOrDocumentationValues() {
        assertThat(mobilite).allSatisfy(r -> {
            String ip = r.get("adresse_ip");
            if (!ip.isEmpty()) {
                // RFC 5737 documentation ranges only.
                assertThat(ip).matches("(192\\.0\\.2|198\\.51\\.100|203\\.0\\.113)\\.\\d{1,3}");
            }
            assertThat(r.get("canal").equals("En ligne")).isEqualTo(!ip.isEmpty());
            String plate = r.get("plaque_parking_relais");
            if (!plate.isEmpty()) {
                assertThat(plate).matches("[A-HJ-NP-TV-Z]{2}-\\d{3}-[A-HJ-NP-TV-Z]{2}");
            }
            // Homes stay inside the metropolis' bounding box.
            assertThat(Double.parseDouble(r.get("latitude"))).isBetween(43.45, 43.80);
            assertThat(Double.parseDouble(r.get("longitude"))).isBetween(3.60, 4.12);
        });
    }

    @Test
    void identifierChecksRejectCorruptedValues() {
        // The checks above would be worthless if they accepted anything.
        String nir = ccas.get(0).get("nir");
        String badNir = nir.substring(0, 14) + (char) ('0' + (nir.charAt(14) - '0' + 1) % 10);
        assertThat(SampleFixtures.validNir(badNir)).isFalse();
        String iban = eau.stream().map(r -> r.get("iban")).filter(s -> !s.isEmpty()).findFirst().orElseThrow()
                .replace(" ", "");
        char c = iban.charAt(10);
        String badIban = iban.substring(0, 10) + (char) ('0' + (c - '0' + 1) % 10) + iban.substring(11);
        assertThat(SampleFixtures.validIban(badIban)).isFalse();
    }

    @Test
    void phonesComeOnlyFromArcepFictionBlocks() {
        Set<String> phones = ccas.stream().map(r -> r.get("telephone")).filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
        assertThat(phones).isNotEmpty().allSatisfy(p -> assertThat(p).matches("(06 39 98|04 65 71) \\d{2} \\d{2}"));
        // Some free-text comments carry a phone number, also a fiction one.
        assertThat(ccas).filteredOn(r -> r.get("commentaire").matches(".*\\d{2} \\d{2} \\d{2} \\d{2} \\d{2}.*"))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.get("commentaire")).containsPattern("(06 39 98|04 65 71) \\d{2} \\d{2}"));
    }

    @Test
    void emailsUseOnlyReservedDomains() {
        assertThat(ccas).filteredOn(r -> !r.get("email").isEmpty()).isNotEmpty().allSatisfy(r ->
                assertThat(r.get("email")).matches("[a-z0-9.]+@(example\\.(com|org|net)|mail\\.example)"));
    }

    @Test
    void placesAreCommunesOfTheMetropolisWithTheirPostalCodes() {
        Map<String, Set<String>> codesByCommune = Map.of(
                "Montpellier", Set.of("34000", "34070", "34080", "34090"),
                "Castries", Set.of("34160"), "Lattes", Set.of("34970"), "Le Crès", Set.of("34920"));
        Set<String> communes = new HashSet<>();
        List<Map<String, String>> bibliotheques = SampleFixtures.rows(SampleData.dataset("bibliotheques"), 123, ROWS);
        for (List<Map<String, String>> rows : List.of(ccas, sante, eau, rh, mobilite, bibliotheques)) {
            assertThat(rows).allSatisfy(r -> {
                assertThat(r.get("code_postal")).isIn(METRO_POSTAL_CODES);
                Set<String> expected = codesByCommune.get(r.get("commune"));
                if (expected != null) {
                    assertThat(r.get("code_postal")).isIn(expected);
                }
            });
            rows.forEach(r -> communes.add(r.get("commune")));
        }
        assertThat(communes).hasSize(31);
    }

    @Test
    void idsAndMeterNumbersAreUnique() {
        assertThat(ccas.stream().map(r -> r.get("id_demande")).distinct().count()).isEqualTo(ROWS);
        assertThat(sante.stream().map(r -> r.get("id")).distinct().count()).isEqualTo(ROWS);
        assertThat(eau.stream().map(r -> r.get("numero_compteur")).distinct().count()).isEqualTo(ROWS);
        assertThat(rh.stream().map(r -> r.get("matricule")).distinct().count()).isEqualTo(ROWS);
        assertThat(mobilite.stream().map(r -> r.get("numero_abonne")).distinct().count()).isEqualTo(ROWS);
    }

    @Test
    void icd10CodesAreWellFormedAndAgreeWithSex() {
        assertThat(sante).allSatisfy(r -> assertThat(r.get("code_cim10")).matches("[A-Z]\\d{2}(\\.\\d)?"));
        assertThat(sante).filteredOn(r -> r.get("code_cim10").equals("Z34.9") || r.get("code_cim10").equals("Z12.3"))
                .isNotEmpty().allSatisfy(r -> assertThat(r.get("sexe")).isEqualTo("F"));
        assertThat(sante).filteredOn(r -> r.get("code_cim10").equals("E66.9"))
                .allSatisfy(r -> assertThat(Double.parseDouble(r.get("imc").replace(',', '.'))).isGreaterThanOrEqualTo(30));
    }

    @Test
    void waterBillsAreConsistent() {
        assertThat(eau).allSatisfy(r -> {
            boolean unpaid = r.get("impaye").equals("oui");
            int reminders = Integer.parseInt(r.get("nb_relances"));
            assertThat(unpaid ? reminders >= 1 : reminders == 0).isTrue();
            assertThat(r.get("tarif_social")).isIn("oui", "non");
        });
        double unpaidSocial = SampleFixtures.rate(eau, r -> r.get("tarif_social").equals("oui"), "impaye", "oui");
        double unpaidOthers = SampleFixtures.rate(eau, r -> r.get("tarif_social").equals("non"), "impaye", "oui");
        assertThat(unpaidSocial).isGreaterThan(2 * unpaidOthers);
    }

    @Test
    void ccasCategoricalColumnsHoldOnlyTheirValues() {
        assertThat(ccas).allSatisfy(r -> {
            assertThat(r.get("sexe")).isIn("F", "M");
            assertThat(r.get("nationalite")).isIn("Française", "UE", "Hors UE");
            assertThat(r.get("decision")).isIn("ACCORDEE", "REFUSEE");
            assertThat(Integer.parseInt(r.get("nb_enfants"))).isBetween(0, 6);
        });
    }
}
