package fr.vigie.anonymise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DataTableTest {
    @Test
    void encodesEachColumnWithItsOwnDictionary() {
        DataTable table = DataTable.builder(List.of("a", "b")).add(new String[] {"x", "1"})
                .add(new String[] {"y", "1"}).add(new String[] {"x", null}).add(new String[] {"z"}).build();
        assertThat(table.rowCount()).isEqualTo(4);
        assertThat(table.cardinality(0)).isEqualTo(3);
        assertThat(table.code(0, 0)).isEqualTo(table.code(2, 0));
        assertThat(table.value(2, 1)).isEmpty();
        assertThat(table.value(3, 1)).isEmpty();
        assertThat(table.dictionary(1)).containsExactly("1", "");
    }

    @Test
    void growsPastItsInitialCapacity() {
        DataTable.Builder builder = DataTable.builder(List.of("n"));
        for (int i = 0; i < 5000; i++) {
            builder.add(new String[] {String.valueOf(i % 7)});
        }
        DataTable table = builder.build();
        assertThat(table.rowCount()).isEqualTo(5000);
        assertThat(table.value(4999, 0)).isEqualTo(String.valueOf(4999 % 7));
    }

    @Test
    void rejectsDuplicateColumnsAndRowsTooLong() {
        assertThatThrownBy(() -> DataTable.builder(List.of("a", "a"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DataTable.builder(List.of("a")).add(new String[] {"secret-a", "secret-b"}))
                .hasMessageNotContaining("secret");
    }

    @Test
    void holdsOnlyTheColumnsItIsToldToLoadAndNamesAnyOtherAskedFor() {
        DataTable table = DataTable.builder(List.of("nom", "sexe"), Set.of("sexe"))
                .add(new String[] {"Martin", "M"}).add(new String[] {"Durand", "F"}).build();
        assertThat(table.isLoaded(1)).isTrue();
        assertThat(table.isLoaded(0)).isFalse();
        assertThat(table.value(1, 1)).isEqualTo("F");
        assertThatThrownBy(() -> table.value(0, 0)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'nom'").hasMessageNotContaining("Martin");
        assertThatThrownBy(() -> table.dictionary(0)).isInstanceOf(IllegalStateException.class);
    }
}
