package fr.vigie.ingest;

import fr.vigie.model.InputException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Checks on ZIP containers before a reader or parser opens them: what they hold, whether they are
 * encrypted, whether they would expand beyond reason (zip bomb) and, for documents, whether their
 * XML nests deeper than a parser's stack can follow.
 */
final class Archives {
    /** Largest total uncompressed size accepted. */
    static final long MAX_UNCOMPRESSED_BYTES = 4L * 1024 * 1024 * 1024;
    /** Highest compression ratio accepted for an entry over {@link #RATIO_FLOOR_BYTES}. */
    static final long MAX_RATIO = 200;
    static final long RATIO_FLOOR_BYTES = 10L * 1024 * 1024;
    /** Parts of a document package below this expanded size are not held to the compression ratio. */
    static final long DOCUMENT_RATIO_FLOOR_BYTES = 1024 * 1024;

    private Archives() {
    }

    /** The format held by a ZIP file (XLSX, ODS or a document), after checking its sizes. */
    static SourceFormat formatOfZip(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            checkSizes(file, zip);
            if (zip.getEntry("xl/workbook.xml") != null) {
                return SourceFormat.XLSX;
            }
            if (zip.getEntry("word/document.xml") != null) {
                return SourceFormat.DOCUMENT;
            }
            SourceFormat openDocument = formatOfOpenDocument(zip);
            if (openDocument != null) {
                return openDocument;
            }
            throw new InputException(file, "ZIP archive holding neither a spreadsheet nor a document");
        } catch (ZipException e) {
            throw new InputException(file, "damaged, truncated or encrypted ZIP archive");
        } catch (IOException e) {
            throw new InputException(file, "cannot read: " + e.getClass().getSimpleName());
        }
    }

    /** ODS or another OpenDocument file, as its {@code mimetype} entry says; null when it is none. */
    private static SourceFormat formatOfOpenDocument(ZipFile zip) throws IOException {
        ZipEntry mimetype = zip.getEntry("mimetype");
        if (mimetype == null) {
            return null;
        }
        String type;
        try (InputStream in = zip.getInputStream(mimetype)) {
            type = new String(in.readNBytes(200), StandardCharsets.US_ASCII).trim();
        }
        if (type.equals("application/vnd.oasis.opendocument.spreadsheet")) {
            return SourceFormat.ODS;
        }
        return type.startsWith("application/vnd.oasis.opendocument.") ? SourceFormat.DOCUMENT : null;
    }

    /** Fails on an archive whose entries declare an unreasonable size or compression ratio. */
    static void checkSizes(Path file, ZipFile zip) {
        long total = 0;
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            long size = entry.getSize();
            long compressed = entry.getCompressedSize();
            if (size < 0) {
                continue;
            }
            total += size;
            if (size > RATIO_FLOOR_BYTES && compressed > 0 && size / compressed > MAX_RATIO) {
                throw new InputException(file, "oversized archive: an entry expands " + (size / compressed)
                        + " times (suspected zip bomb)");
            }
        }
        if (total > MAX_UNCOMPRESSED_BYTES) {
            throw new InputException(file, "oversized archive: " + total + " bytes uncompressed");
        }
    }

    /** Whether a file starts as a ZIP archive does. */
    static boolean isZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Checks a document package (DOCX, ODT, PPTX...) before any parser opens it: number of parts, the
     * sizes each part declares, then the bytes each part really expands to (a lying header is caught
     * while inflating) against the total and the compression ratio, and the nesting depth of every XML
     * part, read as a stream (no tree is built). Messages name no part: part names come from the file.
     *
     * @throws InputException naming the file and the limit it broke
     */
    static void checkDocument(Path file, DocumentLimits limits) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > limits.maxEntries()) {
                throw new InputException(file, "suspected zip bomb: " + zip.size() + " parts, over the limit of "
                        + limits.maxEntries());
            }
            long expanded = 0;
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                expanded += checkPart(file, zip, entries.nextElement(), limits, expanded);
            }
        } catch (ZipException e) {
            throw new InputException(file, "damaged, truncated or encrypted ZIP archive");
        } catch (IOException e) {
            throw new InputException(file, "cannot read: " + e.getClass().getSimpleName());
        }
    }

    /** One part within what the parts before it left of the budget, and not too compressed; returns its size. */
    private static long checkPart(Path file, ZipFile zip, ZipEntry entry, DocumentLimits limits, long expanded)
            throws IOException {
        if (entry.getSize() > limits.maxExpandedBytes() - expanded) {
            throw new InputException(file, "suspected zip bomb: it expands past " + limits.maxExpandedBytes()
                    + " bytes");
        }
        long size = inflate(file, zip, entry, limits, limits.maxExpandedBytes() - expanded);
        long compressed = Math.max(1, entry.getCompressedSize());
        if (size > DOCUMENT_RATIO_FLOOR_BYTES && size / compressed > limits.maxCompressionRatio()) {
            throw new InputException(file, "suspected zip bomb: a part expands " + (size / compressed)
                    + " times, over the limit of " + limits.maxCompressionRatio());
        }
        return size;
    }

    /** Reads one part to its end within {@code budget} bytes, checking XML parts' depth; returns its size. */
    private static long inflate(Path file, ZipFile zip, ZipEntry entry, DocumentLimits limits, long budget)
            throws IOException {
        CountingStream in = new CountingStream(file, zip.getInputStream(entry), budget,
                "suspected zip bomb: it expands past " + limits.maxExpandedBytes() + " bytes");
        try (in) {
            String name = entry.getName().toLowerCase(Locale.ROOT);
            if (name.endsWith(".xml") || name.endsWith(".rels") || name.endsWith(".vml")) {
                XmlDepth.check(file, in, limits.maxDepth());
            }
            in.transferTo(OutputStream.nullOutputStream());
        }
        return in.count;
    }

    /** A stream that fails once more than {@code max} bytes were read: a guard for lying size headers. */
    static InputStream limited(Path file, InputStream in, long max) {
        return new CountingStream(file, in, max, "oversized archive: an entry expands past " + max
                + " bytes (suspected zip bomb)");
    }

    /** Counts the bytes read and fails past {@code budget}: what an entry really expands to, whatever its header says. */
    private static final class CountingStream extends FilterInputStream {
        private final Path file;
        private final long budget;
        private final String problem;
        private long count;

        CountingStream(Path file, InputStream in, long budget, String problem) {
            super(in);
            this.file = file;
            this.budget = budget;
            this.problem = problem;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        private void add(long n) {
            count += n;
            if (count > budget) {
                throw new InputException(file, problem);
            }
        }
    }
}
