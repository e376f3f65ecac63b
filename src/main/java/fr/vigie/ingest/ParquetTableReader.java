package fr.vigie.ingest;

import fr.vigie.model.ExitCode;
import fr.vigie.model.InputException;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.MessageColumnIO;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

/**
 * Streams a Parquet file one row group at a time through parquet-java's local file API (no Hadoop
 * installation). Every value becomes a string: numbers in plain notation, dates and times in ISO-8601,
 * decimals exactly, binary without a text annotation in Base64; repeated values are joined with {@code |}.
 */
final class ParquetTableReader extends AbstractTableReader {
    private final ParquetFileReader reader;
    private final MessageType schema;
    private final MessageColumnIO columnIO;
    private RecordReader<Group> records;
    private long leftInGroup;
    private long index;
    /** Row groups still to read: all of them, or those of a slice. */
    private long groupsLeft = Long.MAX_VALUE;

    ParquetTableReader(Path file, ReadOptions options) {
        this(file, options, 0, -1);
    }

    /** A reader of row groups {@code [firstGroup, endGroup)} only; {@code endGroup} -1 for all of them. */
    ParquetTableReader(Path file, ReadOptions options, int firstGroup, int endGroup) {
        super(file);
        ParquetReadOptions readOptions = ParquetReadOptions.builder(new PlainParquetConfiguration()).build();
        try {
            reader = ParquetFileReader.open(new LocalInputFile(file), readOptions);
        } catch (IOException | RuntimeException e) {
            throw new InputException(file, "not a readable Parquet file (truncated or damaged footer)");
        }
        schema = reader.getFooter().getFileMetaData().getSchema();
        columnIO = new ColumnIOFactory().getColumnIO(schema);
        List<String> names = new ArrayList<>();
        for (Type field : schema.getFields()) {
            names.add(field.getName());
        }
        try {
            header = Headers.resolve(file, names, 0, names.size(), options);
            startAt(firstGroup, endGroup);
        } catch (RuntimeException e) {
            closeQuietly();
            throw e;
        }
    }

    /** Passes over the row groups before a slice; records keep their numbers in the file. */
    private void startAt(int firstGroup, int endGroup) {
        if (endGroup < 0) {
            return;
        }
        for (int group = 0; group < firstGroup; group++) {
            index += reader.getRowGroups().get(group).getRowCount();
            reader.skipNextRowGroup();
        }
        groupsLeft = endGroup - firstGroup;
    }

    @Override
    protected SourceRecord read() {
        try {
            while (leftInGroup == 0) {
                if (groupsLeft == 0) {
                    return null;
                }
                groupsLeft--;
                PageReadStore pages = reader.readNextRowGroup();
                if (pages == null) {
                    return null;
                }
                leftInGroup = pages.getRowCount();
                records = columnIO.getRecordReader(pages, new GroupRecordConverter(schema));
            }
            Group group = records.read();
            leftInGroup--;
            index++;
            String[] values = new String[schema.getFieldCount()];
            for (int i = 0; i < values.length; i++) {
                values[i] = render(group, i, schema.getType(i));
            }
            return new SourceRecord.Row(index, values);
        } catch (IOException | RuntimeException e) {
            // a damaged row group: nothing after it can be trusted
            throw new InputException(ExitCode.FAILED, file, index + 1, 0,
                    "cannot read Parquet data (truncated or damaged row group)");
        }
    }

    private static String render(Group group, int field, Type type) {
        int count = group.getFieldRepetitionCount(field);
        if (count == 0) {
            return "";
        }
        if (count == 1) {
            return renderOne(group, field, type, 0);
        }
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                joined.append('|');
            }
            joined.append(renderOne(group, field, type, i));
        }
        return joined.toString();
    }

    private static String renderOne(Group group, int field, Type type, int index) {
        if (!type.isPrimitive()) {
            return group.getGroup(field, index).toString().strip().replace('\n', ';');
        }
        PrimitiveType primitive = type.asPrimitiveType();
        LogicalTypeAnnotation logical = primitive.getLogicalTypeAnnotation();
        return switch (primitive.getPrimitiveTypeName()) {
            case BOOLEAN -> String.valueOf(group.getBoolean(field, index));
            case INT32 -> int32(group.getInteger(field, index), logical);
            case INT64 -> int64(group.getLong(field, index), logical);
            case INT96 -> int96(group.getInt96(field, index));
            case FLOAT -> String.valueOf(group.getFloat(field, index));
            case DOUBLE -> String.valueOf(group.getDouble(field, index));
            case BINARY, FIXED_LEN_BYTE_ARRAY -> binary(group.getBinary(field, index), logical);
        };
    }

    private static String int32(int v, LogicalTypeAnnotation logical) {
        if (logical instanceof LogicalTypeAnnotation.DateLogicalTypeAnnotation) {
            return LocalDate.ofEpochDay(v).toString();
        }
        if (logical instanceof LogicalTypeAnnotation.DecimalLogicalTypeAnnotation d) {
            return BigDecimal.valueOf(v, d.getScale()).toPlainString();
        }
        if (logical instanceof LogicalTypeAnnotation.TimeLogicalTypeAnnotation) {
            return LocalTime.ofNanoOfDay(v * 1_000_000L).toString();
        }
        if (logical instanceof LogicalTypeAnnotation.IntLogicalTypeAnnotation i && !i.isSigned()) {
            return Integer.toUnsignedString(v);
        }
        return Integer.toString(v);
    }

    private static String int64(long v, LogicalTypeAnnotation logical) {
        if (logical instanceof LogicalTypeAnnotation.TimestampLogicalTypeAnnotation t) {
            return timestamp(v, t);
        }
        if (logical instanceof LogicalTypeAnnotation.DecimalLogicalTypeAnnotation d) {
            return BigDecimal.valueOf(v, d.getScale()).toPlainString();
        }
        if (logical instanceof LogicalTypeAnnotation.TimeLogicalTypeAnnotation t) {
            return time(v, t);
        }
        if (logical instanceof LogicalTypeAnnotation.IntLogicalTypeAnnotation i && !i.isSigned()) {
            return Long.toUnsignedString(v);
        }
        return Long.toString(v);
    }

    /** An instant in UTC, or a local date-time when the writer did not adjust it to UTC. */
    private static String timestamp(long v, LogicalTypeAnnotation.TimestampLogicalTypeAnnotation t) {
        Instant instant = switch (t.getUnit()) {
            case MILLIS -> Instant.ofEpochMilli(v);
            case MICROS -> Instant.ofEpochSecond(Math.floorDiv(v, 1_000_000L), Math.floorMod(v, 1_000_000L) * 1000);
            case NANOS -> Instant.ofEpochSecond(Math.floorDiv(v, 1_000_000_000L), Math.floorMod(v, 1_000_000_000L));
        };
        return t.isAdjustedToUTC() ? instant.toString() : LocalDateTime.ofInstant(instant, ZoneOffset.UTC).toString();
    }

    private static String time(long v, LogicalTypeAnnotation.TimeLogicalTypeAnnotation t) {
        long nanos = switch (t.getUnit()) {
            case MILLIS -> v * 1_000_000L;
            case MICROS -> v * 1000L;
            case NANOS -> v;
        };
        return LocalTime.ofNanoOfDay(nanos).toString();
    }

    /** Legacy INT96 timestamps: nanoseconds of the day then the Julian day, little-endian. */
    private static String int96(Binary binary) {
        ByteBuffer buf = binary.toByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
        long nanosOfDay = buf.getLong();
        int julianDay = buf.getInt();
        LocalDate date = LocalDate.ofEpochDay(julianDay - 2_440_588L);
        return LocalDateTime.of(date, LocalTime.ofNanoOfDay(nanosOfDay)).toString();
    }

    private static String binary(Binary binary, LogicalTypeAnnotation logical) {
        if (logical instanceof LogicalTypeAnnotation.DecimalLogicalTypeAnnotation d) {
            return new BigDecimal(new BigInteger(binary.getBytes()), d.getScale()).toPlainString();
        }
        if (logical instanceof LogicalTypeAnnotation.UUIDLogicalTypeAnnotation) {
            ByteBuffer buf = binary.toByteBuffer();
            return new UUID(buf.getLong(), buf.getLong()).toString();
        }
        if (logical == null || logical instanceof LogicalTypeAnnotation.StringLogicalTypeAnnotation
                || logical instanceof LogicalTypeAnnotation.EnumLogicalTypeAnnotation
                || logical instanceof LogicalTypeAnnotation.JsonLogicalTypeAnnotation) {
            if (logical == null && !isUtf8Text(binary.getBytes())) {
                return Base64.getEncoder().encodeToString(binary.getBytes());
            }
            return binary.toStringUsingUTF8();
        }
        return Base64.getEncoder().encodeToString(binary.getBytes());
    }

    /** Older writers store strings as BINARY without annotation: read them as text when they decode as UTF-8. */
    private static boolean isUtf8Text(byte[] bytes) {
        try {
            java.nio.charset.StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new InputException(file, "cannot close: " + e.getClass().getSimpleName());
        }
    }

    private void closeQuietly() {
        try {
            reader.close();
        } catch (IOException | RuntimeException ignored) {
            // already failing
        }
    }
}
