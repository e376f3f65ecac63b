package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import fr.vigie.model.Domain;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Money written as other countries write it (a currency's sign or code before or after the figure, thousands grouped by
 * dots, commas, spaces or apostrophes), named in other languages or only by its currency, under a lost header beside a
 * bank account, a sole trader's turnover, and the other side: a company's turnover, a project's budget. Files in
 * {@code src/test/resources/classify/attacks-29/} (prefix {@code money_}, README there).
 */
class MoneyInOtherShapesAndSoleTradersTest {
    private static final Fixtures.Folder FILES = Fixtures.folder("attacks-29");

    @TempDir
    Path dir;

    private static void assertPersonsMoney(ColumnClassification c) {
        assertThat(c.attributeType()).as(c.name()).isEqualTo(AttributeType.SENSITIVE);
        assertThat(c.domain()).as(c.name()).isEqualTo(Domain.FINANCIAL);
    }

    /** {@code S/ 1,250.00}, {@code 13'125.00 CHF}, {@code 450,00 zł} under Importe, Betrag, Kwota: a person's money. */
    @Test
    void amountsNamedInOtherLanguagesWithTheirCurrencyBeforeOrAfterAreAPersonsMoney() {
        assertPersonsMoney(FILES.column("money_apoyo_vivienda_lima_pe.csv", "Importe"));
        assertPersonsMoney(FILES.column("money_sozialhilfe_beitraege_bern_ch.csv", "Betrag"));
        assertPersonsMoney(FILES.column("money_zasilki_ops_warszawa_pl.csv", "Kwota"));
    }

    /** {@code $ 250.000} (a sign before, dots grouping thousands) under a name no rule reads, in a file about persons. */
    @Test
    void aSignBeforeFiguresGroupedByDotsIsMoneyWhateverTheName() {
        assertPersonsMoney(FILES.column("money_subsidios_bogota_co.csv", "Entregado"));
    }

    /** A currency's sign (₴, ₸, ₪) or its name in a script the rules do not read (դրամ) in the header says money. */
    @Test
    void aCurrencysSignOrNameInTheHeaderSaysMoneyBesidePersons() {
        ClassificationResult r = FILES.file("money_aide_deplaces_devises.csv");

        assertPersonsMoney(r.column("Виплата (₴)"));
        assertPersonsMoney(r.column("Табыс (₸)"));
        assertPersonsMoney(r.column("שכר דירה (₪)"));
        assertPersonsMoney(r.column("Թոշակ (դրամ)"));
    }

    /** Shops among which sole traders: their turnover and their loss are a person's money (French and German). */
    @Test
    void theTurnoverOfShopsAmongWhichSoleTradersStaysPersonal() {
        ClassificationResult fr = FILES.file("money_fonds_soutien_commerces_chantier.csv");
        assertThat(fr.dataset().dataSubject()).isEqualTo(DataSubject.MIXED);
        assertPersonsMoney(fr.column("chiffre_affaires_2025"));
        assertPersonsMoney(fr.column("perte_exploitation"));

        ClassificationResult de = FILES.file("money_baustellenhilfe_geschaefte_de.csv");
        assertThat(de.dataset().dataSubject()).isIn(DataSubject.MIXED, DataSubject.PERSON);
        assertPersonsMoney(de.column("Jahresumsatz"));
        assertPersonsMoney(de.column("Umsatzausfall"));
    }

    /** Look-alike: the turnover of companies with no sole trader is no person's data. */
    @Test
    void theTurnoverOfCompaniesIsNoPersonsData() {
        ClassificationResult r = FILES.file("money_entreprises_zone_activite.csv");

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.ORGANISATION);
        assertThat(r.column("ca_annuel").attributeType()).isEqualTo(AttributeType.INSENSITIVE);
        assertThat(r.column("ca_annuel").domain()).isNull();
    }

    /** A header lost (A..I): numbers beside a bank account and a means of payment are the sums the file pays. */
    @Test
    void numbersUnderOpaqueLettersBesideABankAccountAreHeldAsMoney() {
        ClassificationResult r = FILES.file("money_aide_transport_scolaire_tableur.csv");

        assertPersonsMoney(r.column("F"));
        assertPersonsMoney(r.column("G"));
        assertThat(r.column("G").reviewNeeded()).isTrue();
    }

    /** Look-alike: the same numbers under opaque letters with no account are held, with no domain said. */
    @Test
    void numbersUnderOpaqueLettersWithNoAccountAreHeldWithoutADomain() {
        ColumnClassification f = FILES.column("money_suivi_eleves_tableur.csv", "F");

        assertThat(f.attributeType()).isEqualTo(AttributeType.SENSITIVE);
        assertThat(f.reviewNeeded()).isTrue();
        assertThat(f.domain()).isNull();
    }

    /**
     * Look-alikes: beside the same account and means of payment, a household's size (never above a count's top) is no
     * money, while the aid beside it is; beside an account alone, numbers under a lost name are held as before.
     */
    @Test
    void aCountBesideAnAccountOrNumbersBesideAnAccountAloneAreNoMoney() {
        ClassificationResult r = FILES.file("money_cheque_energie_foyers_tableur.csv");
        assertThat(r.column("D").attributeType()).isNotEqualTo(AttributeType.INSENSITIVE);
        assertThat(r.column("D").domain()).isNull();
        assertPersonsMoney(r.column("E"));

        ColumnClassification d = FILES.column("money_familles_hotes_comptes.csv", "D");
        assertThat(d.attributeType()).isEqualTo(AttributeType.SENSITIVE);
        assertThat(d.domain()).isNull();
    }

    /** A project's budget beside the project's title is the project's money; the grant the young person asks stays. */
    @Test
    void aProjectsBudgetBesideItsProjectIsNotAPersonsMoney() {
        ClassificationResult r = FILES.file("money_appel_projets_jeunesse.csv");

        assertThat(r.column("Budget prévisionnel (€)").attributeType()).isEqualTo(AttributeType.INSENSITIVE);
        assertPersonsMoney(r.column("Subvention sollicitée (€)"));
    }

    /** Look-alike: a household's budget is its means. */
    @Test
    void aHouseholdsBudgetStaysItsMoney() {
        assertPersonsMoney(FILES.column("money_accompagnement_budgetaire_menages.csv", "Budget mensuel du foyer (€)"));
    }

    /** The info types of a file that pays its persons must be declared ones. */
    @Test
    void numbersPaidBesideAnUndeclaredInfoTypeAreRefusedOnLoad() throws IOException {
        Fixtures.assertProjectRulesRejected(dir, y -> y.replace("    infoTypes: [IBAN]\n    paymentMeans:",
            "    infoTypes: [BANK_ACCOUNT_NUMBER]\n    paymentMeans:"), "failClosed.opaqueNumberPaidBeside.infoTypes[0]",
            "unknown info type");
    }

    /** A project's budget needs words for the budget and for the project. */
    @Test
    void projectBudgetsWithoutBudgetWordsAreRefusedOnLoad() throws IOException {
        Fixtures.assertProjectRulesRejected(dir, y -> y.replace(
            "budgetWords: [budget, budgets, presupuesto, orcamento, begroting, budzet, rozpocet]", "budgetWords: []"),
            "context.money.projectBudgets.budgetWords", "at least one word");
    }
}
