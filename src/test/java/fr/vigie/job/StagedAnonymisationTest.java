package fr.vigie.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.anonymise.Anonymiser;
import fr.vigie.anonymise.ColumnInfo;
import fr.vigie.anonymise.Policy;
import fr.vigie.model.AttributeType;
import fr.vigie.model.VigieException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two readings of a staging file: the rows released are the rows loaded, or the anonymisation stops. */
class StagedAnonymisationTest {
    @TempDir
    Path dir;

    private static final List<ColumnInfo> COLUMNS = List.of(new ColumnInfo("nom", AttributeType.IDENTIFYING, null),
            new ColumnInfo("sexe", AttributeType.QUASI_IDENTIFYING, null),
            new ColumnInfo("note", AttributeType.INSENSITIVE, null));

    private Anonymiser anonymiser() throws IOException {
        Path policy = dir.resolve("policy.yml");
        Files.writeString(policy, "id: p\nidentifying: drop\nprivacy: {k: 2}\n");
        return new Anonymiser(Policy.load(policy, dir), dir);
    }

    private Path staging(String name, int rows) {
        Path file = dir.resolve(name);
        StagingFile.write(file, List.of("nom", "sexe", "note"), sink -> {
            for (int r = 0; r < rows; r++) {
                sink.accept(new String[] {"Nom" + r, r % 2 == 0 ? "F" : "M", "n" + r});
            }
        });
        return file;
    }

    @Test
    void releasesTheKeptColumnsFromTheSecondReading() throws IOException {
        Path staging = staging("accepted.csv", 8);
        Path released = dir.resolve("released.csv");
        StagedAnonymisation.anonymise(anonymiser(), COLUMNS, null, staging, released, "p",
                (label, file, sink) -> StagingFile.forEachRow(file, sink));
        assertThat(StagingFile.header(released)).containsExactly("sexe", "note");
        assertThat(Files.readAllLines(released)).contains("F,n0", "M,n7").noneMatch(l -> l.contains("Nom"));
    }

    @Test
    void aStagingFileThatChangesBetweenTheReadingsStopsTheAnonymisation() throws IOException {
        Path staging = staging("accepted.csv", 8);
        Path shorter = staging("shorter.csv", 6);
        int[] readings = {0};
        assertThatThrownBy(() -> StagedAnonymisation.anonymise(anonymiser(), COLUMNS, null, staging,
                dir.resolve("released.csv"), "p",
                (label, file, sink) -> StagingFile.forEachRow(readings[0]++ == 0 ? file : shorter, sink)))
                .isInstanceOf(VigieException.class).hasMessageContaining(staging.toString())
                .hasMessageContaining("changed").hasMessageNotContaining("Nom");
    }
}
