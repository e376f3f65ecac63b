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
import java.util.regex.Pattern;
import org.apache.tika.parser.txt.CharsetDetector;
import org.apache.tika.parser.txt.CharsetMatch;

/**
 * Detects a CSV file's dialect from its first megabyte: byte-order mark and encoding (UTF-8 check,
 * then Tika's {@link CharsetDetector}), line ending, then separator, quote and header line scored over
 * every record of the sample ({@link DialectDetector}). Each setting the job declares in
 * {@link ReadOptions} is taken as is. A web page or an XML document saved as {@code .csv} is refused.
 */
final class CsvSniffer {
    static final int SAMPLE_BYTES = 1024 * 1024;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** The start of an HTML or XML document: a declaration, a doctype, a comment or an element. */
    private static final Pattern MARKUP = Pattern.compile(
            "^(<\\?xml[\\s?]|<!doctype\\s|<!--|<[a-z][\\w.:-]*(\\s[^<>]*)?/?>)", Pattern.CASE_INSENSITIVE);

    /** The dialect and how many BOM bytes to pass over. */
    record Sniffed(CsvDialect dialect, int bomBytes) {
    }

    private CsvSniffer() {
    }

    static Sniffed sniff(Path file, ReadOptions options) {
        byte[] sample = readSample(file);
        Encoding encoding = encoding(file, sample, options.charset());
        String text = decodeSample(sample, encoding.bomBytes(), encoding.charset());
        checkNotMarkup(file, text);
        DialectDetector.Choice choice = DialectDetector.detect(text, sample.length < SAMPLE_BYTES, options.separator(),
                options.quote(), options.headerLine());
        return new Sniffed(new CsvDialect(encoding.charset(), choice.separator(), choice.quote(), choice.headerLine(),
                encoding.bomBytes() > 0, lineEnding(text)), encoding.bomBytes());
    }

    /** The file's charset and the length of its byte-order mark (0 when none). */
    private record Encoding(Charset charset, int bomBytes) {
    }

    /** The charset given, else the byte-order mark's, else the one the bytes fit (binary refused). */
    private static Encoding encoding(Path file, byte[] sample, Charset given) {
        Charset bomCharset = bomCharset(sample);
        int bomBytes = bomCharset == null ? 0 : bomCharset == StandardCharsets.UTF_8 ? 3 : 2;
        Charset charset = given != null ? given : bomCharset;
        if (charset == null) {
            checkNotBinary(file, sample);
            charset = detectCharset(sample);
        }
        return new Encoding(charset, bomBytes);
    }

    /** An HTML page or an XML document is no table, whatever its name says: refused before any row is read. */
    private static void checkNotMarkup(Path file, String text) {
        String start = text.stripLeading();
        if (MARKUP.matcher(start.substring(0, Math.min(start.length(), 200))).find()) {
            throw new InputException(file, "not a table: the file is an HTML or XML document (a web page saved as"
                    + " .csv?); export the table itself as CSV");
        }
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
}
