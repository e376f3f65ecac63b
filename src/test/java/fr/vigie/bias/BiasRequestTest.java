package fr.vigie.bias;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.model.ConfigException;
import fr.vigie.model.ProtectedAttribute;
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
}
