package fr.vigie.bias;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.model.ConfigException;
import fr.vigie.model.ProtectedAttribute;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BiasRequestTest {
    private static final List<String> HEADER = List.of("sexe", "decision", "montant");
    private static final List<ProtectedColumn> SEX = List.of(new ProtectedColumn("sexe", ProtectedAttribute.GENDER));

    @Test
    void rejectsAProtectedColumnAbsentFromTheHeader() {
        assertThatThrownBy(() -> BiasRequest.of(HEADER, List.of(new ProtectedColumn("genre",
                ProtectedAttribute.GENDER)), null, null)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("protected").hasMessageContaining("genre");
    }

    @Test
    void rejectsAnUnknownOutcomeColumn() {
        assertThatThrownBy(() -> BiasRequest.of(HEADER, SEX, "decison", "OUI"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("outcome");
    }

    @Test
    void rejectsAReferenceGroupForAColumnThatIsNotProtected() {
        assertThatThrownBy(() -> new BiasRequest(HEADER, SEX, "decision", "OUI", Map.of("montant", "0"), null,
                List.of())).isInstanceOf(ConfigException.class).hasMessageContaining("referenceGroups.montant");
    }

    @Test
    void rejectsARequestWithoutProtectedColumns() {
        assertThatThrownBy(() -> BiasRequest.of(HEADER, List.of(), null, null)).isInstanceOf(ConfigException.class);
    }

    @Test
    void aNullPositiveValueMeansANumericOutcome() {
        assertThat(BiasRequest.of(HEADER, SEX, "montant", null).numericOutcome()).isTrue();
        assertThat(BiasRequest.of(HEADER, SEX, "decision", "OUI").binaryOutcome()).isTrue();
        assertThat(BiasRequest.of(HEADER, SEX, null, null).numericOutcome()).isFalse();
    }

    private static final Path JOB = Path.of("jobs/aides.yml");
    private static final List<ColumnFacts> CLASSIFIED = List.of(new ColumnFacts("id", true, null),
            new ColumnFacts("prenom", true, null), new ColumnFacts("sexe", false, ProtectedAttribute.GENDER),
            new ColumnFacts("nationalite", false, ProtectedAttribute.ORIGIN),
            new ColumnFacts("date_naissance", false, ProtectedAttribute.AGE), new ColumnFacts("decision", false, null));

    private static BiasSettings declaring(BiasSettings.Declared... columns) {
        return new BiasSettings(List.of(columns), "decision", "ACCORDEE", Map.of(), null);
    }

    @Test
    void protectedColumnsDeclaredByTheJobAreTheWholeList() {
        BiasRequest request = BiasRequest.plan(JOB, declaring(new BiasSettings.Declared("sexe", null)), CLASSIFIED)
                .orElseThrow();

        assertThat(request.protectedColumns()).containsExactly(new ProtectedColumn("sexe", ProtectedAttribute.GENDER));
        assertThat(request.setAside()).extracting(ProtectedColumn::column).containsExactly("nationalite",
                "date_naissance");
    }

    @Test
    void withoutADeclarationTheClassificationsAttributesAreScannedAndSaidToBeAdded() {
        BiasRequest request = BiasRequest.plan(JOB, declaring(), CLASSIFIED).orElseThrow();

        assertThat(request.protectedColumns()).extracting(ProtectedColumn::column, ProtectedColumn::source)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("sexe", ProtectedColumn.Source.CLASSIFICATION),
                        org.assertj.core.groups.Tuple.tuple("nationalite", ProtectedColumn.Source.CLASSIFICATION),
                        org.assertj.core.groups.Tuple.tuple("date_naissance", ProtectedColumn.Source.CLASSIFICATION));
    }

    @Test
    void everyColumnButTheOutcomeIsAProxyCandidateIdentifiersIncluded() {
        BiasRequest request = BiasRequest.plan(JOB, declaring(new BiasSettings.Declared("sexe", null)), CLASSIFIED)
                .orElseThrow();

        assertThat(request.proxyCandidates()).containsExactly("id", "prenom", "sexe", "nationalite",
                "date_naissance");
    }

    @Test
    void aDeclaredColumnAbsentFromTheSourceNamesTheFileAndTheKey() {
        assertThatThrownBy(() -> BiasRequest.plan(JOB, declaring(new BiasSettings.Declared("sexe", null),
                new BiasSettings.Declared("genre", null)), CLASSIFIED))
                .isInstanceOf(ConfigException.class).hasMessageContaining("aides.yml")
                .hasMessageContaining("bias.protected[1]").hasMessageContaining("genre");
    }

    @Test
    void aDeclaredColumnThatIsNoProtectedAttributeMustSayWhichItIs() {
        assertThatThrownBy(() -> BiasRequest.plan(JOB, declaring(new BiasSettings.Declared("prenom", null)),
                CLASSIFIED)).isInstanceOf(ConfigException.class).hasMessageContaining("bias.protected[0]")
                .hasMessageContaining("attribute: GENDER");
        assertThat(BiasRequest.plan(JOB, declaring(new BiasSettings.Declared("prenom", ProtectedAttribute.GENDER)),
                CLASSIFIED).orElseThrow().protectedColumns()).extracting(ProtectedColumn::column)
                .containsExactly("prenom");
    }

    @Test
    void anUnknownOutcomeOrReferenceColumnNamesItsKey() {
        BiasSettings badOutcome = new BiasSettings(List.of(), "decison", "ACCORDEE", Map.of(), null);
        assertThatThrownBy(() -> BiasRequest.plan(JOB, badOutcome, CLASSIFIED)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("aides.yml").hasMessageContaining("bias.outcome");
        BiasSettings badReference = new BiasSettings(List.of(new BiasSettings.Declared("sexe", null)), "decision",
                "ACCORDEE", Map.of("nationalite", "Française"), null);
        assertThatThrownBy(() -> BiasRequest.plan(JOB, badReference, CLASSIFIED)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("bias.referenceGroups.nationalite");
    }

    @Test
    void nothingToScanWhenNoColumnIsProtected() {
        List<ColumnFacts> plain = List.of(new ColumnFacts("a", false, null), new ColumnFacts("b", false, null));
        assertThat(BiasRequest.plan(JOB, new BiasSettings(List.of(), null, null, Map.of(), null), plain)).isEmpty();
    }
}
