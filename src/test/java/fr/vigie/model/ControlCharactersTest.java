package fr.vigie.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ControlCharactersTest {
    @Test
    void showsTerminalEscapesAsVisibleCharacters() {
        assertThat(ControlCharacters.neutralise("\u001b[31mnom\u001b[0m")).isEqualTo("\u241b[31mnom\u241b[0m");
        assertThat(ControlCharacters.neutralise("ville\u0007\u007f")).isEqualTo("ville\u2407\u2421");
        assertThat(ControlCharacters.neutralise("a\u009b6n")).isEqualTo("a\uFFFD6n");
        assertThat(ControlCharacters.neutralise("x\u202Egnp.exe")).isEqualTo("x\uFFFDgnp.exe");
        assertThat(ControlCharacters.neutralise("ligne\nsuite\ttab")).isEqualTo("ligne\u240Asuite\u2409tab");
    }

    @Test
    void leavesOrdinaryTextAsItIs() {
        String name = "date_de_naissance (né·e le)";

        assertThat(ControlCharacters.neutralise(name)).isSameAs(name);
        assertThat(ControlCharacters.present(name)).isFalse();
        assertThat(ControlCharacters.neutralise(null)).isNull();
    }
}
