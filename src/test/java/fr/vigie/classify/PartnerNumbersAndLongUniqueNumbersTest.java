package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Personal numbers of more partner countries (Chile's RUN, Japan's Individual Number, Viet Nam's CCCD) are read by their
 * public check or structure, whatever the column is called; and in a file about persons, a column of long numbers
 * different on nearly every row, of a scheme no rule knows, is never released on a guess: only a name saying it measures,
 * counts or dates something, with values that fit, releases it. Attack files in
 * {@code src/test/resources/classify/attacks-29/} (README there, files {@code ids_*}).
 */
class PartnerNumbersAndLongUniqueNumbersTest {
    private static final Fixtures.Folder FILES = Fixtures.folder("attacks-29");

    private static boolean valid(String validator, String value) {
        assertThat(NationalIdentifiers.byName()).containsKey(validator);
        return NationalIdentifiers.byName().get(validator).test(value);
    }

    /** python-stdnum's published example (cl.rut), a changed check, the K and 0 checks, and a legal person's RUT. */
    @Test
    void theChileanRunIsReadByItsModElevenCheckCharacter() {
        assertThat(valid("run-cl", "12.531.909-2")).isTrue();
        assertThat(valid("run-cl", "12531909-2")).isTrue();
        assertThat(valid("run-cl", "12.531.909-3")).isFalse();
        assertThat(valid("run-cl", "8.000.009-K")).isTrue();
        assertThat(valid("run-cl", "8000009-k")).isTrue();
        assertThat(valid("run-cl", "8.000.009-0")).isFalse();
        assertThat(valid("run-cl", "14.300.006-0")).isTrue();
        assertThat(valid("run-cl", "76.086.428-5")).as("a company's RUT").isFalse();
        assertThat(NationalIdentifiers.european("12.531.909-2")).isTrue();
        assertThat(NationalIdentifiers.european("8.000.009-K")).isTrue();
    }

    /** python-stdnum's published example (jp.in_) and the same number with its check digit changed. */
    @Test
    void theJapaneseIndividualNumberIsReadByItsCheckDigit() {
        assertThat(valid("my-number-jp", "6214 9832 0257")).isTrue();
        assertThat(valid("my-number-jp", "621498320257")).isTrue();
        assertThat(valid("my-number-jp", "621498320258")).isFalse();
        assertThat(NationalIdentifiers.european("621498320257")).isTrue();
    }

    /** A province of birth registration, the sex-and-century digit and a past birth year; no check digit to test. */
    @Test
    void theVietnameseCitizenNumberIsReadByItsProvinceCenturyAndYear() {
        assertThat(valid("cccd-vn", "079190012345")).isTrue();
        assertThat(valid("cccd-vn", "001305123456")).isTrue();
        assertThat(valid("cccd-vn", "050190012345")).as("no province 050").isFalse();
        assertThat(valid("cccd-vn", "079490012345")).as("no such century yet").isFalse();
        assertThat(valid("cccd-vn", "079299012345")).as("born in 2099").isFalse();
        assertThat(NationalIdentifiers.european("079190012345")).isTrue();
    }

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"ids_alimentacion_escolar_talcahuano_cl.csv, Rut alumno", "ids_fukuoka_kaigo_hoken_jp.csv, マイナンバー",
        "ids_tro_cap_xa_hoi_vn.csv, Mã định danh"})
    void partnerCountriesNumbersAreNationalIdentifiersByTheirStructure(String file, String column) {
        ColumnClassification c = FILES.column(file, column);

        assertThat(c.attributeType()).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(c.infoType()).isEqualTo("NATIONAL_ID_NUMBER");
        assertThat(c.reviewNeeded()).isFalse();
    }

    /**
     * Numbers of schemes no rule knows (dots like an amount, spaces like thousands, a check letter or digit after a dash,
     * eleven bare digits) under short names that say nothing: held or identifying, never released.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"DNI", "NIN", "CIN", "ID", "No.", "RUN"})
    void longNumbersDifferentOnEveryRowOfAFileAboutPersonsAreNeverReleased(String column) {
        ColumnClassification c = FILES.column("ids_numeros_pays_partenaires_inconnus.csv", column);

        assertThat(c.attributeType() == AttributeType.IDENTIFYING || c.reviewNeeded())
            .as(column + " is " + c.attributeType() + "/" + c.infoType()).isTrue();
        assertThat(c.attributeType()).isNotEqualTo(AttributeType.INSENSITIVE);
    }

    /**
     * A Chilean layout whose check is never right (no validator passes it) and identity numbers in groups of thousands of
     * varying width: no name rule reads them and no other shape of identifier fits; the net of long numbers holds them.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"RUN", "CIN"})
    void longNumbersNoOtherShapeReadsAreHeldAsTheRecordKey(String column) {
        ColumnClassification c = FILES.column("ids_numeros_pays_partenaires_inconnus.csv", column);

        assertThat(c.attributeType()).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(c.infoType()).isEqualTo("RECORD_IDENTIFIER");
        assertThat(c.reviewNeeded()).isTrue();
    }

    /**
     * The other side: long numbers different on every row whose name says what they measure (an index in Wh, a volume in
     * litres) or when (seconds since the epoch), with values that fit, stay released.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"Index début (Wh)", "Index fin (Wh)", "Horodatage relève (epoch s)", "Volume cumulé (L)"})
    void longNumbersNamedAsAMeasureOrATimeStayReleased(String column) {
        ColumnClassification c = FILES.column("ids_releves_index_compteurs_chaleur.csv", column);

        assertThat(c.attributeType()).isEqualTo(AttributeType.INSENSITIVE);
        assertThat(c.reviewNeeded()).isFalse();
    }

    /**
     * Israel's Teudat Zehut is nine digits with a Luhn check, as a SIREN is: in a file about persons, under a name no rule
     * reads, numbers different on every row are the persons' own, not organisations' SIRENs.
     */
    @Test
    void nineDigitLuhnNumbersOfEachPersonInAFileAboutPersonsAreNoSiren() {
        ColumnClassification c = FILES.column("ids_chilufei_studentim_il.csv", "ת\"ז");

        assertThat(c.attributeType()).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(c.infoType()).isEqualTo("NATIONAL_ID_NUMBER");
    }

    /** The other side: an employer's SIREN repeated over its apprentices stays an organisation's number. */
    @Test
    void anEmployersSirenRepeatedOverItsStaffStaysASiren() {
        ColumnClassification c = FILES.column("ids_apprentis_employeurs.csv", "Empl.");

        assertThat(c.infoType()).isEqualTo("FR_SIREN");
    }

    /** The rules refuse to read a person's own number as a type that would release it. */
    @Test
    void aPersonsOwnNumberMustBeAnIdentifyingInfoType(@TempDir Path dir) throws IOException {
        Fixtures.assertProjectRulesRejected(dir, yaml -> yaml.replace("personsOwnNumber: {infoType: NATIONAL_ID_NUMBER",
            "personsOwnNumber: {infoType: DATE"), "failClosed.personsOwnNumber.infoType", "IDENTIFYING");
    }
}
