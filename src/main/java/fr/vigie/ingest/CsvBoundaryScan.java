package fr.vigie.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * One pass over a CSV file's bytes that finds record starts near evenly spaced offsets, following the
 * quotes exactly as {@link CsvSplitter} does (a quote opens a field only at its start, a doubled quote is
 * a quote, a line break inside quotes belongs to the field). It stops at the first place where the
 * splitter could read otherwise — a quoted record longer than its caps (the splitter then re-reads its
 * lines as records), a line longer than the line reader keeps — and places no boundary after it.
 */
final class CsvBoundaryScan {
    private enum Phase { TITLE, HEADER, DATA }

    private final byte separator;
    private final int separatorByte;
    private final int quote;
    private final int headerLine;
    private final long maxLineBytes;
    private final long maxFieldBytes;
    private final int maxRecordLines;

    private Phase phase;
    private long lines;
    private long lineBytes;
    private boolean afterTerminator;
    private boolean lastWasCr;
    private boolean headerSeen;
    private boolean stopped;

    private boolean inQuotes;
    private boolean quotePending;
    private boolean afterQuote;
    private boolean fieldStart = true;
    private long recordBytes;
    private int recordLines;

    private long dataStart = -1;
    private long dataLine;
    private long[] targets = new long[0];
    private int nextTarget;
    private final List<SourceSlice> starts = new ArrayList<>();
    private long size;
    private int count;

    CsvBoundaryScan(char separator, Character quote, int headerLine, long maxLineBytes, long maxFieldBytes,
            int maxRecordLines) {
        this.separator = (byte) separator;
        this.separatorByte = separator;
        this.quote = quote == null ? -1 : quote;
        this.headerLine = headerLine;
        this.maxLineBytes = maxLineBytes;
        this.maxFieldBytes = maxFieldBytes;
        this.maxRecordLines = Math.max(1, maxRecordLines);
        this.phase = headerLine <= 1 ? Phase.HEADER : Phase.TITLE;
    }

    /**
     * Slices of the stream, which starts at byte {@code offset} of a file of {@code size} bytes: up to
     * {@code count}, or the whole file when no boundary could be proven.
     */
    List<SourceSlice> slices(InputStream in, long offset, long size, int count) throws IOException {
        byte[] buffer = new byte[1 << 20];
        long position = offset;
        int n;
        this.size = size;
        this.count = count;
        while (!stopped && (n = in.read(buffer)) > 0) {
            scanBuffer(buffer, n, position);
            position += n;
        }
        return result(size);
    }

    /**
     * Runs of ordinary bytes and separators are taken in a tight loop over locals (this runs on every byte of
     * the file before any slice is read); every other byte goes through {@link #step}.
     */
    private void scanBuffer(byte[] buffer, int n, long position) {
        final int q = quote;
        final int sep = separatorByte;
        int i = 0;
        while (i < n && !stopped) {
            if (!afterTerminator && !quotePending) {
                int j = i;
                boolean lastWasSeparator = false;
                while (j < n) {
                    int b = buffer[j] & 0xFF;
                    if (b <= '\r' || b == q) {
                        break;
                    }
                    lastWasSeparator = b == sep;
                    j++;
                }
                if (j > i) {
                    ordinaryRun(j - i, lastWasSeparator);
                    i = j;
                    continue;
                }
            }
            step(buffer[i], position + i);
            i++;
        }
    }

    /** What {@link #character} does over {@code length} bytes none of which is a quote or a line break. */
    private void ordinaryRun(int length, boolean endsWithSeparator) {
        lineBytes += length;
        if (phase == Phase.TITLE) {
            return;
        }
        recordBytes += length;
        afterQuote = false;
        if (!inQuotes) {
            fieldStart = endsWithSeparator;
        }
    }

    private void step(byte b, long at) {
        if (afterTerminator) {
            if (lastWasCr && b == '\n') {
                lastWasCr = false;
                return; // the second byte of a CRLF: the next line starts after it
            }
            afterTerminator = false;
            lineStart(at);
        }
        if (b == '\n' || b == '\r') {
            lineEnd();
            afterTerminator = true;
            lastWasCr = b == '\r';
            return;
        }
        lineBytes++;
        if (phase != Phase.TITLE && !stopped) {
            character(b);
        }
    }

    private void character(byte b) {
        recordBytes++;
        if (quote < 0) {
            return;
        }
        if (quotePending) {
            quotePending = false;
            if (b == quote) {
                return; // a doubled quote inside quotes: still inside
            }
            inQuotes = false;
            afterQuote = true;
        }
        if (inQuotes) {
            quotePending = b == quote;
        } else if (b == separator) {
            fieldStart = true;
            afterQuote = false;
        } else if (afterQuote) {
            afterQuote = false; // a character after a closing quote: a malformed record, still one record
        } else {
            inQuotes = b == quote && fieldStart;
            fieldStart = false;
        }
    }

    private void lineEnd() {
        lines++;
        if (lineBytes > maxLineBytes) {
            stopped = true; // the line reader cuts such a line: what follows is not read as one stream would
        }
        lineBytes = 0;
        if (phase == Phase.TITLE) {
            phase = lines >= headerLine - 1 ? Phase.HEADER : Phase.TITLE;
            return;
        }
        if (quotePending) {
            quotePending = false; // a quote ending a line closes its field
            inQuotes = false;
        }
        recordLines++;
        recordBytes += 2;
        if (inQuotes && (recordLines >= maxRecordLines || recordBytes > maxFieldBytes)) {
            stopped = true; // the splitter would give up on this record and re-read its lines
        }
        if (!inQuotes && phase == Phase.HEADER && recordBytes > 2) {
            headerSeen = true;
        }
    }

    private void lineStart(long at) {
        if (inQuotes || phase == Phase.TITLE || stopped) {
            return;
        }
        if (phase == Phase.HEADER && headerSeen) {
            phase = Phase.DATA;
            dataStart = at;
            dataLine = lines + 1;
            targets = targets(at);
        } else if (phase == Phase.DATA && nextTarget < targets.length && at >= targets[nextTarget]) {
            starts.add(new SourceSlice(0, at, 0, lines + 1));
            while (nextTarget < targets.length && targets[nextTarget] <= at) {
                nextTarget++;
            }
            stopped = nextTarget == targets.length;
        }
        resetRecord();
    }

    private long[] targets(long from) {
        long[] offsets = new long[Math.max(0, count - 1)];
        for (int k = 1; k < count; k++) {
            offsets[k - 1] = from + (size - from) * k / count;
        }
        return offsets;
    }

    private void resetRecord() {
        afterQuote = false;
        fieldStart = true;
        recordBytes = 0;
        recordLines = 0;
    }

    private List<SourceSlice> result(long end) {
        if (dataStart < 0 || starts.isEmpty()) {
            return List.of(SourceSlice.whole());
        }
        List<SourceSlice> slices = new ArrayList<>();
        long start = dataStart;
        long line = dataLine;
        for (SourceSlice next : starts) {
            slices.add(new SourceSlice(slices.size(), start, next.start(), line));
            start = next.start();
            line = next.firstLine();
        }
        slices.add(new SourceSlice(slices.size(), start, end, line));
        return List.copyOf(slices);
    }
}
