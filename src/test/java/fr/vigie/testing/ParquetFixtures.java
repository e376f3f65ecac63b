package fr.vigie.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;

/** Writes Parquet test fixtures through the local file API (the export stage has its own writer). */
public final class ParquetFixtures {

    private ParquetFixtures() {
    }

    /** Writes {@code rows} groups built by {@code fill(group, index)} with the given schema (Parquet schema syntax). */
    public static Path write(Path file, String schema, int rows, int rowGroupBytes, BiConsumer<Group, Integer> fill)
            throws IOException {
        MessageType type = MessageTypeParser.parseMessageType(schema);
        SimpleGroupFactory factory = new SimpleGroupFactory(type);
        try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(new LocalOutputFile(file))
                .withConf(new PlainParquetConfiguration())
                .withType(type)
                .withRowGroupSize((long) rowGroupBytes)
                .withCompressionCodec(CompressionCodecName.SNAPPY)
                .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                .build()) {
            for (int i = 0; i < rows; i++) {
                Group group = factory.newGroup();
                fill.accept(group, i);
                writer.write(group);
            }
        }
        return file;
    }

    static List<String> names(String... names) {
        return List.of(names);
    }
}
