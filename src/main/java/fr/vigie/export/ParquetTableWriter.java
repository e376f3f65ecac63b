package fr.vigie.export;

import fr.vigie.model.ExitCode;
import fr.vigie.model.VigieException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;

/**
 * Parquet through parquet-java's local file API (no Hadoop file system), ZSTD-compressed, every
 * column optional. The output holds no timestamp or random value, so the same rows give the same bytes.
 */
final class ParquetTableWriter implements TableFileWriter<List<Group>> {
    private final List<Field> fields;
    private final SimpleGroupFactory groups;
    private final ParquetWriter<Group> writer;

    ParquetTableWriter(Path file, List<Field> fields) throws IOException {
        this.fields = fields;
        MessageType schema = schema(fields);
        this.groups = new SimpleGroupFactory(schema);
        this.writer = ExampleParquetWriter.builder(new LocalOutputFile(file))
                .withConf(new PlainParquetConfiguration())
                .withType(schema)
                .withCompressionCodec(CompressionCodecName.ZSTD)
                .withWriteMode(ParquetFileWriter.Mode.CREATE)
                .build();
    }

    static MessageType schema(List<Field> fields) {
        Types.MessageTypeBuilder builder = Types.buildMessage();
        for (Field field : fields) {
            builder.addField(column(field));
        }
        return builder.named("vigie_export");
    }

    private static Type column(Field field) {
        return switch (field.type()) {
            case STRING -> Types.optional(PrimitiveTypeName.BINARY)
                    .as(LogicalTypeAnnotation.stringType()).named(field.name());
            case INTEGER -> Types.optional(PrimitiveTypeName.INT64).named(field.name());
            case NUMBER -> Types.optional(PrimitiveTypeName.DOUBLE).named(field.name());
            case DATE -> Types.optional(PrimitiveTypeName.INT32)
                    .as(LogicalTypeAnnotation.dateType()).named(field.name());
            case BOOLEAN -> Types.optional(PrimitiveTypeName.BOOLEAN).named(field.name());
        };
    }

    @Override
    public void write(String[] row, long rowNumber) throws IOException {
        writer.write(group(row, rowNumber));
    }

    private Group group(String[] row, long rowNumber) {
        Group group = groups.newGroup();
        for (int i = 0; i < row.length; i++) {
            String cell = row[i];
            if (cell == null || cell.isEmpty()) {
                continue; // missing value: the optional column stays unset
            }
            add(group, i, cell, rowNumber);
        }
        return group;
    }

    /** The rows' records, their values parsed and checked: the writing thread only encodes and compresses them. */
    @Override
    public List<Group> prepare(List<String[]> rows, long firstRowNumber) {
        List<Group> prepared = new java.util.ArrayList<>(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            prepared.add(group(rows.get(r), firstRowNumber + r));
        }
        return prepared;
    }

    @Override
    public void writePrepared(List<Group> prepared) throws IOException {
        for (Group group : prepared) {
            writer.write(group);
        }
    }

    private void add(Group group, int index, String cell, long rowNumber) {
        Field field = fields.get(index);
        try {
            switch (field.type()) {
                case STRING -> group.add(index, cell);
                case INTEGER -> group.add(index, Long.parseLong(cell.trim()));
                case NUMBER -> group.add(index, Double.parseDouble(cell.trim()));
                case DATE -> group.add(index, Math.toIntExact(LocalDate.parse(cell.trim()).toEpochDay()));
                case BOOLEAN -> group.add(index, parseBoolean(cell.trim()));
            }
        } catch (NumberFormatException | DateTimeParseException | ArithmeticException e) {
            // The value itself stays out of the message: it may be personal data.
            throw new VigieException(ExitCode.FAILED, "export row " + rowNumber + ", column '" + field.name()
                    + "': value is not a valid " + field.type().frictionlessName());
        }
    }

    private static boolean parseBoolean(String text) {
        if ("true".equalsIgnoreCase(text)) {
            return true;
        }
        if ("false".equalsIgnoreCase(text)) {
            return false;
        }
        throw new NumberFormatException("not a boolean");
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}
