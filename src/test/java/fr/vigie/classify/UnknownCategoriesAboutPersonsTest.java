package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * In a file about persons, a column of categories that no rule explains is held for review (SENSITIVE, confidence
 * under 0.6, reviewNeeded) even when the rules understand the rest of the file: a reason, a status or a code written
 * in words no dictionary holds may be a diagnosis. Only values of a shape known to be harmless are let through.
 */
class UnknownCategoriesAboutPersonsTest {
    private static final Fixtures.Folder FILES = Fixtures.folder("unknown-categories");

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "wizyty_domowe_pl.csv, Powod",
        "apoio_domiciliario_pt.csv, Motivo",
        "socialni_sluzby_cz.csv, Typ",
        "hemtjanst_se.csv, Kategori",
        "hemtjanst_se.csv, Code_2",
        "rozpoznania_pl.csv, Rozpoznanie"})
    void aReasonInWordsOrCodesNoDictionaryHoldsIsHeldForReviewInAFileAboutPersons(String name, String column) {
        ClassificationResult r = FILES.file(name);

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PERSON);
        ColumnClassification reason = r.column(column);
        assertThat(reason.attributeType()).isEqualTo(AttributeType.SENSITIVE);
        assertThat(reason.confidence()).isLessThan(0.6);
        assertThat(reason.reviewNeeded()).isTrue();
        assertThat(reason.evidence().notes()).anyMatch(n -> n.contains("categories that no rule explains")
            && n.contains("pin the column in the job file"));
        assertThat(r.dataset().columnsNeedingReview()).contains(column);
    }

    @Test
    void datesTimesAndDecimalMeasuresOfTheSameFileAreNotHeld() {
        ClassificationResult visits = FILES.file("wizyty_domowe_pl.csv");

        for (String harmless : List.of("Data_wizyty", "Godzina", "Czas_h")) {
            assertThat(visits.column(harmless).attributeType()).as(harmless).isEqualTo(AttributeType.INSENSITIVE);
            assertThat(visits.column(harmless).reviewNeeded()).as(harmless).isFalse();
        }
    }

    /** Yes/no answers and small whole numbers under an opaque name may be "HIV: yes" or a coded reason: held. */
    @Test
    void opaqueFlagsAndSmallCodesAreHeldButValuesAHarmlessListExplainsAreNot() {
        ClassificationResult r = Fixtures.table(List.of("nom", "prenom", "email", "date_visite", "Q7", "niv", "reglement",
                "reponse"),
            new String[] {"MARTIN", "Léa", "lea.martin@example.fr", "12/03/2025", "Oui", "1", "payé", "aucun"},
            new String[] {"DUBOIS", "Karim", "k.dubois@example.fr", "14/03/2025", "Non", "3", "en cours", "néant"},
            new String[] {"PETIT", "Julie", "jpetit@example.fr", "17/03/2025", "Non", "2", "payé", "aucun"},
            new String[] {"LEROY", "Marc", "marc.leroy@example.fr", "20/03/2025", "Oui", "5", "réglé", "sans objet"},
            new String[] {"GARNIER", "Anne", "a.garnier@example.fr", "21/03/2025", "Non", "4", "payé", "néant"});

        for (String held : List.of("Q7", "niv")) {
            assertThat(r.column(held).attributeType()).as(held).isEqualTo(AttributeType.SENSITIVE);
            assertThat(r.column(held).reviewNeeded()).as(held).isTrue();
        }
        for (String harmless : List.of("reglement", "reponse")) {
            assertThat(r.column(harmless).attributeType()).as(harmless).isEqualTo(AttributeType.INSENSITIVE);
            assertThat(r.column(harmless).reviewNeeded()).as(harmless).isFalse();
        }
    }

    @Test
    void aPinAnswersTheReview() {
        Classifier classifier = Fixtures.classifier();
        ColumnSampler sampler = classifier.sampler(List.of("nom", "email", "Kategori"));
        for (int i = 0; i < 60; i++) {
            sampler.accept(new String[] {"MARTIN", "p" + i + "@example.se", List.of("Buss", "Tåg", "Bil").get(i % 3)});
        }
        ClassificationResult pinned = classifier.classify("test", 60, sampler, Map.of("Kategori",
            new ColumnPin(AttributeType.INSENSITIVE, null, null, null, "jobs/test.yml")), null);

        assertThat(pinned.column("Kategori").attributeType()).isEqualTo(AttributeType.INSENSITIVE);
        assertThat(pinned.column("Kategori").reviewNeeded()).isFalse();
        assertThat(pinned.dataset().columnsNeedingReview()).isEmpty();
    }
}
