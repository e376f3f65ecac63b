package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The identity fields of partner exports read by their values whatever language names them: phone numbers among which
 * a share of the rows answer "none" in words, birth dates written month first beside the person's age, and a short
 * national code of capitals and digits different on every row. The look-alikes: dates of joining beside an age, a
 * "none" among small counts, places keyed by the same shape of code. Files in
 * {@code src/test/resources/classify/attacks-32a/} (README there).
 */
class PartnerExportIdentityFieldsTest {
    private static final Fixtures.Folder FILES = Fixtures.folder("attacks-32a");

    @Test
    void phoneNumbersAmongANoneAnswerAreReadAsPhones() {
        ClassificationResult r = FILES.file("w32_tigulang_ayuda_listahan.csv");

        assertThat(r.column("Kontak").infoType()).isEqualTo("PHONE_NUMBER");
        assertThat(r.column("Kontak").attributeType()).isEqualTo(AttributeType.IDENTIFYING);
        ClassificationResult mx = FILES.file("w32_padron_apoyo_mty.csv");
        assertThat(mx.column("Enlace").infoType()).isEqualTo("PHONE_NUMBER");
        assertThat(mx.column("Enlace").attributeType()).isEqualTo(AttributeType.IDENTIFYING);
    }

    @Test
    void monthFirstDatesWhoseYearAndTheAgeAddUpToTheFilesYearAreBirthDates() {
        ClassificationResult r = FILES.file("w32_tigulang_ayuda_listahan.csv");

        assertThat(r.column("Kanus-a").infoType()).isEqualTo("DATE_OF_BIRTH");
        Fixtures.assertNotReleased(r.column("Kanus-a"));
        assertThat(r.column("Gihatag").attributeType()).isEqualTo(AttributeType.INSENSITIVE);
        ClassificationResult mx = FILES.file("w32_padron_apoyo_mty.csv");
        assertThat(mx.column("F. reg. 1").infoType()).isEqualTo("DATE_OF_BIRTH");
    }

    @Test
    void datesUnderAGenericNameWhoseYearAndTheNamedAgeAddUpToOneYearAreBirthDates() {
        ClassificationResult r = FILES.file("w32_senior_citizens_age_named.csv");

        assertThat(r.column("Date").infoType()).isEqualTo("DATE_OF_BIRTH");
        Fixtures.assertNotReleased(r.column("Date"));
        assertThat(r.column("Date (2)").infoType()).isNotEqualTo("DATE_OF_BIRTH");
    }

    @Test
    void datesOfJoiningBesideAnAgeAreNoBirthDates() {
        ClassificationResult r = FILES.file("w32_kooperatiba_miyembro.csv");

        assertThat(r.column("Date").infoType()).isNotEqualTo("DATE_OF_BIRTH");
        assertThat(r.column("Anak").infoType()).isNotEqualTo("PHONE_NUMBER");
    }

    @Test
    void aShortCodeOfCapitalsAndDigitsDifferentOnEveryRowOfPersonsIsNotReleased() {
        ClassificationResult r = FILES.file("w32_training_roster_codes.csv");

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PERSON);
        assertThat(r.column("Kod").attributeType()).isEqualTo(AttributeType.IDENTIFYING);
    }

    @Test
    void placesKeyedByTheSameShapeOfCodeStayReleased() {
        ClassificationResult r = FILES.file("w32_depots_codes.csv");

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PLACE);
        assertThat(r.column("Kod").attributeType()).isEqualTo(AttributeType.INSENSITIVE);
    }

    @Test
    void notesHoldingARelativesPhoneValidInTheFilesCountryAreIdentifying() {
        ClassificationResult r = FILES.file("w32_pagalba_namuose_pastabos.csv");

        assertThat(r.column("Užrašas").attributeType()).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(r.column("Užrašas").infoType()).isEqualTo("FREE_TEXT");
    }

    @Test
    void notesWithDatesLabValuesAndTicketNumbersButNoPhoneAreNotMadeIdentifying() {
        ClassificationResult r = FILES.file("w32_pacientai_pastabos_be_telefonu.csv");

        assertThat(r.column("Užrašas").attributeType()).isNotEqualTo(AttributeType.IDENTIFYING);
    }

    @Test
    void aColumnOfTextWithPhonesTakesNoOtherKey(@TempDir Path dir) throws IOException {
        Fixtures.assertProjectRulesRejected(dir, yaml -> yaml.replace("notesWithPhones: {minDistinct: 2}",
            "notesWithPhones: {minDistinct: 0}"), "contactShapes.notesWithPhones.minDistinct", "at least 1");
    }

    @Test
    void aSexColumnNamedByItsTwoValuesAsMalagasyFormsWriteItIsTheSex() {
        ClassificationResult r = FILES.file("w32_fiofanana_mpianatra_mg.csv");

        assertThat(r.column("Lahy sa vavy").infoType()).isEqualTo("GENDER");
        assertThat(r.column("Lahy sa vavy").attributeType()).isEqualTo(AttributeType.QUASI_IDENTIFYING);
    }

    /** A share of rows under a half would read as birth dates dates that add up with ages by chance: refused. */
    @Test
    void theShareOfRowsWhereADateAndTheAgeAddUpMustBeAtLeastAHalf(@TempDir Path dir) throws IOException {
        Fixtures.assertProjectRulesRejected(dir, yaml -> yaml.replace("besideAnAge: {minRows: 20, minShare: 0.9}",
            "besideAnAge: {minRows: 20, minShare: 0.2}"), "settings.birthDateProfile.besideAnAge.minShare", "between");
    }

    @Test
    void aBirthDateBesideAnAgeTakesNoOtherKey(@TempDir Path dir) throws IOException {
        Fixtures.assertProjectRulesRejected(dir, yaml -> yaml.replace("besideAnAge: {minRows: 20, minShare: 0.9}",
            "besideAnAge: {minRows: 20, minShare: 0.9, maxAge: 120}"), "settings.birthDateProfile.besideAnAge.maxAge", "");
    }
}
