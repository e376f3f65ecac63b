package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import fr.vigie.model.Domain;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A score on a clinical or dependency scale named as such (a carer's burden, cognition, activities of daily living,
 * depression, anxiety) is health data, whatever the spread of its numbers. Attack files in {@code attacks-26/}
 * (German, Italian, English), written apart from round 9's carers' file.
 */
class ClinicalScalesNamedAsSuchTest {
    private static final Fixtures.Folder FILES = Fixtures.folder("attacks-26");


    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"pflegestuetzpunkt_angehoerige_de.csv, Zarit-Belastung", "pflegestuetzpunkt_angehoerige_de.csv, Barthel-Index",
        "centro_diurno_anziani_valutazioni_it.csv, MMSE", "centro_diurno_anziani_valutazioni_it.csv, ADL Katz",
        "centro_diurno_anziani_valutazioni_it.csv, GDS", "talking_therapies_intake_en.csv, PHQ-9",
        "talking_therapies_intake_en.csv, HADS anxiety"})
    void aScoreOnAClinicalScaleIsHealth(String name, String column) {
        ColumnClassification c = FILES.file(name).column(column);

        assertThat(c.attributeType()).isEqualTo(AttributeType.SENSITIVE);
        assertThat(c.domain()).isEqualTo(Domain.HEALTH);
    }
}
