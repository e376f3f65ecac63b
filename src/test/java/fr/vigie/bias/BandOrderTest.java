package fr.vigie.bias;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class BandOrderTest {
    private static List<String> sorted(String... labels) {
        List<String> list = new ArrayList<>(List.of(labels));
        Collections.shuffle(list, new java.util.Random(3));
        return BandOrder.of(list).orElseThrow().sort(list);
    }

    @Test
    void ordersAgeBandsWrittenInFrench() {
        assertThat(sorted("60 et plus", "30-44 ans", "moins de 30 ans", "45-59 ans"))
                .containsExactly("moins de 30 ans", "30-44 ans", "45-59 ans", "60 et plus");
        assertThat(sorted("65 ans et +", "< 25 ans", "25 à 39 ans", "40 à 64 ans"))
                .containsExactly("< 25 ans", "25 à 39 ans", "40 à 64 ans", "65 ans et +");
        assertThat(sorted("plus de 1500 €", "500-999 €", "moins de 500 €", "1000-1500 €"))
                .containsExactly("moins de 500 €", "500-999 €", "1000-1500 €", "plus de 1500 €");
    }

    @Test
    void ordersQuotientsAndLetteredBands() {
        assertThat(sorted("QF3", "QF1", "QF5", "QF2", "QF4")).containsExactly("QF1", "QF2", "QF3", "QF4", "QF5");
        assertThat(sorted("QF10", "QF2", "QF1")).containsExactly("QF1", "QF2", "QF10");
        assertThat(sorted("tranche C", "tranche A", "tranche B")).containsExactly("tranche A", "tranche B",
                "tranche C");
    }

    @Test
    void plainCategoriesAreNoBands() {
        assertThat(BandOrder.of(List.of("Française", "Marocaine", "Italienne"))).isEmpty();
        assertThat(BandOrder.of(List.of("F", "M"))).isEmpty();
        assertThat(BandOrder.of(List.of("moins de 30 ans"))).isEmpty();
    }
}
