package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Persons named or reached, whatever the script or the header (round 8, stop 25): a parent's "Given Family" name in
 * a language no dictionary holds, a father's name written in Greek or Cyrillic, a social worker written with an
 * initial, jury members and duty lawyers written with their civil title and repeated on every third row, a relative
 * reached by phone ("fils 06 12 34 56 78"), pseudonyms of an online consultation (GDPR art. 4(1) "online
 * identifier"). Files in {@code src/test/resources/classify/persons-named-25/} (README there); the negatives are
 * car models, clubs, neighbourhoods, organisations and municipalities in the same files about persons.
 */
class PersonsNamedOrReachedTest {
    private static final Fixtures.Folder FILES = Fixtures.folder("persons-named-25");

    private static void assertNamed(ColumnClassification c, String infoType) {
        assertThat(c.attributeType()).as(c.name()).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(c.infoType()).as(c.name()).isEqualTo(infoType);
        assertThat(c.reviewNeeded()).as(c.name() + " is explained, not held").isFalse();
    }

    /**
     * A parent written "Given Family" under an opaque header, Latvian names no dictionary holds: their family words
     * are the family names of the file's own persons.
     */
    @Test
    void aParentSharingTheFamilyNamesOfTheFileIsAPersonsName() {
        assertNamed(FILES.column("riga_nometne_vecaki_lv.csv", "Vecaks"), "PERSON_NAME");
    }

    /** A father's name in Cyrillic: the first names of the file's persons. A social worker: an initial and a name. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"Бащино име", "Социален работник"})
    void namesInCyrillicAreNamesOfPersons(String name) {
        assertNamed(FILES.column("plovdiv_sotsialni_uslugi_bg.csv", name), "PERSON_NAME");
    }

    /** Surnames named so and written in Greek, a few repeated: capitalised words of a script no dictionary holds. */
    @Test
    void greekSurnamesNamedSoAreNotDeniedByTheirRepetition() {
        assertNamed(FILES.column("thessaloniki_dimotes_gr.csv", "Επώνυμο"), "PERSON_NAME");
    }

    /**
     * Under placeholder headers: jury members listed with their titles and roles, duty lawyers and advisers with their
     * titles, each on many rows: a civil title says a person however often repeated.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"D", "E"})
    void titledPersonsRepeatedOverTheRowsAreNamesOfPersons(String name) {
        assertNamed(FILES.column("commission_mediation_tableur.csv", name), "PERSON_NAME");
    }

    /** A relative and the number to reach them ("fils 06 12 34 56 78", "soeur +33 6 ..."): a phone number. */
    @Test
    void aRelativeWithTheirPhoneIsAPhoneNumber() {
        assertNamed(FILES.column("commission_mediation_tableur.csv", "F"), "PHONE_NUMBER");
    }

    /** Pseudonyms and handles ("JulienGuillou", "lea42", "Hugo P.", "riverain_thabor"): online identifiers. */
    @Test
    void pseudonymsOfAnOnlineConsultationIdentifyTheirAuthors() {
        ColumnClassification c = FILES.column("budget_participatif_avis.csv", "Signé");

        assertThat(c.attributeType()).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(c.reviewNeeded()).isFalse();
    }

    /**
     * Car models, clubs, neighbourhoods named after persons, organisations and products, in a file about persons whose
     * names are known: capitalised words are not persons' names.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"Véhicule", "Club", "Secteur", "Orienté vers", "Formule"})
    void capitalisedWordsOfThingsAndPlacesAreNoPersonsNames(String name) {
        ColumnClassification c = FILES.column("usagers_vehicules_clubs_orientations.csv", name);

        assertThat(c.attributeType()).as(name).isNotEqualTo(AttributeType.IDENTIFYING);
    }

    /** Greek municipalities and nationalities beside Greek names: capitalised words of that script, not names. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"Περιοχή", "Υπηκοότητα"})
    void greekPlacesAndNationalitiesAreNoPersonsNames(String name) {
        ColumnClassification c = FILES.column("thessaloniki_dimotes_gr.csv", name);

        assertThat(c.attributeType()).as(name).isNotEqualTo(AttributeType.IDENTIFYING);
    }

    /** Round 8's persons named or reached, as its labeller read them (moved-from-heldout). */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"tartu_noortevahetus_osalejad_ee, Lapsevanem", "concertation_mail_contributions, Pseudo",
        "thessaloniki_koinoniko_pantopoleio_gr, Επώνυμο", "thessaloniki_koinoniko_pantopoleio_gr, Πατρώνυμο",
        "thessaloniki_koinoniko_pantopoleio_gr, Κοινωνικός λειτουργός", "tampere_kotihoito_asiakkaat_fi, Vastuuhoitaja",
        "recrutement_entretiens_jury, Membres du jury", "point_justice_permanences_tableur, K",
        "ssiad_tournees_soins_domicile, Colonne15"})
    void roundEightsPersonsNamedOrReachedAreIdentifying(String file, String name) {
        ColumnClassification c = Fixtures.folder("moved-from-heldout").file(file + ".csv")
            .column(name);

        assertThat(c.attributeType()).as(name).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(c.reviewNeeded()).as(name).isFalse();
    }
}
