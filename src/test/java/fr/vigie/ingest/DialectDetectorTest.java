package fr.vigie.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DialectDetectorTest {

    private static DialectDetector.Choice detect(String text) {
        return DialectDetector.detect(text, true, null, null, null);
    }

    @Test
    void aCommaInEveryRowDoesNotWinOverRaggedSemicolons() {
        String text = """
                id;nom;prenom;adresse;suivi
                1;Martin;Léa;12, rue Foch;RAS
                2;Dubois;Hugo;3, rue de la Loge
                3;Durand;Zoé;40, avenue de Lodève;RAS;relance
                4;Petit;Inès;7, place de la Comédie
                """;

        assertThat(detect(text).separator()).isEqualTo(';');
    }

    @Test
    void frenchDecimalsDoNotMakeTheCommaTheSeparator() {
        String text = "nom;revenu;aide\nMartin;1 234,50;12,5\nDubois;980,00;3,25\nPetit;2 100,75;0,5\n";

        assertThat(detect(text)).isEqualTo(new DialectDetector.Choice(';', '"', 1));
    }

    @Test
    void aHeaderOfAnotherWidthThanTheRowsIsKeptNotPassedOverAsATitle() {
        String text = "nom;prenom;commune\nMartin;Léa;Lattes;RAS\nDubois;Hugo;Pérols;à revoir\n";

        assertThat(detect(text).headerLine()).isEqualTo(1);
    }

    @Test
    void aTitleBlockIsPassedOver() {
        String rows = "nom;prenom;date;montant\nMartin;Léa;01/02/1990;12\nDubois;Hugo;03/04/1985;7\n";

        assertThat(detect("Export CCAS;;;\nGénéré le 12/01/2025\n\n" + rows).headerLine()).isEqualTo(4);
        // a short line holding a value may be a data row: it is not passed over unseen (the job can set headerLine)
        assertThat(detect("Export CCAS;;;\nGénéré le;12/01/2025\n\n" + rows).headerLine()).isEqualTo(2);
    }

    @Test
    void aFirstRowWithAnEmailOrADateIsData() {
        assertThat(detect("Martin;lea@example.org;Lattes\nDubois;hugo@example.org;Pérols\n").headerLine()).isZero();
        assertThat(detect("Martin;01/02/1990;Lattes\nDubois;03/04/1985;Pérols\n").headerLine()).isZero();
    }

    @Test
    void aFirstRowRepeatingValuesOfItsColumnsIsData() {
        String text = "Martin;Lattes;oui\nDubois;Pérols;non\nPetit;Lattes;oui\nMartin;Grabels;non\n";

        assertThat(detect(text).headerLine()).isZero();
    }

    @Test
    void aHeaderRepeatedAmongTheRowsIsStillTheHeader() {
        String text = "id;nom\n1;Martin\nid;nom\n2;Dubois\n";

        assertThat(detect(text).headerLine()).isEqualTo(1);
    }

    @Test
    void singleQuotesAreTheQuoteWhenFieldsOpenWithThem() {
        String text = "id,ville,note\n1,'Saint-Jean-de-Védas, Hérault',3\n2,'Lattes',4\n3,Pérols,5\n";

        assertThat(detect(text)).isEqualTo(new DialectDetector.Choice(',', '\'', 1));
    }

    /**
     * A quoted cell may hold any separator: that is what quoting is for. Cut by a wrong separator, the same
     * record leaves quotes in the middle of unquoted cells, which no CSV writer produces.
     */
    @Test
    void quotedCellsHoldingCommasDoNotMakeTheCommaTheSeparator() {
        String text = """
                n;donnees
                1;"{""famille"": {""enfants"": 1, ""situation"": ""seule""}, ""sante"": {""handicap"": ""non""}}"
                2;"{""famille"": {""enfants"": 3, ""situation"": ""couple""}, ""sante"": {""handicap"": ""oui""}}"
                3;"{""famille"": {""enfants"": 0, ""situation"": ""seule""}, ""sante"": {""handicap"": ""non""}}"
                """;

        assertThat(detect(text)).isEqualTo(new DialectDetector.Choice(';', '"', 1));
    }

    @Test
    void aQuotedCellHoldingSemicolonsInACommaFileKeepsTheComma() {
        String text = "id,commune,note\n1,\"Lattes; Pérols\",3\n2,\"Grabels; Juvignac\",4\n3,Lattes,5\n";

        assertThat(detect(text)).isEqualTo(new DialectDetector.Choice(',', '"', 1));
    }

    @Test
    void whatTheJobSetsIsTakenAsIs() {
        String text = "a;b\n1;2\n";

        assertThat(DialectDetector.detect(text, true, '|', '\'', 0)).isEqualTo(new DialectDetector.Choice('|', '\'', 0));
    }
}
