package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.model.AttributeType;
import fr.vigie.model.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An info type read from a column's name must not survive values that plainly deny it (held-out round 7): a Swedish
 * salary "Lön" read as "lon", a longitude; a yes/no "IP" (information préoccupante) read as an IP address; an
 * ethnicity or a mother tongue of a handful of values repeated over hundreds of rows, one of which is also a first
 * name, read as persons' names. The name's type is dropped, the values and the fail-closed decide; in a file about
 * persons such a column is held for review, never called harmless on a guess. Files of our own
 * ({@code src/test/resources/classify/name-contradictions/}); real coordinates, addresses and names stay what their
 * names say, a social worker's name repeated over many rows and a small family file included.
 */
class NamesContradictedByValuesTest {
    private static final Fixtures.Folder FILES = Fixtures.folder("name-contradictions");

    @ParameterizedTest(name = "{0}, {1}: not {2}")
    @CsvSource(delimiter = '|', value = {
        "personal_utbyte_lon.csv | Lön (kr/mån) | GEO_COORDINATE",
        "personal_utbyte_lon.csv | Lön | GEO_COORDINATE",
        "ecoute_jeunes_ip.csv | IP | IP_ADDRESS",
        "ecoute_jeunes_ip.csv | IP transmise | IP_ADDRESS",
        "asistenta_etnie_ro.csv | Etnie | PERSON_NAME",
        "asistenta_etnie_ro.csv | Limba maternă | PERSON_NAME",
        "asistenta_etnie_ro.csv | Nume comunitate | PERSON_NAME",
    })
    void aTypeTheValuesDenyIsDroppedAndTheColumnIsNeverHarmlessInAFileAboutPersons(String file, String name,
            String denied) {
        ColumnClassification c = FILES.column(file, name);

        assertThat(c.infoType()).as(c.toString()).isNotEqualTo(denied);
        assertThat(c.attributeType()).as(c.toString()).isNotEqualTo(AttributeType.INSENSITIVE);
        assertThat(c.attributeType() == AttributeType.SENSITIVE || c.attributeType() == AttributeType.QUASI_IDENTIFYING)
            .as(c.toString()).isTrue();
    }

    @ParameterizedTest(name = "{0}, {1}: {2} {3}")
    @CsvSource(delimiter = '|', value = {
        "signalements_positions.csv | lat | QUASI_IDENTIFYING | GEO_COORDINATE",
        "signalements_positions.csv | lon | QUASI_IDENTIFYING | GEO_COORDINATE",
        "signalements_positions.csv | ip | IDENTIFYING | IP_ADDRESS",
        "signalements_positions.csv | nom | IDENTIFYING | PERSON_NAME",
        "signalements_positions.csv | conseiller | IDENTIFYING | PERSON_NAME",
        "foyers_petit_fichier.csv | nom | IDENTIFYING | PERSON_NAME",
        "asistenta_etnie_ro.csv | Nume | IDENTIFYING | PERSON_NAME",
        "asistenta_etnie_ro.csv | Prenume | IDENTIFYING | PERSON_NAME",
        "personal_utbyte_lon.csv | Förnamn | IDENTIFYING | PERSON_NAME",
    })
    void valuesThatFitTheNameKeepIt(String file, String name, AttributeType type, String infoType) {
        ColumnClassification c = FILES.column(file, name);

        assertThat(c.attributeType()).as(c.toString()).isEqualTo(type);
        assertThat(c.infoType()).as(c.toString()).isEqualTo(infoType);
    }

    @Test
    void aShapeNamingAnUnknownValueRuleOrInfoTypeIsRejectedOnLoad(@TempDir Path dir) throws IOException {
        String rules = """
            infoTypes:
              PERSON_NAME: {attributeType: IDENTIFYING}
            nameRules:
              - {id: person, infoType: PERSON_NAME, names: [nom]}
            valueRules:
              - {id: written, attributeType: INSENSITIVE, pattern: '.*', alone: false}
            nameShapes:
              types:
                - {infoType: %s, fitBy: [%s]}
            """;
        Files.writeString(dir.resolve(ClassificationRules.FILE_NAME), rules.formatted("PERSON_NAME", "nope"));
        assertThatThrownBy(() -> ClassificationRules.load(dir)).isInstanceOf(ConfigException.class)
            .hasMessageContaining("nameShapes.types[0].fitBy[0]").hasMessageContaining("unknown value rule 'nope'");
        Files.writeString(dir.resolve(ClassificationRules.FILE_NAME), rules.formatted("GPS", "written"));
        assertThatThrownBy(() -> ClassificationRules.load(dir)).isInstanceOf(ConfigException.class)
            .hasMessageContaining("unknown info type 'GPS'");
    }
}
