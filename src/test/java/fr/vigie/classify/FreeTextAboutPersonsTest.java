package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Free text about persons that no rule reads as sensitive is held for review (SENSITIVE, confidence under 0.6,
 * reviewNeeded), because notes about a person tell their health, conduct or beliefs in words no vocabulary holds;
 * free text about places and organisations, lists of names and combinations of categories are not held.
 */
class FreeTextAboutPersonsTest {
    private static final int ROWS = 120;

    /** Notes in Italian that no vocabulary knows: many different sentences of several words. */
    private static String note(int i) {
        String[] openings = {"La signora ha chiamato per spostare l'appuntamento", "Il figlio è passato allo sportello",
            "Documenti consegnati in ritardo", "Richiesta copia della pratica", "Preferisce essere contattata al mattino"};
        String[] middles = {"secondo l'operatrice", "dopo il colloquio", "come concordato", "in sala d'attesa"};
        String[] endings = {"nulla da segnalare", "prossimo contatto tra un mese", "recapiti aggiornati", "pratica chiusa",
            "da richiamare"};
        return openings[i % 5] + " " + middles[(i / 5) % 4] + ", " + endings[(i / 20) % 5];
    }

    private static ClassificationResult file(List<String> header, java.util.function.IntFunction<String[]> row) {
        Classifier classifier = Fixtures.classifier();
        ColumnSampler sampler = classifier.sampler(header);
        for (int i = 0; i < ROWS; i++) {
            sampler.accept(row.apply(i));
        }
        return classifier.classify("test", ROWS, sampler, Map.of(), null);
    }

    @Test
    void freeTextInAFileAboutPersonsIsHeldForReviewAsSensitive() {
        ClassificationResult r = file(List.of("nome", "cognome", "email", "osservazioni"), i -> new String[] {
            List.of("Giulia", "Marco", "Chiara", "Luca").get(i % 4), List.of("Rossi", "Bianchi", "Romano").get(i % 3),
            "persona" + i + "@example.it", note(i)});

        ColumnClassification notes = r.column("osservazioni");
        assertThat(notes.attributeType()).isEqualTo(AttributeType.SENSITIVE);
        assertThat(notes.infoType()).isEqualTo(Classifier.FREE_TEXT);
        assertThat(notes.confidence()).isLessThan(0.6);
        assertThat(notes.reviewNeeded()).isTrue();
        assertThat(notes.evidence().notes()).anyMatch(n -> n.contains("free text about persons"));
        // Listed under what needs a decision.
        assertThat(r.dataset().columnsNeedingReview()).contains("osservazioni");
    }

    @Test
    void freeTextDescribingPlacesStaysHarmless() {
        ClassificationResult r = file(List.of("Bad", "Öffnungszeiten", "Beschreibung"), i -> new String[] {
            "Freibad " + List.of("Nord", "Süd", "Westend").get(i % 3) + " " + i,
            List.of("Mo-Fr 6:30-20:00", "Sa-So 8:00-20:00").get(i % 2),
            List.of("Beheiztes Sportbecken mit 50-Meter-Bahnen", "Familienbad mit großer Liegewiese",
                "Naturbad mit biologischer Wasseraufbereitung", "Kleines Bad mit Nichtschwimmerbecken").get(i % 4) + " "
                + List.of("neben dem Sportplatz", "am Ortsrand", "mit Kiosk", "nahe der Bushaltestelle", "mit Parkplatz").get((i / 4) % 5)
                + ", Saison " + (i % 7 + 1) + " Monate"});

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PLACE);
        assertThat(r.column("Öffnungszeiten").infoType()).isEqualTo("FACILITY");
        ColumnClassification text = r.column("Beschreibung");
        assertThat(text.attributeType()).isEqualTo(AttributeType.INSENSITIVE);
        assertThat(text.reviewNeeded()).isFalse();
        assertThat(r.dataset().columnsNeedingReview()).isEmpty();
    }

    @Test
    void combinationsOfCategoriesAndListsOfNamesAreNotHeldAsFreeText() {
        String[] exposures = {"Bruit", "Produits chimiques", "Travail de nuit", "Vibrations", "Port de charges", "Agents biologiques"};
        String[] first = {"Jean", "Marie", "Pierre", "Louise", "Paul", "Jeanne", "Henri"};
        String[] last = {"MARTIN", "DUPONT", "BERNARD", "PETIT", "DURAND", "LEROY", "MOREAU"};
        ClassificationResult r = file(List.of("nom", "email", "expositions", "defunts"), i -> new String[] {
            last[i % 7], "agent" + i + "@example.fr",
            exposures[i % 6] + "; " + exposures[(i / 6) % 6] + "; " + exposures[(i / 36 + 2) % 6],
            first[i % 7] + " " + last[(i / 7) % 7] + ", " + first[(i + 3) % 7] + " " + last[i % 7] + " née " + last[(i + 2) % 7]});

        assertThat(r.column("expositions").reviewNeeded()).as("expositions").isFalse();
        assertThat(r.column("expositions").attributeType()).isNotEqualTo(AttributeType.SENSITIVE);
        assertThat(r.column("defunts").infoType()).isEqualTo("PERSON_NAME");
    }

    @Test
    void languageCodesAreNotOpeningDays() {
        ClassificationResult r = file(List.of("email", "preferredLanguage"), i -> new String[] {
            "client" + i + "@example.eu", List.of("fr", "de", "nl", "es", "it", "so", "di").get(i % 7)});

        assertThat(r.column("preferredLanguage").infoType()).isNotEqualTo("FACILITY");
    }
}
