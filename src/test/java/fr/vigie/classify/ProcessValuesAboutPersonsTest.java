package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * In a file about persons, a column no rule names is held for review unless every value has a shape known to be
 * harmless. Values about the request rather than the person are such shapes: its state (FHIR request and task status,
 * schema.org ActionStatusType), the channel it came by (CPSV-AP channels), the means of payment (schema.org
 * PaymentMethod, ISO 20022), the calendar (CLDR month and day names, quarters), whole numbers under a name that only
 * says when, and a yes/no under a name that only asks about the request. One value outside the list (a reason after
 * the state, a social voucher among the means of payment), a name no list holds or a name of a health condition keeps
 * the column held.
 */
class ProcessValuesAboutPersonsTest {

    /** A file about persons (names, e-mail, a date) with the column under test; values separated by '|'. */
    private static ColumnClassification column(String name, String values) {
        String[] v = values.split("\\|");
        List<String[]> rows = new ArrayList<>();
        String[][] persons = {{"MARTIN", "Léa", "lea.martin@example.fr"}, {"DUBOIS", "Karim", "k.dubois@example.fr"},
            {"PETIT", "Julie", "jpetit@example.fr"}, {"LEROY", "Marc", "marc.leroy@example.fr"},
            {"GARNIER", "Anne", "a.garnier@example.fr"}, {"MOREAU", "Sophie", "s.moreau@example.fr"},
            {"FOURNIER", "Hugo", "hugo.f@example.fr"}};
        for (int i = 0; i < 60; i++) {
            String[] p = persons[i % persons.length];
            rows.add(new String[] {p[0], p[1], p[2], String.format("%02d/03/2025", 1 + i % 28), v[i % v.length]});
        }
        return Fixtures.table(List.of("nom", "prenom", "email", "date_demande", name), rows.toArray(String[][]::new))
            .column(name);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        "statut_demande; Reçue|En cours|Clôturée|En attente|Incomplète",
        "etat; Déposée|En instruction|Acceptée|Refusée|Clôturée",
        "Status; Pending|Accepted|In progress|Completed|Cancelled|On hold",
        "canal; Guichet|Courrier|Téléphone|En ligne|Email",
        "Channel; Phone|Online|In person|Post",
        "mode_paiement; Chèque|Virement|Espèces|CB|Prélèvement",
        "Zahlungsart; Überweisung|Lastschrift|Bar|Kreditkarte",
        "Payment Method; Cash|Card|Direct debit|Bank transfer|Cheque",
        "dossier_complet; Oui|Non",
        "piece_justificative_recue; oui|non",
        "mois; janvier|février|mars|avril|mai|juin|juillet",
        "jour_semaine; lundi|mardi|mercredi|jeudi|vendredi",
        "Trimestre; 2024-T3|2024-T4|2025-T1|2025-T2",
        "mois; 1|2|3|4|5|6|7|8|9|10|11|12",
        "heure; 8|9|10|11|14|15|16|17",
        "nb_jours_semaine; 1|2|3|4|5"})
    void valuesAboutTheRequestAreNotHeld(String name, String values) {
        ColumnClassification c = column(name, values);

        assertThat(c.attributeType()).isEqualTo(AttributeType.INSENSITIVE);
        assertThat(c.reviewNeeded()).isFalse();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        // one value outside the process: the state carries a reason
        "statut_demande; Reçue|En cours|Clôturée|Refusée - violences conjugales",
        "etat; En cours|Clôturée|Refusée|Suspendue (raison médicale)",
        // a means of payment that tells hardship
        "mode_paiement; Chèque|Virement|Bons alimentaires CCAS|Espèces",
        // yes/no under an opaque name, a word no list holds, a health condition, a migrant status
        "Q7; Oui|Non",
        "cukrzyca; Oui|Non",
        "diabete; Oui|Non",
        "vih; yes|no",
        "mna; Oui|Non",
        "residence_principale; Oui|Non",
        // a state or a when under a health word: the name tells what is in progress
        "dialyse; En cours|Terminée",
        "Arrêt (jours); 3|5|7|14|21|30",
        "jours_hospitalisation; 1|2|3|4|5|6"})
    void aProcessShapeDoesNotLetThroughWhatTellsAboutThePerson(String name, String values) {
        ColumnClassification c = column(name, values);

        assertThat(c.attributeType()).isEqualTo(AttributeType.SENSITIVE);
    }
}
