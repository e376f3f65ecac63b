package fr.vigie.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeadersTest {

    @Test
    void namesThatLookLikeDataAreCalledSo() {
        assertThat(Headers.dataShape("12", 100)).isEqualTo("a number");
        assertThat(Headers.dataShape("1 234,50", 100)).isEqualTo("a number");
        assertThat(Headers.dataShape("03/07/1994", 100)).isEqualTo("a date");
        assertThat(Headers.dataShape("né le 03/07/1994", 100)).isEqualTo("a date");
        assertThat(Headers.dataShape("jean.dupont@example.org", 100)).isEqualTo("an e-mail address");
        assertThat(Headers.dataShape("2 85 03 34 172 123 45", 100)).isEqualTo("a NIR");
        assertThat(Headers.dataShape("cp 34000", 100)).isEqualTo("a number");
        assertThat(Headers.dataShape("place de la Comédie;RAS;relance", 100)).isEqualTo("fields joined by a separator");
        assertThat(Headers.dataShape("x".repeat(41), 40)).isEqualTo("longer than 40 characters");
    }

    @Test
    void ordinaryNamesPass() {
        for (String name : new String[] {"nom", "date_naissance", "N° Sécu", "Né(e) le", "adresse_ligne1", "montant 2024",
            "Montant (€, TTC)", "tel_port", "DateOfBirth", "Prénom(s)", "code_insee_34172"}) {
            assertThat(Headers.dataShape(name, 100)).as(name).isNull();
        }
    }
}
