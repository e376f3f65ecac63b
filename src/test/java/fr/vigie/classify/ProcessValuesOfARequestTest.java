package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Values about a request, the service or its object rather than the person, on files of our own in French, German,
 * Spanish, Polish and Serbian ({@code src/test/resources/classify/attacks-28/process_*}): the decision and the state of
 * an administrative request (granted in part, authorised under conditions, on the waiting list), the frequency of a
 * service (CLDR and ISO 8601 recurrence words), a time slot (a range of hours, a part of the day), a means of payment
 * written short (`CHQ`, `PRLV`) or as a universal culture pass, the documents supplied (service-public.fr pièces
 * justificatives, one or several in a cell), a yes/no under a name of training or a dwelling's equipment. They are not
 * held for review, and neither are a time slot and a count of books lent beside a pathology (a time is a time; a loan
 * counts documents, not care). The other side: a list of documents one of which tells health or disability (a medical certificate,
 * an MDPH notification), a decision that sanctions, a therapeutic part-time, a social aid among the means of payment, a
 * frequency under a treatment's name, a slot with a treatment, and the same frequency, slot and training beside a
 * pathology stay held. A sporting result (a rank and a competition's level: "Vice-championne de France", "3. Platz
 * Europameisterschaft") is not held; one in a para-sport ("handisport", "paralympique") is, and so is a range of
 * measures under a name of slot.
 */
class ProcessValuesOfARequestTest {
    private static final Fixtures.Folder FILES = Fixtures.folder("attacks-28");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        "process_ateliers_services_demandes_fr.csv; Statut de la demande",
        "process_ateliers_services_demandes_fr.csv; Périodicité",
        "process_ateliers_services_demandes_fr.csv; Plage horaire",
        "process_ateliers_services_demandes_fr.csv; Mode de règlement",
        "process_ateliers_services_demandes_fr.csv; Pièces fournies",
        "process_ateliers_services_demandes_fr.csv; Formation suivie",
        "process_ateliers_services_demandes_fr.csv; Alarme",
        "process_ateliers_services_demandes_fr.csv; Volume (L)",
        "process_hausbesuche_antraege_de.csv; Status",
        "process_hausbesuche_antraege_de.csv; Häufigkeit",
        "process_hausbesuche_antraege_de.csv; Zeitfenster",
        "process_hausbesuche_antraege_de.csv; Zahlungsart",
        "process_hausbesuche_antraege_de.csv; Unterlagen",
        "process_hausbesuche_antraege_de.csv; Schulung",
        "process_solicitudes_cursos_es.csv; Estado",
        "process_solicitudes_cursos_es.csv; Frecuencia",
        "process_solicitudes_cursos_es.csv; Franja horaria",
        "process_solicitudes_cursos_es.csv; Forma de pago",
        "process_solicitudes_cursos_es.csv; Documentación aportada",
        "process_wnioski_przedszkole_pl.csv; Status wniosku",
        "process_wnioski_przedszkole_pl.csv; Wynik rekrutacji",
        "process_zahtevi_vrtic_sr.csv; Status zahteva",
        "process_aide_domicile_handicap_fr.csv; Créneau",
        "process_aide_domicile_handicap_fr.csv; Nb livres prêtés",
        "process_sportifs_resultats_fr.csv; Meilleur résultat",
        "process_kaderathleten_ergebnisse_de.csv; Bestes Ergebnis"})
    void aValueAboutTheRequestIsNotHeld(String file, String name) {
        ColumnClassification c = FILES.column(file, name);

        assertThat(c.attributeType()).as(name + " " + c.evidence()).isEqualTo(AttributeType.INSENSITIVE);
        assertThat(c.reviewNeeded()).as(name).isFalse();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        "process_lookalikes_demandes_fr.csv; Justificatif",
        "process_lookalikes_demandes_fr.csv; Décision",
        "process_lookalikes_demandes_fr.csv; Quotité",
        "process_lookalikes_demandes_fr.csv; Mode de règlement",
        "process_lookalikes_demandes_fr.csv; Fréquence dialyse",
        "process_lookalikes_demandes_fr.csv; Plage horaire",
        "process_lookalikes_demandes_fr.csv; Q7",
        "process_aide_domicile_handicap_fr.csv; Fréquence",
        "process_aide_domicile_handicap_fr.csv; Formation aidant",
        "process_aide_domicile_handicap_fr.csv; Nb passages",
        "process_sportifs_resultats_fr.csv; Palmarès para",
        "process_sportifs_resultats_fr.csv; Plage"})
    void aProcessShapeThatTellsHealthASanctionOrAnAidStaysProtected(String file, String name) {
        ColumnClassification c = FILES.column(file, name);

        assertThat(c.attributeType()).as(name + " " + c.evidence()).isIn(AttributeType.SENSITIVE, AttributeType.IDENTIFYING);
    }

    /**
     * A shape of dictionaries may read a cell as a list ({@code split}: the pattern between its parts): every part must
     * be a term, so one document outside the list keeps the column held. Checked on load: a valid pattern, and only
     * beside a dictionary. It may also take the values of a pattern ({@code orPattern}), checked likewise.
     */
    @Test
    void aListShapeReadsEveryPartOfACellAndIsCheckedOnLoad() throws IOException {
        String rules = Fixtures.minimalRules() + """
            failClosed:
              held: {attributeType: SENSITIVE}
              sensitiveMatters: [PERSON_NAME]
              personNumber: {infoType: PERSON_NAME}
              birthYear: {infoType: PERSON_NAME}
              sex: {infoType: PERSON_NAME}
              categories: {attributeType: SENSITIVE}
              harmlessShapes:
                - {dictionary: [first-names], split: '\\s*[;,+]\\s*'}
            """;
        HarmlessShapes shapes = Fixtures.loadRules(dir, rules).failClosed().harmless();
        assertThat(shapes.explainAll("col", false, Map.of("Marie; Jean", 3, "Jean", 2, "Marie + Jean", 1))).isTrue();
        assertThat(shapes.explainAll("col", false, Map.of("Marie; Paul", 3, "Jean", 2))).as("one part outside").isFalse();
        assertThat(shapes.explainAll("col", false, Map.of("Marie;", 3))).as("an empty part").isFalse();

        Fixtures.assertRulesRejected(dir, rules.replace("'\\s*[;,+]\\s*'", "'(;'"),
            "failClosed.harmlessShapes[0].split", "not a valid regular expression");
        Fixtures.assertRulesRejected(dir, rules.replace("{dictionary: [first-names],", "{pattern: x,"),
            "failClosed.harmlessShapes[0].split", "only with a dictionary");

        String orPattern = rules.replace("split: '\\s*[;,+]\\s*'", "orPattern: '\\d{1,2}h-\\d{1,2}h'");
        HarmlessShapes slots = Fixtures.loadRules(dir, orPattern).failClosed().harmless();
        assertThat(slots.explainAll("col", false, Map.of("Marie", 3, "9h-12h", 2))).as("a term or the pattern").isTrue();
        assertThat(slots.explainAll("col", false, Map.of("Paul", 3, "9h-12h", 2))).as("neither").isFalse();
        Fixtures.assertRulesRejected(dir, orPattern.replace("'\\d{1,2}h", "'(\\d{1,2}h"),
            "failClosed.harmlessShapes[0].orPattern", "not a valid regular expression");
        Fixtures.assertRulesRejected(dir, orPattern.replace("{dictionary: [first-names],", "{pattern: x,"),
            "failClosed.harmlessShapes[0].orPattern", "only with a dictionary");
    }
}
