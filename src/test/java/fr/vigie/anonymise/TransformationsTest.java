package fr.vigie.anonymise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.anonymise.AnonymisationReport.Treatment;
import fr.vigie.model.AttributeType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pseudonyms, dropping, masking, top/bottom coding and micro-aggregation through the facade. */
class TransformationsTest {
    private static final byte[] KEY_A = "partner-A-key-0123456789".getBytes(StandardCharsets.UTF_8);
    private static final byte[] KEY_B = "partner-B-key-0123456789".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void sameKeyGivesSamePseudonymAndPartnersKeysDiffer() {
        Pseudonymiser a = new Pseudonymiser(KEY_A);
        String pseudonym = a.pseudonym("1840675123456");
        assertThat(new Pseudonymiser(KEY_A).pseudonym("1840675123456")).isEqualTo(pseudonym);
        assertThat(new Pseudonymiser(KEY_B).pseudonym("1840675123456")).isNotEqualTo(pseudonym);
        assertThat(a.pseudonym("1840675123457")).isNotEqualTo(pseudonym);
        assertThat(pseudonym).hasSize(Pseudonymiser.LENGTH).matches("[A-Za-z0-9_-]+");
        assertThat(a.pseudonym("")).isEmpty();
    }

    @Test
    void rejectsShortKeys() {
        assertThatThrownBy(() -> new Pseudonymiser(new byte[8])).isInstanceOf(IllegalArgumentException.class);
    }

    private static DataTable people() {
        DataTable.Builder builder = DataTable.builder(List.of("nir", "nom", "sexe", "revenu", "telephone", "note"));
        String[][] rows = {{"1840675123456", "Martin", "M", "1200", "0612345678", "a"},
            {"2850675123456", "Durand", "F", "5400", "0698765432", "b"},
            {"1900675123456", "Petit", "M", "-10", "0611111111", "c"},
            {"2910675123456", "Moreau", "F", "800", "0622222222", "d"}};
        for (String[] row : rows) {
            builder.add(row);
        }
        return builder.build();
    }

    private static List<ColumnInfo> classification() {
        return List.of(new ColumnInfo("nir", AttributeType.IDENTIFYING, "FR_NIR"),
                new ColumnInfo("nom", AttributeType.IDENTIFYING, "PERSON_NAME"),
                new ColumnInfo("sexe", AttributeType.QUASI_IDENTIFYING, "GENDER"),
                new ColumnInfo("revenu", AttributeType.SENSITIVE, null),
                new ColumnInfo("telephone", AttributeType.INSENSITIVE, "PHONE_NUMBER"),
                new ColumnInfo("note", AttributeType.INSENSITIVE, null));
    }

    private List<String[]> rows(Anonymisation result) {
        List<String[]> rows = new ArrayList<>();
        result.forEachReleasedRow(rows::add);
        return rows;
    }

    @Test
    void aTableHoldingOnlyTheColumnsThePolicyReadsReleasesTheSameRowsFromTheSource() {
        Policy policy = Fixtures.policy(dir, "id: p\nidentifying: pseudonymise\nprivacy: {k: 2}\n"
                + "columns:\n  nom: {transform: drop}\n  revenu: {transform: keep}\n"
                + "  telephone: {role: insensitive, transform: mask, keep: 2}\n");
        Anonymiser anonymiser = new Anonymiser(policy, dir);
        List<String> header = people().header();
        assertThat(anonymiser.columnsToLoad(header, classification()))
                .containsExactlyInAnyOrder("sexe", "revenu");
        DataTable.Builder partial = DataTable.builder(header, anonymiser.columnsToLoad(header, classification()));
        List<String[]> source = new ArrayList<>();
        for (int r = 0; r < people().rowCount(); r++) {
            String[] row = new String[header.size()];
            for (int c = 0; c < row.length; c++) {
                row[c] = people().value(r, c);
            }
            source.add(row);
            partial.add(row);
        }

        Anonymisation fromSource = anonymiser.anonymise(partial.build(), classification(), KEY_A);
        List<String[]> released = new ArrayList<>();
        for (int r = 0; r < source.size(); r++) {
            String[] row = fromSource.releasedRow(r, source.get(r));
            if (row != null) {
                released.add(row);
            }
        }

        assertThat(released).containsExactlyElementsOf(rows(anonymiser.anonymise(people(), classification(), KEY_A)));
        assertThat(released).extracting(r -> r[fromSource.header().indexOf("note")]).containsExactly("a", "b", "c", "d");
        assertThatThrownBy(() -> fromSource.forEachReleasedRow(row -> { })).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aColumnThePolicyReadsButTheTableDidNotLoadIsAnError() {
        Policy policy = Fixtures.policy(dir, "id: p\nidentifying: drop\nprivacy: {k: 2}\n");
        DataTable.Builder partial = DataTable.builder(people().header(), java.util.Set.of("nir", "nom"));
        partial.add(new String[] {"1840675123456", "Martin", "M", "1200", "0612345678", "a"});
        assertThatThrownBy(() -> new Anonymiser(policy, dir).anonymise(partial.build(), classification(), KEY_A))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("'sexe'");
    }

    @Test
    void appliesThePolicysColumnTreatments() {
        Policy policy = Fixtures.policy(dir, "id: p\nidentifying: pseudonymise\ninsensitive: drop\nprivacy: {k: 2}\n"
                + "columns:\n  nom: {transform: drop}\n  revenu: {transform: top-bottom-coding, bottom: 0, top: 3000}\n"
                + "  telephone: {role: insensitive, transform: mask, keep: 2}\n");
        Anonymisation result = new Anonymiser(policy, dir).anonymise(people(), classification(), KEY_A);
        assertThat(result.header()).containsExactly("nir", "sexe", "revenu", "telephone");
        List<String[]> rows = rows(result);
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0)[0]).isEqualTo(new Pseudonymiser(KEY_A).pseudonym("1840675123456"));
        assertThat(rows.get(0)[1]).isEqualTo("M");
        assertThat(rows).extracting(r -> r[2]).containsExactly("1200", "3000", "0", "800");
        assertThat(rows.get(0)[3]).isEqualTo("06********");
        assertThat(result.report().columns().get("nom").treatment()).isEqualTo(Treatment.DROPPED);
        assertThat(result.report().columns().get("nir").treatment()).isEqualTo(Treatment.PSEUDONYMISED);
        assertThat(result.report().columns().get("note").treatment()).isEqualTo(Treatment.DROPPED);
        assertThat(result.report().columns().get("telephone").treatment()).isEqualTo(Treatment.MASKED);
    }

    @Test
    void microAggregationReplacesValuesByTheirClassMean() {
        Policy policy = Fixtures.policy(dir, "id: p\nprivacy: {k: 2}\ncolumns:\n"
                + "  revenu: {transform: micro-aggregation}\n");
        Anonymisation result = new Anonymiser(policy, dir).anonymise(people(), classification(), null);
        assertThat(result.header()).containsExactly("sexe", "revenu", "telephone", "note");
        assertThat(rows(result)).extracting(r -> r[0] + "=" + r[1]).containsExactly("M=595", "F=3100", "M=595",
                "F=3100");
    }

    @Test
    void dropsDirectIdentifiersByDefaultAndNeedsNoKeyThen() {
        Policy policy = Fixtures.policy(dir, "id: p\nidentifying: drop\nprivacy: {k: 2}\ncolumns:\n"
                + "  revenu: {transform: keep}\n");
        Anonymisation result = new Anonymiser(policy, dir).anonymise(people(), classification(), null);
        assertThat(result.header()).doesNotContain("nir", "nom");
    }

    @Test
    void pseudonymisingWithoutAKeyFailsBeforeAnyWork() {
        Policy policy = Fixtures.policy(dir, "id: p\nidentifying: pseudonymise\nprivacy: {k: 2}\n");
        assertThatThrownBy(() -> new Anonymiser(policy, dir).anonymise(people(), classification(), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("key");
    }
}
