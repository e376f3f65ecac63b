package fr.vigie.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormulaGuardTest {
    @Test
    void prefixesCellsSpreadsheetsWouldEvaluate() {
        assertThat(FormulaGuard.neutralise("=1+2")).isEqualTo("'=1+2");
        assertThat(FormulaGuard.neutralise("+cmd|' /C calc'!A0")).isEqualTo("'+cmd|' /C calc'!A0");
        assertThat(FormulaGuard.neutralise("-2+3")).isEqualTo("'-2+3");
        assertThat(FormulaGuard.neutralise("@SUM(A1:A2)")).isEqualTo("'@SUM(A1:A2)");
        assertThat(FormulaGuard.neutralise("\t=1")).isEqualTo("'\t=1");
        assertThat(FormulaGuard.neutralise("\r=1")).isEqualTo("'\r=1");
    }

    @Test
    void leavesOrdinaryTextAndSignedNumbersAlone() {
        assertThat(FormulaGuard.neutralise("Montpellier")).isEqualTo("Montpellier");
        assertThat(FormulaGuard.neutralise("a=b")).isEqualTo("a=b");
        assertThat(FormulaGuard.neutralise("-12")).isEqualTo("-12");
        assertThat(FormulaGuard.neutralise("+3.5")).isEqualTo("+3.5");
        assertThat(FormulaGuard.neutralise("-1e3")).isEqualTo("-1e3");
        assertThat(FormulaGuard.neutralise("")).isEmpty();
        assertThat(FormulaGuard.neutralise(null)).isNull();
    }

    @Test
    void neutralisesEveryCellOfARowIntoANewArray() {
        String[] row = {"1", "=cmd", "Montpellier"};

        assertThat(FormulaGuard.neutraliseAll(row)).containsExactly("1", "'=cmd", "Montpellier");
        assertThat(row[1]).isEqualTo("=cmd");
    }
}
