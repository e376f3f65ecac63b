package fr.vigie.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.model.ExitCode;
import fr.vigie.model.VigieException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleDataTest {

    @Test
    void offersAtLeastTheThreeDepartmentsInAStableOrder() {
        assertThat(SampleData.datasets()).startsWith("ccas", "sante", "eau");
        assertThat(SampleData.dataset("ccas").fileName()).isEqualTo("ccas/aides.csv");
        assertThat(SampleData.dataset("sante").fileName()).isEqualTo("sante/prevention.csv");
        assertThat(SampleData.dataset("eau").fileName()).isEqualTo("eau/facturation.csv");
    }

    @Test
    void rejectsUnknownDatasetNamingTheKnownOnes() {
        assertThatThrownBy(() -> SampleData.dataset("cadastre"))
                .isInstanceOf(VigieException.class)
                .hasMessageContaining("cadastre").hasMessageContaining("ccas, sante, eau")
                .extracting(e -> ((VigieException) e).exitCode()).isEqualTo(ExitCode.BAD_CONFIGURATION);
    }

    @Test
    void writesNothingWhenOneRequestedDatasetIsUnknown(@TempDir Path dir) {
        assertThatThrownBy(() -> SampleData.write(dir, 10, 1, Set.of("ccas", "nope")))
                .isInstanceOf(VigieException.class);
        assertThat(dir.resolve("ccas")).doesNotExist();
    }

    @Test
    void sameSeedAndRowsGiveByteIdenticalFiles(@TempDir Path dir) throws IOException {
        List<Path> first = SampleData.write(dir.resolve("a"), 1_500, 7);
        List<Path> second = SampleData.write(dir.resolve("b"), 1_500, 7);
        assertThat(first).hasSameSizeAs(SampleData.datasets());
        for (int i = 0; i < first.size(); i++) {
            assertThat(Files.readAllBytes(second.get(i))).isEqualTo(Files.readAllBytes(first.get(i)));
        }
    }

    @Test
    void differentSeedsGiveDifferentRows() {
        for (String name : SampleData.datasets()) {
            Dataset d = SampleData.dataset(name);
            assertThat(d.rows(1).next()).as(name).isNotEqualTo(d.rows(2).next());
        }
    }

    @Test
    void datasetsDrawFromSeparateStreamsForTheSameSeed() {
        String ccasNir = SampleData.dataset("ccas").rows(42).next()[3];
        String santeNir = SampleData.dataset("sante").rows(42).next()[3].replace(" ", "");
        assertThat(santeNir).isNotEqualTo(ccasNir);
    }

    @Test
    void aSmallFileIsThePrefixOfALargerOne() throws IOException {
        // Rows do not depend on how many are asked for, so a sample of any size agrees with a big one.
        for (String name : SampleData.datasets()) {
            Dataset d = SampleData.dataset(name);
            ByteArrayOutputStream small = new ByteArrayOutputStream();
            ByteArrayOutputStream large = new ByteArrayOutputStream();
            d.write(small, 300, 5);
            d.write(large, 600, 5);
            assertThat(large.toByteArray()).as(name).startsWith(small.toByteArray());
        }
    }

    @Test
    void writesOnlyTheRequestedSubset(@TempDir Path dir) {
        List<Path> written = SampleData.write(dir, 20, 3, Set.of("eau"));
        assertThat(written).containsExactly(dir.resolve("eau/facturation.csv"));
        assertThat(dir.resolve("ccas")).doesNotExist();
    }

    @Test
    void writesTheHeaderAndExactlyTheRowsAskedFor(@TempDir Path dir) throws IOException {
        SampleData.write(dir, 250, 11);
        for (String name : SampleData.datasets()) {
            Dataset d = SampleData.dataset(name);
            assertThat(SampleFixtures.read(d.path(dir), d)).as(name).hasSize(250);
        }
        Dataset ccas = SampleData.dataset("ccas");
        assertThat(SampleFixtures.read(SampleData.write(dir.resolve("empty"), 0, 1, Set.of("ccas")).get(0), ccas))
                .isEmpty();
    }

    @Test
    void rowIteratorHasTheColumnsInOrderAndStopsAtTheCount() {
        for (String name : SampleData.datasets()) {
            Dataset d = SampleData.dataset(name);
            Iterator<String[]> it = d.rows(9, 3);
            int n = 0;
            while (it.hasNext()) {
                assertThat(it.next()).as(name).hasSize(d.columns().size()).doesNotContainNull();
                n++;
            }
            assertThat(n).isEqualTo(3);
        }
    }

    @Test
    void ccasIsWindows1252WithSemicolonsCrlfAndFrenchNumbers(@TempDir Path dir) throws IOException {
        Dataset ccas = SampleData.dataset("ccas");
        assertThat(ccas.dialect().charset().name()).isEqualTo("windows-1252");
        byte[] bytes = Files.readAllBytes(ccas.write(dir, 400, 42));
        // 'é' is the single byte E9 in Windows-1252; in UTF-8 it would be C3 A9.
        assertThat(indexOf(bytes, new byte[] {(byte) 0xC3, (byte) 0xA9})).isNegative();
        assertThat(indexOf(bytes, new byte[] {(byte) 0xE9})).isNotNegative();
        assertThat(new String(bytes, 0, 40, StandardCharsets.ISO_8859_1)).startsWith("id_demande;nom;prenom;");
        assertThat(lineEndings(bytes)).isEqualTo("\r\n");
        List<Map<String, String>> rows = SampleFixtures.read(ccas.path(dir), ccas);
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("revenu_mensuel")).matches("\\d+,\\d{2}");
            assertThat(r.get("montant_demande")).matches("\\d+,\\d{2}");
            assertThat(r.get("date_naissance")).matches("\\d{2}/\\d{2}/\\d{4}");
            assertThat(r.get("date_decision")).matches("\\d{2}/\\d{2}/\\d{4}");
        });
    }

    @Test
    void santeIsUtf8WithBomAndSemicolons(@TempDir Path dir) throws IOException {
        Dataset sante = SampleData.dataset("sante");
        byte[] bytes = Files.readAllBytes(sante.write(dir, 400, 42));
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).startsWith("\uFEFFid;nom;prenom;nir;");
        List<Map<String, String>> rows = SampleFixtures.read(sante.path(dir), sante);
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("imc")).matches("\\d{2},\\d");
            assertThat(r.get("tension")).matches("\\d{2,3}/\\d{2,3}");
            assertThat(r.get("date_consultation")).matches("\\d{4}-\\d{2}-\\d{2}");
        });
    }

    @Test
    void eauIsUtf8WithoutBomCommasAndDecimalPoint(@TempDir Path dir) throws IOException {
        Dataset eau = SampleData.dataset("eau");
        byte[] bytes = Files.readAllBytes(eau.write(dir, 400, 42));
        assertThat(new String(bytes, StandardCharsets.UTF_8)).startsWith("numero_compteur,titulaire,adresse,");
        assertThat(lineEndings(bytes)).isEqualTo("\n");
        List<Map<String, String>> rows = SampleFixtures.read(eau.path(dir), eau);
        assertThat(rows).allSatisfy(r -> assertThat(r.get("montant_facture")).matches("\\d+\\.\\d{2}"));
        // Addresses with commas are quoted, and read back whole.
        assertThat(rows).anySatisfy(r -> assertThat(r.get("adresse")).contains(", bât. "));
    }

    @Test
    void mobiliteIsTabSeparatedUtf8(@TempDir Path dir) throws IOException {
        Dataset mobilite = SampleData.dataset("mobilite");
        byte[] bytes = Files.readAllBytes(mobilite.write(dir, 200, 42));
        assertThat(new String(bytes, StandardCharsets.UTF_8)).startsWith("numero_abonne\tnom\tprenom\t");
        List<Map<String, String>> rows = SampleFixtures.read(mobilite.path(dir), mobilite);
        assertThat(rows).allSatisfy(r -> assertThat(r.get("tarif_mensuel")).matches("\\d+\\.\\d{2}"));
    }

    @Test
    void rhIsUtf8WithSemicolonsAndFrenchNumbers(@TempDir Path dir) throws IOException {
        Dataset rh = SampleData.dataset("rh");
        byte[] bytes = Files.readAllBytes(rh.write(dir, 200, 42));
        assertThat(Arrays.copyOf(bytes, 3)).isNotEqualTo(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        List<Map<String, String>> rows = SampleFixtures.read(rh.path(dir), rh);
        assertThat(rows).allSatisfy(r -> assertThat(r.get("salaire_brut_mensuel")).matches("\\d+,\\d{2}"));
    }

    @Test
    void bibliothequesIsIso885915WithPipes(@TempDir Path dir) throws IOException {
        Dataset bibliotheques = SampleData.dataset("bibliotheques");
        assertThat(bibliotheques.dialect().charset().name()).isEqualTo("ISO-8859-15");
        byte[] bytes = Files.readAllBytes(bibliotheques.write(dir, 2_000, 42));
        assertThat(new String(bytes, 0, 30, StandardCharsets.ISO_8859_1)).startsWith("numero_carte|nom|prenom|");
        // The euro sign is A4 in ISO-8859-15 (80 in Windows-1252): a file only a careful sniffer reads right.
        assertThat(indexOf(bytes, new byte[] {'(', '2', ' ', (byte) 0xA4, ')'})).isNotNegative();
        assertThat(lineEndings(bytes)).isEqualTo("\r\n");
        assertThat(SampleFixtures.read(bibliotheques.path(dir), bibliotheques)).hasSize(2_000);
    }

    @Test
    void committedFilesEqualAFreshGeneration(@TempDir Path dir) throws IOException {
        SampleData.writeCommitted(dir);
        for (String name : SampleData.datasets()) {
            Dataset d = SampleData.dataset(name);
            Path committed = d.path(SampleFixtures.COMMITTED_DIR);
            assertThat(committed).as("committed %s (regenerate: see sample-data/README.md)", name).exists();
            assertThat(Files.readAllBytes(committed)).as("committed %s drifted from the generator", name)
                    .isEqualTo(Files.readAllBytes(d.path(dir)));
        }
    }

    @Test
    void committedFilesHaveTheDocumentedSizes() throws IOException {
        assertThat(SampleData.committedRows("ccas")).isEqualTo(5_000);
        assertThat(SampleData.committedRows("sante")).isEqualTo(3_000);
        assertThat(SampleData.committedRows("eau")).isEqualTo(4_000);
        assertThat(SampleData.committedRows("rh")).isEqualTo(3_000);
        assertThat(SampleData.committedRows("mobilite")).isEqualTo(3_000);
        assertThat(SampleData.committedRows("bibliotheques")).isEqualTo(3_000);
        Dataset ccas = SampleData.dataset("ccas");
        assertThat(SampleFixtures.read(ccas.path(SampleFixtures.COMMITTED_DIR), ccas)).hasSize(5_000);
    }

    private static String lineEndings(byte[] bytes) {
        int lf = indexOf(bytes, new byte[] {'\n'});
        return lf > 0 && bytes[lf - 1] == '\r' ? "\r\n" : "\n";
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
