package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The household's number of a travel survey's person file, named as its codebook names it (CEREMA's EMC² "ECH", the
 * German MiD's "H_ID", the Swiss MZMV's "HHNR", the British NTS's "HouseholdID"), gathers the persons of one household
 * on a few rows: it identifies the household, however short its numbers. Attack files in {@code attacks-26/}, written
 * apart from round 9's survey file (a German MiD extract, an English NTS extract).
 */
class HouseholdKeysOfTravelSurveysTest {
    private static final Fixtures.Folder FILES = Fixtures.folder("attacks-26");


    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"mid_personen_auszug_de.csv, H_ID", "nts_individual_extract_en.csv, HouseholdID"})
    void aTravelSurveysHouseholdNumberIdentifies(String name, String column) {
        ColumnClassification c = FILES.file(name).column(column);

        assertThat(c.attributeType()).isEqualTo(AttributeType.IDENTIFYING);
    }

    /**
     * Regression (cost check): "Éch." in a French HR file is an agent's step on the pay scale (échelon 1 to 11, the same
     * few values on many rows), no household: a household's numbers are many and each on a few rows only.
     */
    @Test
    void aPayStepAbbreviatedAsTheSurveysHouseholdIsNoHouseholdKey() {
        ColumnClassification c = FILES.file("agents_avancement_echelons.csv").column("Éch.");

        assertThat(c.infoType()).isNotEqualTo("RECORD_IDENTIFIER");
    }
}
