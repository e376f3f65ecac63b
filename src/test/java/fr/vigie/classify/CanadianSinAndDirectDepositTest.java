package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import fr.vigie.model.Domain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Canada's social insurance number (Luhn, first digit neither 0 nor 8; named NAS, SIN, numéro d'assurance sociale) is
 * a national number, not a SIREN; a Canadian direct-deposit account (transit 5 digits, institution 3, account 7 to 12)
 * is a bank account; bare SIRENs stay SIRENs ({@code attacks-27/README.md}, block ids27).
 */
class CanadianSinAndDirectDepositTest {
    private static final Fixtures.Folder FILES = Fixtures.folder("attacks-27");

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"seasonal_staff_payroll_on.csv, SIN", "benevoles_allocation_qc.csv, Numéro d'assurance sociale"})
    void aSocialInsuranceNumberIsANationalNumber(String file, String column) {
        ColumnClassification c = FILES.column(file, column);
        assertThat(c.attributeType()).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(c.infoType()).isEqualTo("NATIONAL_ID_NUMBER");
    }

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource(delimiter = '|', value = {"seasonal_staff_payroll_on.csv| Direct deposit (transit/institution/account)",
        "benevoles_allocation_qc.csv| Compte pour dépôt direct"})
    void aDirectDepositAccountIsABankAccount(String file, String column) {
        ColumnClassification c = FILES.column(file, column);
        assertThat(c.attributeType()).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(c.infoType()).isEqualTo("IBAN");
        assertThat(c.domain()).isEqualTo(Domain.FINANCIAL);
    }

    @Test
    void bareSirensStaySirens() {
        assertThat(FILES.column("fournisseurs_siren_bruts.csv", "SIREN").infoType()).isEqualTo("FR_SIREN");
    }

    @Test
    void theCheckOfASocialInsuranceNumber() {
        assertThat(Validators.byName().get("ca-sin").test("130 692 544")).isTrue();
        assertThat(Validators.byName().get("ca-sin").test("130-692-544")).isTrue();
        assertThat(Validators.byName().get("ca-sin").test("130692544")).isTrue();
        assertThat(Validators.byName().get("ca-sin").test("130 692 545")).isFalse();
        assertThat(Validators.byName().get("ca-sin").test("13 0692 544")).isFalse();
        assertThat(Validators.byName().get("ca-sin").test("130 692-544")).isFalse();
        // Luhn passes, but 0 is never issued as a first digit (the CRA's own example 046 454 286)
        assertThat(Validators.byName().get("ca-sin").test("046 454 286")).isFalse();
    }
}
