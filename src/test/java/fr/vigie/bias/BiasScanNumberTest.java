package fr.vigie.bias;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The bias scan reads a plain decimal without {@link Double#parseDouble} only when that is exact: its numbers are,
 * bit for bit, those the JDK reads from the same text (the scan's reading before the fast path, kept here as the
 * oracle), on edge cases and on many random strings.
 */
class BiasScanNumberTest {

    /** The scan's reading of a number before the fast path: spaces out, ',' as '.', then the JDK. */
    private static double jdk(String raw) {
        String text = raw.trim();
        if (text.isEmpty()) {
            return Double.NaN;
        }
        char first = text.charAt(0);
        if (!(first >= '0' && first <= '9') && first != '-' && first != '+' && first != '.' && first != ',') {
            return Double.NaN;
        }
        text = text.replace(" ", "").replace("\u00a0", "").replace(',', '.');
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static void assertSameBits(String text) {
        assertThat(Double.doubleToRawLongBits(BiasScan.parseNumber(text))).as("«%s»", text)
                .isEqualTo(Double.doubleToRawLongBits(jdk(text)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-12.50", "3", "0.007", "-0", "+0", "-0.000", "0", "000123.4500", ".5", "5.", "-.5", "+.5",
            "12,5", "1 234,50", "1\u00a0234,50", " 42 ", "0.1", "0.3", "2.675", "9007199254740993", "999999999999999",
            "0.999999999999999", "123456789012345.6", "1234567890123456", "0.0000000000000000000001",
            "0.00000000000000000000001", "1e5", "1E-3", "-2.5e+10", "1f", "1d", "0x1p3", "Infinity", "-Infinity", "NaN",
            ".", "-", "+", ",", "1.2.3", "1.234,5", "1-2", "--1", "+-1", "1 .", "12 345 678", "4.35", "1.7976931348623157",
            "179769313486231570000000", "4.9e-324", "\t7\t", "1\t2", "abc", "", " "})
    void aNumberIsReadAsTheJdkReadsIt(String text) {
        assertSameBits(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-12.50", "3", "0.007", "-0", ".5", "5.", "12,5", "1 234,50", "000000000000000001.5",
            "999999999999999", "0.0000000000000000000001"})
    void aPlainDecimalOfFifteenDigitsOrFewerTakesTheFastPath(String text) {
        assertThat(BiasScan.plainDecimal(text)).as(text).isNotNaN();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e5", "1E-3", "1f", "1234567890123456", "0.1234567890123456", "0.00000000000000000000001",
            "Infinity", "1.2.3", ".", "-", "0x1p3"})
    void anythingElseIsLeftToTheJdk(String text) {
        assertThat(BiasScan.plainDecimal(text)).as(text).isNaN();
    }

    @Test
    void manyRandomNumbersAreReadAsTheJdkReadsThem() {
        SplittableRandom random = new SplittableRandom(16);
        List<String> texts = new ArrayList<>();
        for (int n = 0; n < 300_000; n++) {
            texts.add(randomNumber(random));
        }
        long fast = texts.stream().filter(t -> !Double.isNaN(BiasScan.plainDecimal(t))).count();
        assertThat(fast).as("most take the fast path").isGreaterThan(texts.size() / 2);
        texts.forEach(BiasScanNumberTest::assertSameBits);
    }

    @Test
    void randomDoublesWrittenInFullAreReadAsTheJdkReadsThem() {
        SplittableRandom random = new SplittableRandom(17);
        for (int n = 0; n < 100_000; n++) {
            double x = Double.longBitsToDouble(random.nextLong());
            assertSameBits(Double.toString(x));
            assertSameBits(new java.math.BigDecimal(random.nextDouble() * 1e6).toPlainString());
            assertSameBits(String.format(java.util.Locale.ROOT, "%." + random.nextInt(0, 20) + "f",
                    random.nextDouble() * Math.pow(10, random.nextInt(-5, 12))));
        }
    }

    /** A sign or not, 1 to 20 digits (leading zeros sometimes), a separator somewhere or none, now and then noise. */
    private static String randomNumber(SplittableRandom random) {
        StringBuilder text = new StringBuilder();
        int sign = random.nextInt(4);
        text.append(sign == 0 ? "-" : sign == 1 ? "+" : "");
        int digits = random.nextInt(1, 21);
        int point = random.nextInt(-1, digits + 1);
        for (int d = 0; d < digits; d++) {
            if (d == point) {
                text.append(random.nextInt(3) == 0 ? ',' : '.');
            }
            text.append(random.nextInt(5) == 0 ? '0' : (char) ('0' + random.nextInt(10)));
            if (random.nextInt(40) == 0) {
                text.append(' ');
            }
        }
        if (point == digits) {
            text.append('.');
        }
        switch (random.nextInt(30)) {
            case 0 -> text.append('e').append(random.nextInt(-30, 30));
            case 1 -> text.append('d');
            case 2 -> text.append('.');
            case 3 -> text.insert(0, ' ');
            default -> { }
        }
        return text.toString();
    }
}
