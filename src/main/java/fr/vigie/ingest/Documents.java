package fr.vigie.ingest;

import fr.vigie.model.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.xml.sax.SAXException;

/**
 * Extracts the text of documents (PDF, DOCX, ODT, TXT and whatever else the Tika parser modules on
 * the classpath read) for the classification stage, within {@link DocumentLimits}.
 */
public final class Documents {
    /** Output size from which Tika checks the compression ratio (its own default). */
    private static final long ZIP_BOMB_CHECK_CHARS = 1_000_000;

    private Documents() {
    }

    /** The text of a document; see {@link #extract}. */
    public static String extractText(Path file, DocumentLimits limits) {
        return extract(file, limits).text();
    }

    /**
     * Extracts a document's text, cut at {@code limits.maxChars()}. A document package (DOCX, ODT...) is
     * checked first, before any parser opens it ({@link Archives#checkDocument}).
     *
     * @throws InputException when the file is missing, empty, too large, encrypted, a suspected zip
     *     bomb, too deeply nested, or cannot be parsed
     */
    public static DocumentText extract(Path file, DocumentLimits limits) {
        checkSize(file, limits);
        if (Archives.isZip(file)) {
            Archives.checkDocument(file, limits);
        }
        AutoDetectParser parser = parser(limits);
        WriteOutContentHandler out = new WriteOutContentHandler(limits.maxChars());
        BodyContentHandler handler = new BodyContentHandler(out);
        Metadata metadata = new Metadata();
        boolean truncated = parse(file, parser, handler, metadata);
        String type = metadata.get(Metadata.CONTENT_TYPE);
        return new DocumentText(out.toString(), type, truncated);
    }

    /** Parses the whole file into {@code handler}; true when the text was cut at the limit. */
    private static boolean parse(Path file, AutoDetectParser parser, BodyContentHandler handler, Metadata metadata) {
        try (TikaInputStream in = TikaInputStream.get(file)) {
            parser.parse(in, handler, metadata, parseContext(parser));
            return false;
        } catch (StackOverflowError e) {
            // the checks above bound the XML of packages; this is the last guard for other formats (PDF...)
            throw new InputException(file, "cannot extract text (nesting too deep for the parser)");
        } catch (EncryptedDocumentException e) {
            throw new InputException(file, "document is encrypted");
        } catch (ZeroByteFileException e) {
            throw new InputException(file, "file is empty");
        } catch (SAXException | TikaException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                return true;
            }
            throw new InputException(file, "cannot extract text (" + describe(e) + ")");
        } catch (IOException e) {
            throw new InputException(file, "cannot read: " + e.getClass().getSimpleName());
        }
    }

    private static AutoDetectParser parser(DocumentLimits limits) {
        AutoDetectParser parser = new AutoDetectParser();
        // past ZIP_BOMB_CHECK_CHARS of output, more than maxCompressionRatio characters per input byte is a bomb
        parser.setAutoDetectParserConfig(new AutoDetectParserConfig(null, ZIP_BOMB_CHECK_CHARS,
                limits.maxCompressionRatio(), limits.maxDepth(), limits.maxPackageEntryDepth()));
        return parser;
    }

    private static ParseContext parseContext(AutoDetectParser parser) {
        ParseContext context = new ParseContext();
        // embedded documents (attachments, images with text...) are read too, within maxPackageEntryDepth
        context.set(Parser.class, parser);
        // Word and PowerPoint files are read as streams of SAX events, not loaded as an object tree
        OfficeParserConfig office = new OfficeParserConfig();
        office.setUseSAXDocxExtractor(true);
        office.setUseSAXPptxExtractor(true);
        context.set(OfficeParserConfig.class, office);
        return context;
    }

    private static void checkSize(Path file, DocumentLimits limits) {
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new InputException(file, "file not found");
        } catch (IOException e) {
            throw new InputException(file, "cannot read: " + e.getClass().getSimpleName());
        }
        if (size == 0) {
            throw new InputException(file, "file is empty");
        }
        if (size > limits.maxFileBytes()) {
            throw new InputException(file, "document over " + limits.maxFileBytes() + " bytes");
        }
    }

    /**
     * A description of a parse failure that names the kind of problem only: parser messages can
     * quote document content, so they are not passed on.
     */
    private static String describe(Exception e) {
        // Tika's SecureContentHandler says "Suspected zip bomb" for both ratio and nesting limits
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String text = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (text.contains("zip bomb") && (text.contains("nesting") || text.contains("depth"))) {
                return "suspected zip bomb: nesting too deep";
            }
            if (text.contains("zip bomb")) {
                return "suspected zip bomb";
            }
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return e.getClass().getSimpleName() + (root == e ? "" : " caused by " + root.getClass().getSimpleName());
    }
}
