package fr.vigie.sample;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigInteger;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Shared helpers of the sample tests: independent checks written from the published formulas
 * (they do not reuse the generator's code, nor other packages'), and file reading by dialect.
 */
final class SampleFixtures {
    /** The committed files, relative to the project root (Surefire's working directory). */
    static final Path COMMITTED_DIR = Path.of("sample-data");
    private static final Map<String, List<Map<String, String>>> GENERATED = new ConcurrentHashMap<>();

    private SampleFixtures() {
    }

    /** NIR: 15 digits once spaces are removed, and key = 97 − (first 13 digits mod 97). */
    static boolean validNir(String value) {
        String nir = value.replace(" ", "");
        if (!nir.matches("[12]\\d{14}")) {
            return false;
        }
        long body = Long.parseLong(nir.substring(0, 13));
        int key = Integer.parseInt(nir.substring(13));
        return key == 97 - body % 97;
    }

    /** IBAN (ISO 13616): first four characters moved to the end, letters as 10..35, mod 97 = 1. */
    static boolean validIban(String value) {
        String iban = value.replace(" ", "");
        if (!iban.matches("FR\\d{25}")) {
            return false;
        }
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        StringBuilder digits = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            digits.append(Character.isLetter(c) ? String.valueOf(c - 'A' + 10) : String.valueOf(c));
        }
        return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
    }

    /** French RIB key inside the IBAN: 89·bank + 15·branch + 3·account + key ≡ 0 (mod 97). */
    static boolean validRibKey(String value) {
        String bban = value.replace(" ", "").substring(4);
        long bank = Long.parseLong(bban.substring(0, 5));
        long branch = Long.parseLong(bban.substring(5, 10));
        long account = Long.parseLong(bban.substring(10, 21));
        long key = Long.parseLong(bban.substring(21, 23));
        return (89 * bank + 15 * branch + 3 * account + key) % 97 == 0;
    }

    /** Decodes the file strictly (a byte invalid in the dialect's charset fails) and parses it. */
    static List<Map<String, String>> read(Path file, Dataset dataset) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text = dataset.dialect().charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        if (dataset.dialect().bom()) {
            if (text.isEmpty() || text.charAt(0) != '\uFEFF') {
                throw new IOException("missing BOM");
            }
            text = text.substring(1);
        }
        return parse(new StringReader(text), dataset);
    }

    static List<Map<String, String>> parse(Reader reader, Dataset dataset) throws IOException {
        CSVFormat format = dataset.dialect().csvFormat();
        List<Map<String, String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            if (!parser.getHeaderNames().equals(dataset.columns())) {
                throw new IOException("header differs: " + parser.getHeaderNames());
            }
            for (CSVRecord record : parser) {
                if (record.size() != dataset.columns().size()) {
                    throw new IOException("record " + record.getRecordNumber() + " has " + record.size() + " fields");
                }
                rows.add(record.toMap());
            }
        }
        return rows;
    }

    /**
     * The first {@code count} rows of the dataset's stream, as read-only maps column → value.
     * Cached: several tests look at the same large sample, and generating it once keeps them fast.
     */
    static List<Map<String, String>> rows(Dataset dataset, long seed, int count) {
        return GENERATED.computeIfAbsent(dataset.name() + "/" + seed + "/" + count, key -> generate(dataset, seed, count));
    }

    private static List<Map<String, String>> generate(Dataset dataset, long seed, int count) {
        List<String> columns = dataset.columns();
        List<Map<String, String>> rows = new ArrayList<>(count);
        Iterator<String[]> it = dataset.rows(seed, count);
        while (it.hasNext()) {
            String[] row = it.next();
            Map<String, String> map = new HashMap<>(columns.size() * 2);
            for (int i = 0; i < row.length; i++) {
                map.put(columns.get(i), row[i]);
            }
            rows.add(Collections.unmodifiableMap(map));
        }
        return Collections.unmodifiableList(rows);
    }

    /** Share of rows whose {@code outcome} is {@code positive}, among rows where {@code group} holds. */
    static double rate(List<Map<String, String>> rows, Function<Map<String, String>, Boolean> group,
                       String outcome, String positive) {
        long n = rows.stream().filter(group::apply).count();
        long yes = rows.stream().filter(group::apply).filter(r -> positive.equals(r.get(outcome))).count();
        return (double) yes / n;
    }
}
