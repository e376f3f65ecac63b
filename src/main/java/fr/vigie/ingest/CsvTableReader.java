package fr.vigie.ingest;

import fr.vigie.model.ExitCode;
import fr.vigie.model.InputException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams a CSV file: {@link CsvSplitter} cuts and checks records, Apache Commons CSV parses the
 * good ones. Commons CSV reads from a {@link Feed} that hands it one checked record at a time, so a
 * malformed record never reaches it and cannot derail it.
 */
final class CsvTableReader extends AbstractTableReader {
    private final CsvDialect dialect;
    private final CsvSplitter splitter;
    private final LineReader lines;
    private final CSVFormat format;
    private final Feed feed = new Feed();
    /** Malformed records met while feeding Commons CSV, returned before the row that follows them. */
    private final Deque<SourceRecord.Malformed> malformed = new ArrayDeque<>();
    /** Records handed to Commons CSV and not parsed yet, oldest first. */
    private final Deque<CsvSplitter.Chunk> inFlight = new ArrayDeque<>();
    private CSVParser parser;
    private SourceRecord.Row pendingRow;
    private int width;

    /** The records of a slice of a file, and the header read at the file's start. */
    record Range(SourceSlice slice, java.util.List<String> header) {
    }

    CsvTableReader(Path file, ReadOptions options) {
        this(file, options, CsvSniffer.sniff(file, options), null);
    }

    /** A reader of the whole file ({@code range} null) or of one slice of it, whose header is given. */
    CsvTableReader(Path file, ReadOptions options, CsvSniffer.Sniffed sniffed, Range range) {
        super(file);
        this.dialect = sniffed.dialect();
        this.format = CSVFormat.DEFAULT.builder()
                .setDelimiter(dialect.separator())
                .setQuote(dialect.quote())
                .setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(false)
                .setTrim(false)
                .get();
        int maxField = options.effectiveMaxFieldChars();
        this.lines = new LineReader(openReader(file, sniffed, range), CsvSlices.maxLineChars(maxField),
                dialect.separator(), dialect.quote());
        this.splitter = new CsvSplitter(lines, dialect.separator(), dialect.quote(), maxField,
                options.effectiveMaxRecordLines());
        try {
            this.parser = CSVParser.builder().setReader(feed).setFormat(format).get();
            if (range == null) {
                readHeader(options);
            } else {
                startSlice(range);
            }
        } catch (IOException e) {
            closeQuietly();
            throw new InputException(file, "cannot read: " + e.getClass().getSimpleName());
        } catch (RuntimeException e) {
            closeQuietly();
            throw e;
        }
    }

    private void startSlice(Range range) {
        lines.startAfterLine(range.slice().firstLine() - 1);
        header = range.header();
        width = header.size();
        splitter.expectFields(width);
    }

    private Reader openReader(Path file, CsvSniffer.Sniffed sniffed, Range range) {
        try {
            InputStream in;
            if (range == null) {
                in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
                in.skipNBytes(sniffed.bomBytes());
            } else {
                in = new BufferedInputStream(CsvSlices.range(file, range.slice().start(), range.slice().end()), 1 << 16);
            }
            // bytes invalid in the detected charset become U+FFFD rather than stopping the run
            CharsetDecoder decoder = dialect.charset().newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
            return new InputStreamReader(in, decoder);
        } catch (IOException e) {
            throw new InputException(file, "cannot read: " + e.getClass().getSimpleName());
        }
    }

    private void readHeader(ReadOptions options) throws IOException {
        int headerLine = dialect.headerLine();
        if (headerLine > 0) {
            splitter.skipLines(headerLine - 1L);
            CsvSplitter.Chunk chunk = splitter.next();
            if (chunk == null) {
                throw new InputException(file, headerLine == 1 ? "file is empty" : "no header at line " + headerLine);
            }
            if (chunk.malformed()) {
                throw new InputException(ExitCode.FAILED, file, chunk.line(), 0, "unreadable header: " + chunk.problem());
            }
            CSVRecord record = parse(chunk);
            width = record.size();
            header = Headers.resolve(file, record.toList(), chunk.line(), width, options);
        } else {
            CsvSplitter.Chunk first = splitter.next();
            while (first != null && first.malformed()) {
                malformed.add(new SourceRecord.Malformed(first.line(), first.problem(), first.text()));
                first = splitter.next();
            }
            if (first == null) {
                throw new InputException(file, "file is empty or has no readable record");
            }
            width = first.fields();
            header = Headers.resolve(file, null, 0, width, options);
            feed.offer(first);
        }
        splitter.expectFields(width);
    }

    /** Parses one chunk handed over directly (the header). */
    private CSVRecord parse(CsvSplitter.Chunk chunk) throws IOException {
        feed.offer(chunk);
        CSVRecord record = nextRecord();
        inFlight.poll();
        if (record == null) {
            throw new InputException(ExitCode.FAILED, file, chunk.line(), 0, "unreadable header");
        }
        return record;
    }

    /** The next record Commons CSV parses from the feed, or null at the end. */
    private CSVRecord nextRecord() throws IOException {
        try {
            Iterator<CSVRecord> records = parser.iterator();
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @Override
    public CsvDialect dialect() {
        return dialect;
    }

    @Override
    protected SourceRecord read() {
        if (!malformed.isEmpty()) {
            return malformed.poll();
        }
        if (pendingRow != null) {
            SourceRecord.Row row = pendingRow;
            pendingRow = null;
            return row;
        }
        SourceRecord record = parseNext();
        if (record == null) {
            return malformed.poll();
        }
        if (!malformed.isEmpty()) {
            // malformed lines met while feeding came before this record in the file
            if (record instanceof SourceRecord.Row row) {
                pendingRow = row;
            } else {
                malformed.add((SourceRecord.Malformed) record);
            }
            return malformed.poll();
        }
        return record;
    }

    private SourceRecord parseNext() {
        CSVRecord record;
        try {
            record = nextRecord();
        } catch (CSVException e) {
            return recoverFromParseError();
        } catch (IOException e) {
            throw new InputException(ExitCode.FAILED, file, lines.lineNumber(), 0, "cannot read: " + e.getClass().getSimpleName());
        }
        if (record == null) {
            return null;
        }
        CsvSplitter.Chunk chunk = inFlight.poll();
        long line = chunk == null ? lines.lineNumber() : chunk.line();
        String[] values = record.values();
        if (values.length != width) {
            // the splitter counted fields differently from Commons CSV: do not guess, quarantine
            return new SourceRecord.Malformed(line, "field count differs from header (expected " + width
                    + ", found " + values.length + ")", chunk == null ? "" : chunk.text());
        }
        return new SourceRecord.Row(line, values);
    }

    /** Commons CSV refused a record the splitter let through: quarantine it and restart the parser after it. */
    private SourceRecord recoverFromParseError() {
        CsvSplitter.Chunk chunk = inFlight.poll();
        feed.dropCurrent();
        try {
            parser = CSVParser.builder().setReader(feed).setFormat(format).get();
        } catch (IOException e) {
            throw new InputException(file, "cannot read: " + e.getClass().getSimpleName());
        }
        if (chunk == null) {
            return null;
        }
        return new SourceRecord.Malformed(chunk.line(), "record not parseable as CSV", chunk.text());
    }

    @Override
    public void close() {
        try {
            lines.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closeQuietly() {
        try {
            lines.close();
        } catch (IOException | RuntimeException ignored) {
            // already failing: the first error is the one to report
        }
    }

    /**
     * The characters Commons CSV reads: one checked record at a time, each ended by a line feed.
     * Malformed records met on the way are set aside for {@link #read()}.
     */
    private final class Feed extends Reader {
        private CsvSplitter.Chunk current;
        private int pos;
        private boolean newlinePending;
        private CsvSplitter.Chunk offered;
        private boolean end;

        void offer(CsvSplitter.Chunk chunk) {
            offered = chunk;
        }

        void dropCurrent() {
            current = null;
            pos = 0;
            newlinePending = false;
        }

        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (current == null || pos >= current.length()) {
                if (newlinePending) {
                    newlinePending = false;
                    cbuf[off] = '\n';
                    return 1;
                }
                if (!advance()) {
                    return -1;
                }
            }
            int n = Math.min(len, current.length() - pos);
            current.getChars(pos, pos + n, cbuf, off);
            pos += n;
            // end the record in the same call when there is room: one buffer fill per record, not two
            if (pos >= current.length() && newlinePending && n < len) {
                newlinePending = false;
                cbuf[off + n] = '\n';
                n++;
            }
            return n;
        }

        private boolean advance() throws IOException {
            // records handed over but not parsed yet must outlive the line reader's buffer
            for (CsvSplitter.Chunk waiting : inFlight) {
                waiting.materialise();
            }
            CsvSplitter.Chunk chunk;
            if (offered != null) {
                chunk = offered;
                offered = null;
            } else {
                if (end) {
                    return false;
                }
                chunk = splitter.next();
                while (chunk != null && chunk.malformed()) {
                    malformed.add(new SourceRecord.Malformed(chunk.line(), chunk.problem(), chunk.text()));
                    chunk = splitter.next();
                }
                if (chunk == null) {
                    end = true;
                    return false;
                }
            }
            inFlight.add(chunk);
            current = chunk;
            pos = 0;
            newlinePending = true;
            return true;
        }

        @Override
        public void close() {
            // the underlying file is closed by the table reader
        }
    }

    @Override
    public String toString() {
        return "CsvTableReader[" + file + ", " + dialect + ", columns=" + (header == null ? 0 : header.size())
                + "]";
    }
}
