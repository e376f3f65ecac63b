package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import fr.vigie.model.Domain;
import fr.vigie.model.ProtectedAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What numbers and dates are, read from their distribution rather than from their column's name (held-out round 8:
 * Estonian birth dates under "Sünniaeg" let through as dates, exam marks out of 20 read as money); attack files in
 * {@code src/test/resources/classify/numbers-25/} (README there).
 */
class NumbersAndDatesByDistributionTest {
    private static final Fixtures.Folder FILES = Fixtures.folder("numbers-25");

    /**
     * Dates one a person, spread over a few years, all years before the file's other dates (or before today when it
     * has none), in a file about persons with no birth date: children's or apprentices' birth dates, a
     * quasi-identifier, whatever the column is called.
     */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"jaunimo_stovykla_dalyviai_lt.csv, Gimė", "apprentis_export_colonnes.csv, Colonne3"})
    void datesYearsBeforeTheFileEventsAreBirthDates(String name, String column) {
        ColumnClassification c = FILES.file(name).column(column);

        assertThat(c.attributeType()).isEqualTo(AttributeType.QUASI_IDENTIFYING);
        assertThat(c.infoType()).isEqualTo("DATE_OF_BIRTH");
        assertThat(c.protectedAttribute()).isEqualTo(ProtectedAttribute.AGE);
    }

    /** The events of the same files stay dates. */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"jaunimo_stovykla_dalyviai_lt.csv, Registruota", "apprentis_export_colonnes.csv, Colonne4"})
    void theEventDatesBesideBirthDatesStayDates(String name, String column) {
        assertThat(FILES.file(name).column(column).infoType()).isEqualTo("DATE");
    }

    /**
     * Visits up to now, an archive's openings and closings (years ago, but neither years before the other) and a few
     * session days repeated over the candidates are events, not birth dates.
     */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"kotihoito_kaynnit_fi.csv, Käynti", "dossiers_clos_archives_2013.csv, Ouvert",
        "dossiers_clos_archives_2013.csv, Clos", "candidats_sessions_anciennes.csv, Épreuve"})
    void eventDatesStayDates(String name, String column) {
        assertThat(FILES.file(name).column(column).infoType()).isEqualTo("DATE");
    }

    /**
     * Marks out of 20 by quarter points at most, two decimals, no currency, many different values: marks on a scale, not
     * money tied to a person, and no unknown category to hold either.
     */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"exames_classificacoes_pt.csv, Prova escrita"})
    void figuresOnAScaleOfMarksAreNotMoney(String name, String column) {
        ColumnClassification c = FILES.file(name).column(column);

        assertThat(c.domain()).isNull();
        assertThat(c.attributeType()).isEqualTo(AttributeType.INSENSITIVE);
        assertThat(c.reviewNeeded()).isFalse();
    }

    /**
     * Money with no currency under a name no rule reads stays money tied to a person: an amount received a month
     * (hundreds to thousands), a canteen fee of three levels although under 20, a gross hourly wage under 20 with any
     * cents (marks out of 20 go by quarter points), and a day's price set per family by its means (under 6, any cents:
     * as a grade average on a 1-5 scale looks, which is why grade averages are left as money).
     */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"stipendijos_studentai_lt.csv, Gauta per mėn.", "stipendijos_studentai_lt.csv, Valgykla",
        "vacataires_animation_heures.csv, Brut par heure", "alsh_journee_taux_effort.csv, Journée enfant"})
    void moneyWithNoCurrencyStaysMoney(String name, String column) {
        ColumnClassification c = FILES.file(name).column(column);

        assertThat(c.attributeType()).isEqualTo(AttributeType.SENSITIVE);
        assertThat(c.domain()).isEqualTo(Domain.FINANCIAL);
    }

    /**
     * Whole numbers of an adult's range of ages (the lowest years above childhood, spread over decades, many different
     * values, some written approximately), in a file about persons with no age or birth date: ages, a quasi-identifier,
     * whatever the column is called; a guess, so held for review.
     */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"senior_klub_clenove_cz.csv, Věk", "accueil_tableur_lettres.csv, D"})
    void wholeNumbersInTheRangeOfAdultAgesAreAges(String name, String column) {
        ColumnClassification c = FILES.file(name).column(column);

        assertThat(c.attributeType()).isEqualTo(AttributeType.QUASI_IDENTIFYING);
        assertThat(c.infoType()).isEqualTo("AGE");
        assertThat(c.protectedAttribute()).isEqualTo(ProtectedAttribute.AGE);
    }

    /** Counts per person start at nought and are mostly small: visits a month and loyalty points are no ages. */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"senior_klub_clenove_cz.csv, Návštěvy/měs.", "senior_klub_clenove_cz.csv, Body věrnosti"})
    void countsPerPersonAreNoAges(String name, String column) {
        assertThat(FILES.file(name).column(column).infoType()).isNotEqualTo("AGE");
    }

    /**
     * A yearly report of a social action centre: a row per year, scheme and age band, each counting its beneficiaries
     * (tens to hundreds), the other columns figures (a mean amount, of whom women, of whom disabled): each row gathers
     * persons, so it is a table of groups with no personal data, whatever words name its figures.
     */
    @Test
    void aTableOfGroupsByPeriodAndCategoryHoldsNoPersonalData() {
        ClassificationResult r = FILES.file("ccas_bilan_dispositifs_annees.csv");

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PLACE);
        assertThat(r.dataset().personalData()).isFalse();
        assertThat(r.columns()).allSatisfy(c -> assertThat(c.attributeType()).isEqualTo(AttributeType.INSENSITIVE));
    }

    /**
     * Persons with counts of their own stay persons: a household's size under a word of counts ("Effectif", 1-7), a
     * session's registrants (10-16) beside a number different on every row (one person a row), and pseudonymised
     * microdata beside their commune's population (thousands): a person's sex told by the values is no group's.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"menages_suivis_pseudonymises.csv", "inscrits_ateliers_numeriques.csv",
        "microdonnees_communes_pseudonymisees.csv"})
    void personsWithCountsOfTheirOwnStayPersons(String name) {
        ClassificationResult r = FILES.file(name);

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PERSON);
        assertThat(r.dataset().personalData()).isTrue();
    }
}
