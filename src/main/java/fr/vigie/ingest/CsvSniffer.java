package fr.vigie.ingest;

import fr.vigie.model.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.tika.parser.txt.CharsetDetector;
import org.apache.tika.parser.txt.CharsetMatch;

/**
 * Detects a CSV file's dialect from its first bytes: byte-order mark and encoding (UTF-8 check,
 * then Tika's {@link CharsetDetector}), line ending, separator, quote and header line. Each
 * setting the job declares in {@link ReadOptions} is taken as is.
 */
final class CsvSniffer {
    static final int SAMPLE_BYTES = 64 * 1024;
    private static final int SAMPLE_LINES = 200;
    private static final char[] SEPARATORS = {';', ',', '\t', '|'};
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The dialect and how many BOM bytes to pass over. */
    record Sniffed(CsvDialect dialect, int bomBytes) {
    }

    private CsvSniffer() {
    }

    static Sniffed sniff(Path file, ReadOptions options) {
        byte[] sample = readSample(file);
        int bomBytes = 0;
        Charset charset = options.charset();
        boolean bom = false;
        Charset bomCharset = bomCharset(sample);
        if (bomCharset != null) {
            bom = true;
            bomBytes = bomCharset == StandardCharsets.UTF_8 ? 3 : 2;
            if (charset == null) {
                charset = bomCharset;
            }
        }
        if (charset == null) {
            checkNotBinary(file, sample);
            charset = detectCharset(sample);
        }
        String text = decodeSample(sample, bomBytes, charset);
        List<String> lines = sampleLines(text);
        String lineEnding = lineEnding(text);
        char separator = options.separator() != null ? options.separator() : detectSeparator(lines);
        Character quote = options.quote() != null ? options.quote() : detectQuote(lines, separator);
        int headerLine = options.headerLine() != null ? options.headerLine()
                : detectHeaderLine(sampleRecords(text, quote), separator, quote);
        return new Sniffed(new CsvDialect(charset, separator, quote, headerLine, bom, lineEnding), bomBytes);
    }

    private static byte[] readSample(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SAMPLE_BYTES);
        } catch (IOException e) {
            throw new InputException(file, "cannot read: " + e.getClass().getSimpleName());
        }
    }

    static Charset bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /** Text files have almost no control bytes; compressed or binary files have plenty. */
    private static void checkNotBinary(Path file, byte[] sample) {
        int control = 0;
        for (byte b : sample) {
            int v = b & 0xFF;
            if (v < 0x20 && v != '\t' && v != '\n' && v != '\r' && v != 0x0C) {
                control++;
            }
        }
        if (sample.length > 0 && control > Math.max(8, sample.length / 50)) {
            throw new InputException(file, "binary content, not a text table (set the format or charset in "
                    + "the job if this is wrong)");
        }
    }

    /** UTF-8 when the sample decodes strictly as UTF-8, else what Tika's CharsetDetector says. */
    static Charset detectCharset(byte[] sample) {
        if (isUtf8(sample)) {
            return StandardCharsets.UTF_8;
        }
        CharsetDetector detector = new CharsetDetector();
        detector.setText(sample);
        CharsetMatch match = detector.detect();
        if (match == null) {
            return WINDOWS_1252;
        }
        String name = match.getName();
        // ISO-8859-1 is what the detector says for Windows-1252 files too; 1252 decodes both correctly
        // for French text (it only adds characters such as € and œ in 0x80-0x9F)
        if (name.equalsIgnoreCase("ISO-8859-1") || name.equalsIgnoreCase("windows-1252")
                || name.equalsIgnoreCase("UTF-8") || !Charset.isSupported(name)) {
            return WINDOWS_1252;
        }
        return Charset.forName(name);
    }

    /** Strict UTF-8 check; a sequence cut by the end of the sample is accepted. */
    static boolean isUtf8(byte[] sample) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(sample);
        CharBuffer out = CharBuffer.allocate(sample.length + 1);
        CoderResult result = decoder.decode(in, out, false);
        if (result.isError()) {
            return false;
        }
        return sample.length < SAMPLE_BYTES ? in.remaining() == 0 : in.remaining() < 4;
    }

    private static String decodeSample(byte[] sample, int skip, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        try {
            return decoder.decode(ByteBuffer.wrap(sample, skip, sample.length - skip)).toString();
        } catch (CharacterCodingException e) {
            return "";
        }
    }

    /** A record of the sample: its text (line breaks inside quotes kept) and 1-based first line. */
    record Record(int line, String text) {
    }

    /**
     * The sample cut into records, quote-aware so that a value spanning lines does not count as a
     * line of its own; the last, possibly cut, record is left out when the sample is full.
     */
    static List<Record> sampleRecords(String text, Character quote) {
        List<Record> records = new ArrayList<>();
        int q = quote == null ? -1 : quote;
        boolean inQuotes = false;
        int start = 0;
        int line = 1;
        int startLine = 1;
        for (int i = 0; i < text.length() && records.size() < SAMPLE_LINES; i++) {
            char c = text.charAt(i);
            if (c == q) {
                inQuotes = !inQuotes;
            } else if (c == '\n' || c == '\r') {
                int end = i;
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                if (!inQuotes) {
                    records.add(new Record(startLine, text.substring(start, end)));
                    start = i + 1;
                    startLine = line;
                }
            }
        }
        if (start < text.length() && records.size() < SAMPLE_LINES && text.length() < SAMPLE_BYTES / 2
                && !inQuotes) {
            records.add(new Record(startLine, text.substring(start)));
        }
        if (records.isEmpty() && !text.isEmpty()) {
            records.add(new Record(1, text));
        }
        return records;
    }

    /** Complete lines of the sample (the last, possibly cut, line is left out when the sample is full). */
    private static List<String> sampleLines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length() && lines.size() < SAMPLE_LINES; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < text.length() && lines.size() < SAMPLE_LINES && text.length() < SAMPLE_BYTES / 2) {
            lines.add(text.substring(start));
        }
        if (lines.isEmpty() && !text.isEmpty()) {
            lines.add(text);
        }
        return lines;
    }

    private static String lineEnding(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return "\n";
            }
            if (c == '\r') {
                return i + 1 < text.length() && text.charAt(i + 1) == '\n' ? "\r\n" : "\r";
            }
        }
        return "\n";
    }

    /**
     * The candidate that splits the most lines into the same number of fields; ties go to the one
     * giving more fields, then to the French default {@code ;}.
     */
    static char detectSeparator(List<String> lines) {
        char best = ';';
        int bestLines = 0;
        int bestCount = 0;
        for (char candidate : SEPARATORS) {
            Map<Integer, Integer> frequency = new HashMap<>();
            for (String line : lines) {
                int count = countOutsideQuotes(line, candidate, '"');
                if (count > 0) {
                    frequency.merge(count, 1, Integer::sum);
                }
            }
            for (Map.Entry<Integer, Integer> e : frequency.entrySet()) {
                int linesWithCount = e.getValue();
                if (linesWithCount > bestLines || (linesWithCount == bestLines && e.getKey() > bestCount)) {
                    best = candidate;
                    bestLines = linesWithCount;
                    bestCount = e.getKey();
                }
            }
        }
        return best;
    }

    /** {@code '} when it opens fields more often than {@code "}, else {@code "}. */
    static Character detectQuote(List<String> lines, char separator) {
        int doubleQuotes = 0;
        int singleQuotes = 0;
        for (String line : lines) {
            for (int i = 0; i < line.length(); i++) {
                if (i == 0 || line.charAt(i - 1) == separator) {
                    char c = line.charAt(i);
                    if (c == '"') {
                        doubleQuotes++;
                    } else if (c == '\'') {
                        singleQuotes++;
                    }
                }
            }
        }
        return singleQuotes > doubleQuotes ? '\'' : '"';
    }

    /**
     * The first line with the table's usual field count (so a title block above it is passed over),
     * not counting title lines padded with separators; 0 when that line already looks like data
     * (a number or a date in it), meaning the file has no header row.
     */
    static int detectHeaderLine(List<Record> records, char separator, Character quote) {
        char q = quote == null ? '\uFFFF' : quote;
        List<String> lines = new ArrayList<>(records.size());
        for (Record record : records) {
            lines.add(record.text());
        }
        Map<Integer, Integer> frequency = new HashMap<>();
        int[] counts = new int[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            counts[i] = lines.get(i).isEmpty() ? -1 : countOutsideQuotes(lines.get(i), separator, q);
            if (counts[i] >= 0) {
                frequency.merge(counts[i], 1, Integer::sum);
            }
        }
        int usual = frequency.entrySet().stream()
                .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(0);
        int candidate = -1;
        for (int i = 0; i < lines.size(); i++) {
            // a title padded with separators ("Export CCAS;;;;") has the usual count but one filled field
            if (counts[i] == usual && (usual < 2 || filledFields(lines.get(i), separator) > 1)) {
                candidate = i;
                break;
            }
        }
        if (candidate < 0) {
            return 1;
        }
        if (looksLikeData(lines.get(candidate), separator, q) && candidate + 1 < lines.size()) {
            return 0;
        }
        return records.get(candidate).line();
    }

    private static int filledFields(String line, char separator) {
        int filled = 0;
        for (String p : line.split(java.util.regex.Pattern.quote(String.valueOf(separator)), -1)) {
            if (!p.isBlank() && !p.equals("\"\"")) {
                filled++;
            }
        }
        return filled;
    }

    private static boolean looksLikeData(String line, char separator, char quote) {
        for (String raw : line.split(java.util.regex.Pattern.quote(String.valueOf(separator)), -1)) {
            String field = raw.strip();
            if (field.length() >= 2 && field.charAt(0) == quote && field.charAt(field.length() - 1) == quote) {
                field = field.substring(1, field.length() - 1);
            }
            if (Values.canonicalNumber(field) != null || Values.epochDay(field) != Values.NOT_A_DATE) {
                return true;
            }
        }
        return false;
    }

    private static int countOutsideQuotes(String line, char separator, char quote) {
        int count = 0;
        boolean inQuotes = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == quote) {
                inQuotes = !inQuotes;
            } else if (c == separator && !inQuotes) {
                count++;
            }
        }
        return count;
    }
}
