package fr.vigie.bias;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The bias tables' dictionary gives each label the index of its first coming, as the hash map it replaces did
 * (kept here as the oracle), through its table's growth, labels of one hash, many labels and its cap.
 */
class DictionaryTest {

    /** The dictionary before its open-addressing table: a hash map of labels, an overflow index past the cap. */
    private static final class HashMapDictionary {
        private final int cap;
        private final Map<String, Integer> index = new HashMap<>();
        private final List<String> labels = new ArrayList<>();
        private int overflow = -1;

        HashMapDictionary(int cap) {
            this.cap = cap;
        }

        int indexOf(String label) {
            Integer i = index.get(label);
            if (i != null) {
                return i;
            }
            if (labels.size() >= cap) {
                if (overflow < 0) {
                    overflow = labels.size();
                    labels.add(Dictionary.OVERFLOW);
                }
                return overflow;
            }
            labels.add(label);
            index.put(label, labels.size() - 1);
            return labels.size() - 1;
        }
    }

    /** Feeds both dictionaries the same labels and checks every index, then the labels, size and overflow. */
    private static Dictionary assertSameCodes(int cap, List<String> values) {
        Dictionary dictionary = new Dictionary(cap);
        HashMapDictionary before = new HashMapDictionary(cap);
        for (String value : values) {
            assertThat(dictionary.indexOf(value)).as(value).isEqualTo(before.indexOf(value));
        }
        assertThat(dictionary.size()).isEqualTo(before.labels.size());
        for (int i = 0; i < dictionary.size(); i++) {
            assertThat(dictionary.label(i)).isEqualTo(before.labels.get(i));
            assertThat(dictionary.isOverflow(i)).isEqualTo(i == before.overflow);
        }
        assertThat(dictionary.overflowed()).isEqualTo(before.overflow >= 0);
        return dictionary;
    }

    @Test
    void labelsGetTheIndexOfTheirFirstComingThroughTheTablesGrowth() {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            values.add("v" + i % 1_000);
            values.add(Integer.toString(i * 7 % 500));
        }
        Dictionary dictionary = assertSameCodes(10_000, values);
        assertThat(dictionary.size()).isEqualTo(1_500);
        assertThat(dictionary.has("v999")).isTrue();
        assertThat(dictionary.has("v1000")).isFalse();
    }

    @Test
    void labelsOfOneHashKeepIndicesOfTheirOwn() {
        // "Aa" and "BB" share their hash, so every word of 10 of them does: 1,024 labels, one hash
        List<String> words = List.of("");
        for (int n = 0; n < 10; n++) {
            List<String> longer = new ArrayList<>();
            for (String w : words) {
                longer.add(w + "Aa");
                longer.add(w + "BB");
            }
            words = longer;
        }
        assertThat(words.stream().mapToInt(String::hashCode).distinct().count()).isEqualTo(1);
        List<String> values = new ArrayList<>(words);
        List<String> backwards = new ArrayList<>(words);
        java.util.Collections.reverse(backwards);
        values.addAll(backwards);
        values.add("");
        Dictionary dictionary = assertSameCodes(5_000, values);
        assertThat(dictionary.size()).isEqualTo(1_025);
        assertThat(dictionary.indexOf(words.get(1_023))).isEqualTo(1_023);
    }

    @Test
    void manyRandomValuesUpToAndPastTheCapGetTheSameCodes() {
        SplittableRandom random = new SplittableRandom(3);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < 300_000; i++) {
            values.add(switch (random.nextInt(4)) {
                case 0 -> Integer.toString(random.nextInt(200_000));
                case 1 -> "1" + random.nextInt(1_000_000) + "0" + random.nextInt(100_000);
                case 2 -> String.format(java.util.Locale.ROOT, "%.2f", random.nextDouble() * 5_000);
                default -> "é" + (char) random.nextInt(32, 0x3000);
            });
        }
        Dictionary underCap = assertSameCodes(1_000_000, values);
        assertThat(underCap.overflowed()).isFalse();
        assertThat(underCap.size()).isGreaterThan(100_000);
        Dictionary capped = assertSameCodes(5_000, values);
        assertThat(capped.overflowed()).isTrue();
        assertThat(capped.size()).isEqualTo(5_001);
    }

    @Test
    void pastTheCapNewLabelsShareTheOverflowIndexAndKnownOnesKeepTheirs() {
        Dictionary dictionary = assertSameCodes(2, List.of("a", "b", "c", "a", "d", "b", Dictionary.OVERFLOW));
        assertThat(dictionary.indexOf("c")).isEqualTo(2).isEqualTo(dictionary.indexOf("zz"));
        assertThat(dictionary.label(2)).isEqualTo(Dictionary.OVERFLOW);
        assertThat(dictionary.has("c")).isFalse();
        assertThat(dictionary.has(Dictionary.OVERFLOW)).as("the overflow is no label of the data").isFalse();
    }

    @Test
    void anotherDictionaryMapsOntoThisOneLabelByLabel() {
        Dictionary mine = new Dictionary(3);
        mine.indexOf("x");
        mine.indexOf("y");
        Dictionary theirs = new Dictionary(2);
        for (String label : new String[] {"y", "z", "w", "x"}) {
            theirs.indexOf(label);
        }
        assertThat(mine.mapFrom(theirs)).containsExactly(1, 2, 3);
        assertThat(mine.label(2)).isEqualTo("z");
        assertThat(mine.isOverflow(3)).isTrue();
    }
}
