package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import fr.vigie.model.ProtectedAttribute;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Ordinary columns of files about persons that name things of the service, not the person, on files of our own in
 * French, German and English ({@code src/test/resources/classify/attacks-29/process_*}): the waste stream brought to a
 * collection centre (the European List of Waste, the French take-back schemes), the vehicle it came in (the vehicle
 * categories of the registration certificate), the quota of visits left, the pest treated in a dwelling, the dwelling's
 * type (the census form's house or flat) and the pets kept there. Neither tells the person's health, so they are not
 * held even beside a health note. The other side: care waste of self-treating patients (DASRI, unused medicines), lice
 * and scabies (on the person) and an assistance dog (a disability) keep their column held. Years under a header the
 * export lost ("Unnamed: 3", "Column3"), spread over decades, none in the future, in a file about persons with no age,
 * are birth years; the year of the request under a lost header is not. A coded count with no code book gives a sex only
 * to a known abbreviation over the sex codes ({@code SX} of 1 and 2) and an age band to {@code TA} over a few small
 * codes; a flag of 0 and 1 under {@code SX} and a blood pressure under {@code TA} are neither.
 */
class ThingsOfTheServiceAndCodedCountsTest {
    private static final Fixtures.Folder FILES = Fixtures.folder("attacks-29");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        "process_apports_decheterie_syndicat_fr.csv; Type de véhicule",
        "process_apports_decheterie_syndicat_fr.csv; Flux déposé",
        "process_apports_decheterie_syndicat_fr.csv; Quota restant",
        "process_wertstoffhof_anlieferungen_de.csv; Fahrzeug",
        "process_wertstoffhof_anlieferungen_de.csv; Abfallart",
        "process_wertstoffhof_anlieferungen_de.csv; Restkontingent",
        "process_deratisation_desinsectisation_fr.csv; Nuisible",
        "process_deratisation_desinsectisation_fr.csv; Type d'habitat",
        "process_deratisation_desinsectisation_fr.csv; Animaux",
        "process_pest_control_jobs_en.csv; Pest",
        "process_pest_control_jobs_en.csv; Property type",
        "process_pest_control_jobs_en.csv; Pets"})
    void aThingOfTheServiceNamedByItsFamilyIsNotHeld(String file, String name) {
        ColumnClassification c = FILES.column(file, name);

        assertThat(c.attributeType()).as(name + " " + c.evidence()).isEqualTo(AttributeType.INSENSITIVE);
        assertThat(c.reviewNeeded()).as(name).isFalse();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        "process_apports_dasri_lookalike_fr.csv; Flux",
        "process_nuisibles_animaux_lookalike_fr.csv; Nuisible",
        "process_nuisibles_animaux_lookalike_fr.csv; Animaux",
        "process_deratisation_desinsectisation_fr.csv; Remarques santé"})
    void aThingThatCouldTellHealthStaysHeld(String file, String name) {
        ColumnClassification c = FILES.column(file, name);

        assertThat(c.attributeType()).as(name + " " + c.evidence()).isNotEqualTo(AttributeType.INSENSITIVE);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        "process_permanence_juridique_export.csv; Unnamed: 3",
        "process_advice_sessions_export_en.csv; Column3"})
    void yearsSpreadOverDecadesUnderALostHeaderAreBirthYears(String file, String name) {
        ColumnClassification c = FILES.column(file, name);

        assertThat(c.attributeType()).as(name + " " + c.evidence()).isEqualTo(AttributeType.QUASI_IDENTIFYING);
        assertThat(c.infoType()).as(name).isEqualTo("DATE_OF_BIRTH");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {"process_permanence_juridique_export.csv; Unnamed: 6"})
    void theYearOfTheRequestUnderALostHeaderIsNoBirthYear(String file, String name) {
        ColumnClassification c = FILES.column(file, name);

        assertThat(c.infoType()).as(name + " " + c.evidence()).isNotEqualTo("DATE_OF_BIRTH");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        "process_denombrement_rue_codes.csv; SX; GENDER",
        "process_denombrement_rue_codes.csv; TA; AGE",
        "process_consultation_codes_lookalike.csv; SEXE; GENDER"})
    void aCodedSexAndAgeBandUnderTheirSurveyAbbreviationAreRead(String file, String name, ProtectedAttribute attribute) {
        ColumnClassification c = FILES.column(file, name);

        assertThat(c.attributeType()).as(name + " " + c.evidence()).isEqualTo(AttributeType.QUASI_IDENTIFYING);
        assertThat(c.protectedAttribute()).as(name).isEqualTo(attribute);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        "process_consultation_codes_lookalike.csv; SX",
        "process_consultation_codes_lookalike.csv; TA"})
    void aFlagOrAMeasureUnderTheSameAbbreviationIsNoSexOrAge(String file, String name) {
        ColumnClassification c = FILES.column(file, name);

        assertThat(c.protectedAttribute()).as(name + " " + c.evidence()).isNull();
        assertThat(c.attributeType()).as(name).isNotEqualTo(AttributeType.INSENSITIVE);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        "process_registre_canicule_fr.csv; Étage; LOCATION",
        "process_registre_canicule_fr.csv; Nombre d'occupants; HOUSEHOLD_SIZE",
        "process_maraude_rencontres_codes.csv; ENF; HOUSEHOLD_SIZE"})
    void theFloorAndTheOccupantsOfTheDwellingAreQuasiIdentifying(String file, String name, String infoType) {
        ColumnClassification c = FILES.column(file, name);

        assertThat(c.attributeType()).as(name + " " + c.evidence()).isEqualTo(AttributeType.QUASI_IDENTIFYING);
        assertThat(c.infoType()).as(name).isEqualTo(infoType);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {"process_registre_canicule_fr.csv; Accès (étage et code)"})
    void aFloorWrittenWithTheDoorCodeStaysHeld(String file, String name) {
        ColumnClassification c = FILES.column(file, name);

        assertThat(c.attributeType()).as(name + " " + c.evidence()).isIn(AttributeType.SENSITIVE, AttributeType.IDENTIFYING);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {"process_fonds_jeunes_jury_fr.csv; Décision du jury"})
    void aGrantInPartWrittenOtherwiseIsAnOutcome(String file, String name) {
        ColumnClassification c = FILES.column(file, name);

        assertThat(c.attributeType()).as(name + " " + c.evidence()).isEqualTo(AttributeType.INSENSITIVE);
        assertThat(c.reviewNeeded()).as(name).isFalse();
    }

    /** A count leading a term is read only in a list of terms: on a pattern it is refused on load, naming the key. */
    @Test
    void aCountedPatternIsRejected() throws Exception {
        Fixtures.assertProjectRulesRejected(dir.resolve("rules-changed"),
            yaml -> yaml.replace("- {pattern: '\\s*\\d{1,4}\\s*', nameWords: [measure-name-words, loan-name-words]",
                "- {pattern: '\\s*\\d{1,4}\\s*', counted: true, nameWords: [measure-name-words, loan-name-words]"),
            "failClosed.harmlessShapes[" + Fixtures.harmlessShapeIndex("nameWords: [measure-name-words, loan-name-words]")
                + "].counted", "only with a dictionary");
    }
}
