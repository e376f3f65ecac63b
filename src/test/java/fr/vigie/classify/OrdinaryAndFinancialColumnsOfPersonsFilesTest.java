package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import fr.vigie.model.Domain;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Ordinary and financial columns of files about persons read from what name and values say together (files and what
 * each attacks in {@code attacks-32d/README.md}): a price of a few levels one of which is free is waived for some
 * persons and tells their means; an interpreter named on a record is staff acting on it; the persons a health cover
 * counts besides its member are the household's size. Look-alikes keep their reading.
 */
class OrdinaryAndFinancialColumnsOfPersonsFilesTest {
    private static final Fixtures.Folder FILES = Fixtures.folder("attacks-32d");

    /** A contribution of three levels, one of them 0, is waived for some persons: money tied to their means. */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({
        "o32_ateliers_equilibre_seniors_fr.csv, Participation financière (€)",
        "o32_senior_exercise_classes_en.csv, Fee (£)"})
    void aPriceOfFewLevelsOneOfThemFreeIsTheMoneyOfAPerson(String file, String column) {
        ColumnClassification c = FILES.column(file, column);
        assertThat(c.attributeType()).as(column + " " + c.evidence().notes()).isEqualTo(AttributeType.SENSITIVE);
        assertThat(c.domain()).as(column).isEqualTo(Domain.FINANCIAL);
    }

    /** The other side: three levels, none free, in a file with no income column, stay a list price. */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"o32_salles_tarif_particuliers_fr.csv, Tarif (€)"})
    void aListPriceWithNoFreeLevelStaysAListPrice(String file, String column) {
        ColumnClassification c = FILES.column(file, column);
        assertThat(c.attributeType()).as(column + " " + c.evidence().notes()).isEqualTo(AttributeType.INSENSITIVE);
    }

    /** An interpreter named on an appointment is staff acting on the record: their name identifies them. */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({
        "o32_interpretariat_rendez_vous_fr.csv, Interprète",
        "o32_interpreting_bookings_en.csv, Interpreter",
        "o32_dolmetscheinsaetze_de.csv, Dolmetscherin"})
    void anInterpreterNamedByNamesIsStaffActingOnTheRecord(String file, String column) {
        ColumnClassification c = FILES.column(file, column);
        assertThat(c.attributeType()).as(column + " " + c.evidence().notes()).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(c.infoType()).as(column).isEqualTo("PERSON_NAME");
    }

    /** The other side: an interpreter's column holding the language needed stays the person's language. */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({
        "o32_interprete_besoin_langue_fr.csv, Interprète",
        "o32_interpretariat_rendez_vous_fr.csv, Langue"})
    void anInterpretersColumnOfLanguagesStaysALanguage(String file, String column) {
        ColumnClassification c = FILES.column(file, column);
        assertThat(c.infoType()).as(column + " " + c.attributeType() + " " + c.evidence().rule() + " " + c.evidence().notes()).isEqualTo("LANGUAGE");
        Fixtures.assertNotReleased(c);
    }

    /** The persons a health cover or a family allowance counts besides its member are the household's size. */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({
        "o32_complementaire_sante_adherents_fr.csv, nb_ayants_droit",
        "o32_familienversicherung_de.csv, Anzahl Mitversicherte",
        "o32_assegno_familiari_it.csv, Numero familiari a carico"})
    void aCountOfDependantsIsTheHouseholdsSize(String file, String column) {
        ColumnClassification c = FILES.column(file, column);
        assertThat(c.attributeType()).as(column + " " + c.evidence().notes()).isEqualTo(AttributeType.QUASI_IDENTIFYING);
        assertThat(c.infoType()).as(column).isEqualTo("HOUSEHOLD_SIZE");
    }

    /** The other side: the dependant's name is a name, not a count. */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"o32_ayants_droit_noms_fr.csv, Nom ayant droit"})
    void aDependantsNameStaysAName(String file, String column) {
        ColumnClassification c = FILES.column(file, column);
        assertThat(c.attributeType()).as(column + " " + c.evidence().notes()).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(c.infoType()).as(column).isEqualTo("PERSON_NAME");
    }

    /** A family celebration among which some are religious rites (a christening, a first communion, an Eid): religion. */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({
        "o32_buergersaal_anlaesse_de.csv, Anlass",
        "o32_community_hall_occasions_en.csv, Occasion"})
    void celebrationsAmongWhichReligiousRitesAreHeldAsAReligion(String file, String column) {
        ColumnClassification c = FILES.column(file, column);
        assertThat(c.attributeType()).as(column + " " + c.evidence().notes()).isEqualTo(AttributeType.SENSITIVE);
        assertThat(c.domain()).as(column).isEqualTo(Domain.SPECIAL_CATEGORY);
    }

    /** The other side: celebrations none of which is a rite tell no religion. */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"o32_salle_fetes_sans_culte_fr.csv, Type de fête"})
    void celebrationsWithNoRiteTellNoReligion(String file, String column) {
        ColumnClassification c = FILES.column(file, column);
        assertThat(c.domain()).as(column + " " + c.evidence().notes()).isNotEqualTo(Domain.SPECIAL_CATEGORY);
    }

    /** A foreigner's right of residence (a title, an asylum procedure, none) is their origin: quasi-identifying. */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({
        "o32_domiciliation_situation_sejour_fr.csv, Situation au regard du séjour",
        "o32_notunterkunft_aufenthaltsstatus_de.csv, Aufenthaltsstatus"})
    void aRightOfResidenceIsANationality(String file, String column) {
        ColumnClassification c = FILES.column(file, column);
        assertThat(c.attributeType()).as(column + " " + c.evidence().notes()).isEqualTo(AttributeType.QUASI_IDENTIFYING);
        assertThat(c.infoType()).as(column).isEqualTo("NATIONALITY");
    }

    /** The other side: a civil servant's statutory position named "situation administrative" is no residence status. */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"o32_agents_situation_administrative_fr.csv, Situation administrative"})
    void aCivilServantsPositionIsNoResidenceStatus(String file, String column) {
        ColumnClassification c = FILES.column(file, column);
        assertThat(c.infoType()).as(column + " " + c.evidence().notes()).isNotEqualTo("NATIONALITY");
    }

    /** The hotel where a household is sheltered locates the person, as a room or a hostel bed does. */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({
        "o32_nuitees_hotelieres_menages_fr.csv, Hôtel",
        "o32_temporary_accommodation_placements_en.csv, Hotel"})
    void theHotelWhereAPersonIsShelteredLocatesThem(String file, String column) {
        ColumnClassification c = FILES.column(file, column);
        assertThat(c.attributeType()).as(column + " " + c.evidence().notes()).isEqualTo(AttributeType.QUASI_IDENTIFYING);
        assertThat(c.infoType()).as(column).isEqualTo("LOCATION");
    }

    /** The other side: a directory of hotels names places, no person. */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"o32_annuaire_hotels_fr.csv, Hôtel"})
    void aDirectoryOfHotelsNamesPlaces(String file, String column) {
        ColumnClassification c = FILES.column(file, column);
        assertThat(c.attributeType()).as(column + " " + c.evidence().notes()).isEqualTo(AttributeType.INSENSITIVE);
    }

    /** A French mandatory health scheme names the employer or the trade (the railways, the navy): quasi-identifying. */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"o32_mutuelle_regime_obligatoire_fr.csv, regime_obligatoire"})
    void aMandatoryHealthSchemeIsAWorkplace(String file, String column) {
        ColumnClassification c = FILES.column(file, column);
        assertThat(c.attributeType()).as(column + " " + c.evidence().notes()).isEqualTo(AttributeType.QUASI_IDENTIFYING);
        assertThat(c.infoType()).as(column).isEqualTo("WORKPLACE");
    }

    /** The other side: the scheme of ministers of religion (CAVIMAC) among them tells a religion: stays held. */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"o32_regime_avec_cultes_fr.csv, Régime obligatoire"})
    void aSchemeOfMinistersOfReligionKeepsTheColumnHeld(String file, String column) {
        ColumnClassification c = FILES.column(file, column);
        assertThat(c.attributeType()).as(column + " " + c.evidence().notes()).isEqualTo(AttributeType.SENSITIVE);
    }
}
