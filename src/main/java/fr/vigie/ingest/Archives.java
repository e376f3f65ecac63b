package fr.vigie.ingest;

import fr.vigie.model.InputException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Checks on ZIP containers (XLSX, ODS) before a reader opens them: what they hold, whether they
 * are encrypted, and whether they would expand beyond reason (zip bomb).
 */
final class Archives {
    /** Largest total uncompressed size accepted. */
    static final long MAX_UNCOMPRESSED_BYTES = 4L * 1024 * 1024 * 1024;
    /** Highest compression ratio accepted for an entry over {@link #RATIO_FLOOR_BYTES}. */
    static final long MAX_RATIO = 200;
    static final long RATIO_FLOOR_BYTES = 10L * 1024 * 1024;

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
            ZipEntry mimetype = zip.getEntry("mimetype");
            if (mimetype != null) {
                String type;
                try (InputStream in = zip.getInputStream(mimetype)) {
                    type = new String(in.readNBytes(200), StandardCharsets.US_ASCII).trim();
                }
                if (type.equals("application/vnd.oasis.opendocument.spreadsheet")) {
                    return SourceFormat.ODS;
                }
                if (type.startsWith("application/vnd.oasis.opendocument.")) {
                    return SourceFormat.DOCUMENT;
                }
            }
            throw new InputException(file, "ZIP archive holding neither a spreadsheet nor a document");
        } catch (ZipException e) {
            throw new InputException(file, "damaged, truncated or encrypted ZIP archive");
        } catch (IOException e) {
            throw new InputException(file, "cannot read: " + e.getClass().getSimpleName());
        }
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

    /** A stream that fails once more than {@code max} bytes were read: a guard for lying size headers. */
    static InputStream limited(Path file, InputStream in, long max) {
        return new FilterInputStream(in) {
            private long count;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    count(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                int n = super.read(buf, off, len);
                if (n > 0) {
                    count(n);
                }
                return n;
            }

            private void count(long n) {
                count += n;
                if (count > max) {
                    throw new InputException(file, "oversized archive: an entry expands past " + max
                            + " bytes (suspected zip bomb)");
                }
            }
        };
    }
}
