package fr.vigie.config;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.model.ConfigException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ConfigNodeTest {

    @Test
    void aKeyWrittenTwiceInOneMappingIsRefusedNamingTheFileTheLineAndTheKey() {
        // Two hands adding the same dictionary to rules/classification.yml: the last one silently won.
        String text = """
            dictionaries:
              residence-statuses: {file: dictionaries/a.txt}
              nationalities: {file: dictionaries/b.txt}
              residence-statuses: {file: dictionaries/c.txt}
            """;

        assertThatThrownBy(() -> ConfigNode.parse(Path.of("rules/classification.yml"), text))
            .isInstanceOf(ConfigException.class)
            .hasMessageContaining("rules/classification.yml")
            .hasMessageContaining("line 4")
            .hasMessageContaining("residence-statuses");
    }

    @Test
    void theSameKeyInTwoMappingsIsNoDuplicate() {
        String text = """
            first: {id: a}
            second: {id: b}
            """;

        ConfigNode.parse(Path.of("jobs/x.yml"), text);
    }
}
