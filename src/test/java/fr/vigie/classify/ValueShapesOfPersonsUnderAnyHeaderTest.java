package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import fr.vigie.model.Domain;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * In a file about persons, the shape of the values decides where the header says nothing or is lost: family names
 * beside first names, notes filled on a few rows, a blood pressure, a key shared by a few persons, a card number
 * made of an identity number and a grade. Look-alikes (a town beside the names, scores and attendance written as
 * fractions, an area's key) keep their reading. Attack files in {@code src/test/resources/classify/attacks-30/}
 * (README there, files {@code l30_*}).
 */
class ValueShapesOfPersonsUnderAnyHeaderTest {
    private static final Fixtures.Folder FILES = Fixtures.folder("attacks-30");

    @Test
    void familyNamesBesideFirstNamesUnderALostHeaderArePersonNames() {
        ColumnClassification c = FILES.column("l30_schenkers_kolommen_nl.csv", "Kolom3");

        assertThat(c.attributeType()).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(c.infoType()).isEqualTo("PERSON_NAME");
    }

    @Test
    void aDutchPostcodeIsAPostalCodeByItsShape() {
        ColumnClassification c = FILES.column("l30_schenkers_kolommen_nl.csv", "Kolom6");

        assertThat(c.attributeType()).isEqualTo(AttributeType.QUASI_IDENTIFYING);
        assertThat(c.infoType()).isEqualTo("POSTAL_CODE");
    }

    @Test
    void aTownBesideTheNamesIsNoPersonName() {
        ColumnClassification c = FILES.column("l30_schenkers_kolommen_nl.csv", "Kolom7");

        assertThat(c.infoType()).isNotEqualTo("PERSON_NAME");
    }

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"l30_schenkers_kolommen_nl.csv, Kolom11", "l30_apoio_domiciliario_pt.csv, Obs."})
    void notesFilledOnAFewRowsOfAFileAboutPersonsAreNeverReleased(String file, String column) {
        ColumnClassification c = FILES.column(file, column);

        assertThat(c.attributeType()).isIn(AttributeType.SENSITIVE, AttributeType.IDENTIFYING);
    }

    @Test
    void aBloodPressureIsHealthByItsShapeUnderAnyName() {
        ColumnClassification c = FILES.column("l30_apoio_domiciliario_pt.csv", "TA");

        assertThat(c.attributeType()).isEqualTo(AttributeType.SENSITIVE);
        assertThat(c.domain()).isEqualTo(Domain.HEALTH);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Satisfação", "Sessões"})
    void scoresAndAttendanceWrittenAsFractionsAreNoBloodPressure(String column) {
        ColumnClassification c = FILES.column("l30_apoio_domiciliario_pt.csv", column);

        assertThat(c.domain()).isNotEqualTo(Domain.HEALTH);
    }

    @Test
    void aVehicleKeySharedByItsFewOccupantsIsARecordIdentifier() {
        ColumnClassification c = FILES.column("l30_unfallbeteiligte_de.csv", "fahrzeug_id");

        assertThat(c.attributeType()).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(c.infoType()).isEqualTo("RECORD_IDENTIFIER");
    }

    @Test
    void aMunicipalityKeySharedByManyIsNoRecordIdentifier() {
        ColumnClassification c = FILES.column("l30_unfallbeteiligte_de.csv", "gemeinde_schluessel");

        assertThat(c.infoType()).isNotEqualTo("RECORD_IDENTIFIER");
    }

    @Test
    void aCardNumberMadeOfAnIdentityNumberWithItsCheckXAndAGradeIsNeverReleased() {
        ColumnClassification c = FILES.column("l30_subsistence_roll_shenzhen_en.csv", "F9");

        assertThat(c.attributeType()).isEqualTo(AttributeType.IDENTIFYING);
    }

    @Test
    void anIndigenousLanguageSpokenIsAnEthnicOrigin() {
        ColumnClassification c = FILES.column("l30_aide_menages_langues_qc.csv", "Langue autochtone parlée");

        assertThat(c.attributeType()).isEqualTo(AttributeType.SENSITIVE);
        assertThat(c.domain()).isEqualTo(Domain.SPECIAL_CATEGORY);
    }

    @Test
    void thePreferredOfficialLanguageStaysALanguage() {
        ColumnClassification c = FILES.column("l30_aide_menages_langues_qc.csv", "Langue officielle préférée");

        assertThat(c.attributeType()).isEqualTo(AttributeType.QUASI_IDENTIFYING);
        assertThat(c.infoType()).isEqualTo("LANGUAGE");
    }

    @Test
    void aRankDrawnByLotRisingWithGapsIsTheDrawnPersonsNumber() {
        ColumnClassification c = FILES.column("l30_panel_sorteggio_cittadini_it.csv", "estrazione");

        assertThat(c.attributeType()).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(c.infoType()).isEqualTo("RECORD_IDENTIFIER");
    }

    /** The shapes' settings are rules, checked on load with the file and the key named. */
    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
        "bloodPressure: {infoType: HEALTH_DATA,|bloodPressure: {infoType: PERSON_NAME,|failClosed.valueShapes.bloodPressure.infoType|HEALTH domain",
        "familyNames: {infoType: PERSON_NAME,|familyNames: {infoType: HEALTH_DATA,|failClosed.valueShapes.familyNames.infoType|IDENTIFYING",
        "systolic: [70, 250]|systolic: [250, 70]|failClosed.valueShapes.bloodPressure.systolic|lowest",
        "sharedKeys: {minDigits: 5|sharedKeys: {minDigits: 2|failClosed.valueShapes.sharedKeys.minDigits|at least 4",
        "rankInAList: {infoType: RECORD_IDENTIFIER}|rankInAList: {infoType: HEALTH_DATA}|rowNumbers.rankInAList.infoType|IDENTIFYING"})
    void theShapesSettingsAreCheckedOnLoad(String from, String to, String key, String problem, @TempDir Path dir)
            throws IOException {
        Fixtures.assertProjectRulesRejected(dir, yaml -> yaml.replace(from, to), key, problem);
    }
}
