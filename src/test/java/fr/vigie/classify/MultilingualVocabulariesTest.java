package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.model.AttributeType;
import fr.vigie.model.Domain;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Health, special categories and offences written in German, Spanish, Italian, Dutch and English are recognised
 * in column names and in values (the lists of rules/dictionaries/*-europe.txt, with stems for inflections and
 * compounds); ordinary words that share a beginning or an end with them are not.
 */
class MultilingualVocabulariesTest {

    @Test
    void stemsCoverInflectionsAndCompoundsButNotShortOrSeveralWords() {
        Dictionary d = Dictionary.of("test", "written for the test", List.of("diabet*", "*krankheit", "asma"));

        for (String word : List.of("diabetes", "diabete", "diabetico", "diabetiker", "herzkrankheit", "krankheit", "asma")) {
            assertThat(d.matchesToken(new String[] {word})).as(word).isTrue();
        }
        for (String word : List.of("diab", "krankheiten", "asmatico", "dia")) {
            assertThat(d.matchesToken(new String[] {word})).as(word).isFalse();
        }
        assertThat(d.countPhrases(Text.valueWords(Text.normalize("Patient mit Herzkrankheit und Diabetes")), false)).isEqualTo(2);
        assertThatThrownBy(() -> Dictionary.of("t", null, List.of("ab*"))).hasMessageContaining("ab*");
        assertThatThrownBy(() -> Dictionary.of("t", null, List.of("two words*"))).hasMessageContaining("one word");
    }

    @Test
    void namesOfTheFamiliesInOtherLanguagesDecide() {
        assertThat(Fixtures.column("Diagnose", "A", "B").domain()).isEqualTo(Domain.HEALTH);
        assertThat(Fixtures.column("diagnóstico_principal", "A", "B").domain()).isEqualTo(Domain.HEALTH);
        assertThat(Fixtures.column("Religionszugehörigkeit", "x", "y").infoType()).isEqualTo("RELIGION");
        assertThat(Fixtures.column("Straftat", "x", "y").infoType()).isEqualTo("OFFENCE");
        assertThat(Fixtures.column("condanna", "x", "y").infoType()).isEqualTo("OFFENCE");
        assertThat(Fixtures.column("strafblad", "x", "y").infoType()).isEqualTo("OFFENCE");
        for (String name : List.of("Behinderung", "Schwerbehinderung", "discapacidad", "disabilità", "beperking")) {
            assertThat(Fixtures.column(name, "x", "y").infoType()).as(name).isEqualTo("DISABILITY");
        }
        assertThat(Fixtures.column("afiliacion_sindical", "x", "y").infoType()).isEqualTo("UNION_MEMBERSHIP");
        assertThat(Fixtures.column("Gewerkschaft", "x", "y").infoType()).isEqualTo("UNION_MEMBERSHIP");
        assertThat(Fixtures.column("politieke_voorkeur", "x", "y").infoType()).isEqualTo("POLITICAL_OPINION");
        assertThat(Fixtures.column("orientamento_sessuale", "x", "y").infoType()).isEqualTo("SEXUAL_ORIENTATION");
        assertThat(Fixtures.column("etnia", "x", "y").infoType()).isEqualTo("ETHNIC_ORIGIN");
        // A date of an offence is a date.
        assertThat(Fixtures.column("fecha_delito", "12/03/2025", "14/04/2025").infoType()).isEqualTo("DATE");
    }

    @Test
    void valuesOfTheFamiliesInOtherLanguagesDecideAColumnWhateverItsName() {
        assertThat(Fixtures.column("Feld 3", "Diabetes mellitus Typ 2", "Bluthochdruck", "Asthma bronchiale", "Lungenkrebs").domain())
            .isEqualTo(Domain.HEALTH);
        assertThat(Fixtures.column("campo_7", "Ipertensione arteriosa", "Diabete mellito", "Depressione", "Frattura del polso").domain())
            .isEqualTo(Domain.HEALTH);
        assertThat(Fixtures.column("Kolonne", "Diebstahl", "Körperverletzung", "Ladendiebstahl", "Betrug", "Geldstrafe").infoType())
            .isEqualTo("OFFENCE");
        assertThat(Fixtures.column("tipo", "Robo con violencia", "Hurto", "Estafa", "Ninguno").infoType()).isEqualTo("OFFENCE");
        assertThat(Fixtures.column("lijst", "diefstal", "mishandeling", "oplichting", "geen").infoType()).isEqualTo("OFFENCE");
        assertThat(Fixtures.column("Konfession", "römisch-katholisch", "evangelisch", "muslimisch", "ohne").infoType()).isEqualTo("RELIGION");
        assertThat(Fixtures.column("respuesta", "Católica", "Musulmana", "Ninguna", "Judía").infoType()).isEqualTo("RELIGION");
        assertThat(Fixtures.column("org", "CGIL", "CISL", "UIL", "Nessuna").infoType()).isEqualTo("UNION_MEMBERSHIP");
        assertThat(Fixtures.column("stem", "VVD", "PvdA", "CDA", "D66", "GroenLinks", "geen").infoType()).isEqualTo("POLITICAL_OPINION");
        assertThat(Fixtures.column("Angabe", "heterosexuell", "homosexuell", "bisexuell", "keine Angabe").infoType())
            .isEqualTo("SEXUAL_ORIENTATION");
        assertThat(Fixtures.column("status", "Keine", "Gehbehinderung", "Sehbehinderung", "Schwerbehindert (GdB 50)").infoType())
            .isEqualTo("DISABILITY");
        assertThat(Fixtures.column("situazione", "Nessuna", "Invalidità civile 100%", "Legge 104/92", "Cecità parziale").infoType())
            .isEqualTo("DISABILITY");
    }

    @Test
    void ordinaryWordsSharingAStemOrACompoundAreNotFlagged() {
        // "besucht" (visited) ends like "Sucht", a "Diebstahlsicherung" is an anti-theft device, "Herzog" is a name.
        for (ColumnClassification c : List.of(
                Fixtures.column("Ausstattung", "Diebstahlsicherung", "Alarmanlage", "Rauchmelder", "Feuerlöscher"),
                Fixtures.column("Stand", "besucht", "geplant", "abgesagt", "verschoben"),
                Fixtures.column("Schwimmstil", "Brustschwimmen", "Kraul", "Rückenschwimmen", "Schmetterling"),
                Fixtures.column("Farbe", "groen", "rood", "blauw", "geel"),
                Fixtures.column("tipo_sala", "Sala de reuniones", "Despacho", "Almacén", "Recepción"))) {
            assertThat(c.attributeType()).as(c.name()).isNotEqualTo(AttributeType.SENSITIVE);
        }
    }
}
