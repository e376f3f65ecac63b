package fr.vigie.anonymise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
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

    @Test
    void partsEncodedApartAndAddedInOrderMakeTheTableOfRowsAddedOneByOne() {
        List<String> header = List.of("nom", "sexe", "age");
        List<String[]> rows = new ArrayList<>();
        for (int r = 0; r < 1_000; r++) {
            // "X" and the ages past 90 appear first in the last rows; a short row and a null cell on the way
            String sex = r >= 950 && r % 3 == 0 ? "X" : r % 2 == 0 ? "F" : "M";
            rows.add(r == 500 ? new String[] {"n"} : new String[] {"Nom" + r, sex, r % 97 == 0 ? null
                    : Integer.toString(r >= 980 ? 91 + r % 7 : 18 + r * 7 % 70)});
        }
        DataTable.Builder one = DataTable.builder(header, Set.of("sexe", "age"));
        rows.forEach(one::add);
        DataTable expected = one.build();
        for (int size : new int[] {1, 2, 7, 100, 999, 1_000}) {
            for (int ahead : new int[] {0, 1, 3, rows.size()}) {
                DataTable table = inParts(header, rows, size, ahead);
                assertThat(table.rowCount()).as("parts of %d rows, %d ahead", size, ahead).isEqualTo(expected.rowCount());
                assertThat(table.isLoaded(0)).isFalse();
                for (int c = 1; c <= 2; c++) {
                    assertThat(table.dictionary(c)).as("column %d, parts of %d rows, %d ahead", c, size, ahead)
                            .isEqualTo(expected.dictionary(c));
                    for (int r = 0; r < rows.size(); r++) {
                        assertThat(table.code(r, c)).as("row %d, column %d, parts of %d rows, %d ahead", r, c, size, ahead)
                                .isEqualTo(expected.code(r, c));
                    }
                }
            }
        }
        assertThat(expected.dictionary(1)).endsWith("X");
    }

    /**
     * The rows cut into parts of {@code size}, each encoded while the {@code ahead} parts before it wait to be added,
     * as threads encode parts while the previous ones are added: the values it finds in the table are those of the
     * parts added, the others get codes of its own.
     */
    private static DataTable inParts(List<String> header, List<String[]> rows, int size, int ahead) {
        DataTable.Builder builder = DataTable.builder(header, Set.of("sexe", "age"));
        Deque<DataTable.Part> waiting = new ArrayDeque<>();
        for (int from = 0; from < rows.size(); from += size) {
            waiting.add(builder.encode(from, rows.subList(from, Math.min(rows.size(), from + size))));
            if (waiting.size() > ahead) {
                builder.add(waiting.poll());
            }
        }
        waiting.forEach(builder::add);
        return builder.build();
    }

    @Test
    void aPartRefusesARowTooLongNamingItsPlaceInTheTable() {
        DataTable.Builder builder = DataTable.builder(List.of("a"));
        List<String[]> rows = List.of(new String[] {"x"}, new String[] {"secret-a", "secret-b"});
        assertThatThrownBy(() -> builder.encode(41, rows)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("row 43").hasMessageNotContaining("secret");
    }
}
