package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The cells of a cross-tabulation (first names given at birth by year, district and sex, with their counts) are figures
 * about groups, not persons; files of persons with a first name and a count (children, loans) stay persons. Files in
 * {@code src/test/resources/classify/attacks-27c/} (README there, block "places27").
 */
class CrossTabulationsOfFirstNamesTest {
    private static final Fixtures.Folder FILES = Fixtures.folder("attacks-27c");

    /**
     * Each combination of year, district, sex and first name once, with the number of births and a share that grows
     * with it: a first name there is a category, the table holds no personal data.
     */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"vornamen_neugeborene_bezirke_de.csv, Vorname", "baby_names_by_county_en.csv, first_name"})
    void firstNamesCountedByYearAndAreaAreNoPersons(String name, String column) {
        ClassificationResult r = FILES.file(name);

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PLACE);
        assertThat(r.dataset().personalData()).isFalse();
        assertThat(r.column(column).attributeType()).isEqualTo(AttributeType.INSENSITIVE);
    }

    /**
     * Persons with a first name, a sex, a commune and a count of their own (children: 0 or 1 on many rows; loans, with
     * first names different on most rows) stay persons, their first name a person's name.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"familles_aides_enfants_fr.csv", "library_readers_loans_en.csv"})
    void personsWithAFirstNameAndACountStayPersons(String name) {
        ClassificationResult r = FILES.file(name);

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PERSON);
        assertThat(r.dataset().personalData()).isTrue();
    }

    /** The section is validated on load: an unknown value rule of names, a count of persons below one, a stray key. */
    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
        "nameRules: [first-name-value]|nameRules: [first-name-valu]|dataSubject.areaTables.crossTabs.nameRules[0]|unknown value rule",
        "minCount: 2|minCount: 0|dataSubject.areaTables.crossTabs.minCount|must be between",
        "minCorrelation: 0.5|minCorelation: 0.5|dataSubject.areaTables.crossTabs.minCorelation|unknown key"})
    void aWrongCrossTabsSectionIsRejected(String from, String to, String key, String problem, @TempDir Path dir)
            throws IOException {
        Fixtures.assertProjectRulesRejected(dir, yaml -> {
            int at = yaml.indexOf("crossTabs:");
            return yaml.substring(0, at) + yaml.substring(at).replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to));
        }, key, problem);
    }
}
