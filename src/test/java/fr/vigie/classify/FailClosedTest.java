package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import fr.vigie.model.ProtectedAttribute;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * What the rules do not understand in a file about persons is held for review, never let through as
 * harmless; what they positively know to be ordinary stays ordinary. The variable names below are made
 * up on purpose: no rule knows them, only the value profiles speak.
 */
class FailClosedTest {
    private static final int ROWS = 300;

    /** A coded person file with variable names no rule knows ("QX" codes of a survey nobody wrote rules for). */
    private static ClassificationResult codedSurvey() {
        List<String> header = List.of("QX001", "QX030", "QX140", "QX150", "QX190", "QX210", "QH010", "QH020", "QW040");
        Random random = new Random(7);
        Classifier classifier = Fixtures.classifier();
        ColumnSampler sampler = classifier.sampler(header);
        for (int i = 0; i < ROWS; i++) {
            sampler.accept(new String[] {"2024", String.valueOf(5_100_301 + i * 7), String.valueOf(1935 + random.nextInt(70)),
                String.valueOf(1 + i % 2), String.valueOf(1 + random.nextInt(5)), List.of("LOC", "EU", "OTH").get(random.nextInt(3)),
                String.valueOf(1 + random.nextInt(5)), String.valueOf(random.nextInt(10) < 3 ? 1 : 2),
                String.format(java.util.Locale.ROOT, "%.4f", 800 + random.nextDouble() * 4000)});
        }
        return classifier.classify("survey", ROWS, sampler, Map.of(), null);
    }

    @Test
    void aCodedPersonFileWithNoKnownNameIsPersonalDataRecognisedByItsValueProfiles() {
        ClassificationResult survey = codedSurvey();

        assertThat(survey.dataset().personalData()).isTrue();
        assertThat(survey.dataset().dataSubject()).isEqualTo(DataSubject.PERSON);
        assertThat(survey.column("QX030").attributeType()).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(survey.column("QX140").protectedAttribute()).isEqualTo(ProtectedAttribute.AGE);
        // The balanced 1/2 column is the sex; the unbalanced one (a yes/no answer) is not.
        assertThat(survey.column("QX150").infoType()).isEqualTo("GENDER");
        assertThat(survey.column("QH020").infoType()).isNull();
        for (String guessed : List.of("QX030", "QX140", "QX150")) {
            assertThat(survey.column(guessed).reviewNeeded()).as(guessed).isTrue();
            assertThat(survey.column(guessed).confidence()).as(guessed).isLessThan(0.6);
        }
    }

    @Test
    void theCodebookShapesOfCensusAndEuropeanMicrodataAreRecognised() {
        ClassificationResult r = Fixtures.table(List.of("SEXEM", "TACTM", "QB210"),
            new String[] {"1", "11", "LOC"},
            new String[] {"2", "21", "EU"},
            new String[] {"2", "12", "LOC"},
            new String[] {"1", "22", "OTH"});
        // A variable of the household's reference person ("M"), its values fitting the code list.
        assertThat(r.column("SEXEM").infoType()).isEqualTo("GENDER");
        assertThat(r.column("TACTM").infoType()).isEqualTo("EMPLOYMENT_STATUS");
        // Country groups of birth or citizenship.
        assertThat(r.column("QB210").protectedAttribute()).isEqualTo(ProtectedAttribute.ORIGIN);
    }

    /**
     * The EU-SILC codebook's own names (Eurostat DocSILC065) are decided when their values fit them, not held:
     * health, disability, income and benefits, marital and employment status; their flags stay flags, and the
     * same names over values that do not fit are not read so.
     */
    @Test
    void theEuSilcCodebookNamesAreDecidedAndTheirFlagsStayFlags() {
        ClassificationResult r = Fixtures.table(List.of("PB140", "PB190", "PL040A", "PH010", "PH020", "PH020_F", "PH030",
                "PY010G", "PY010G_F", "PY130G"),
            new String[] {"1969", "3", "3", "1", "1", "1", "3", "16919.81", "1", "0.00"},
            new String[] {"1973", "2", "1", "2", "2", "1", "2", "0.00", "0", "412.50"},
            new String[] {"1951", "1", "2", "4", "1", "-1", "1", "21040.00", "1", "0.00"},
            new String[] {"2001", "1", "3", "3", "2", "1", "3", "8400.10", "1", "0.00"});
        assertThat(r.column("PB140").infoType()).isEqualTo("DATE_OF_BIRTH");
        assertThat(r.column("PB190").infoType()).isEqualTo("FAMILY_SITUATION");
        assertThat(r.column("PL040A").infoType()).isEqualTo("EMPLOYMENT_STATUS");
        assertThat(r.column("PH010").infoType()).isEqualTo("HEALTH_DATA");
        assertThat(r.column("PH030").infoType()).isEqualTo("DISABILITY");
        assertThat(r.column("PY010G").infoType()).isEqualTo("INCOME");
        assertThat(r.column("PY130G").infoType()).isEqualTo("DISABILITY");
        for (String decided : List.of("PB190", "PH010", "PH030", "PY010G")) {
            assertThat(r.column(decided).reviewNeeded()).as(decided).isFalse();
        }
        assertThat(r.column("PH020_F").attributeType()).isEqualTo(AttributeType.INSENSITIVE);
        assertThat(r.column("PY010G_F").attributeType()).isEqualTo(AttributeType.INSENSITIVE);
        // A codebook name over values that are no codes of it: the name alone does not decide.
        assertThat(Fixtures.classifier().classifyColumn("PB190", Fixtures.repeat(60, "Marié", "Célibataire", "Veuf"))
            .evidence().rule()).isNotEqualTo("silc-marital");
    }

    @Test
    void unknownCodesOfAPersonFileAreHeldAsSensitiveForReview() {
        ClassificationResult survey = codedSurvey();

        for (String coded : List.of("QX190", "QH010", "QH020")) {
            ColumnClassification column = survey.column(coded);
            assertThat(column.attributeType()).as(coded).isEqualTo(AttributeType.SENSITIVE);
            assertThat(column.reviewNeeded()).as(coded).isTrue();
            assertThat(column.confidence()).as(coded).isLessThan(0.6);
            assertThat(survey.dataset().columnsNeedingReview()).contains(coded);
        }
        // One value everywhere tells nothing about anyone; a weight (many different values) is no code, but under a name
        // that says nothing no value says it is a weight rather than an income or a lab value: held all the same.
        assertThat(survey.column("QX001").reviewNeeded()).isFalse();
        assertThat(survey.column("QW040").reviewNeeded()).isTrue();
    }

    @Test
    void theCategoriesOfASensitiveProcedureThatNoRuleKnowsAreHeldForReview() {
        ClassificationResult placements = Fixtures.table(List.of("nom", "natinf", "juridiction", "etape", "date_jugement"),
            new String[] {"MARTIN", "7151", "TJ Montpellier - CRPC", "Incident - rapport au JAP", "12/03/2024"},
            new String[] {"DUBOIS", "180", "Cour d'appel de Montpellier", "Terminé", "01/07/2024"},
            new String[] {"PETIT", "42", "TJ Béziers - tribunal correctionnel", "Suspendu", "18/09/2023"});

        assertThat(placements.column("juridiction").attributeType()).isEqualTo(AttributeType.SENSITIVE);
        assertThat(placements.column("juridiction").reviewNeeded()).isTrue();
        assertThat(placements.column("etape").reviewNeeded()).isTrue();
        // An event date is positively known: it stays a date.
        assertThat(placements.column("date_jugement").infoType()).isEqualTo("DATE");
        assertThat(placements.column("date_jugement").reviewNeeded()).isFalse();
    }

    /** A count of what the matter is about is part of it; a quantity of training is known to be ordinary. */
    @Test
    void aCountInTheFileOfASensitiveMatterIsHeldButHoursOfTrainingAreNot() {
        ClassificationResult r = Fixtures.table(List.of("nom", "natinf", "nb_condamnations", "Training Hours"),
            new String[] {"MARTIN", "7151", "2", "12"},
            new String[] {"DUBOIS", "180", "0", "3"},
            new String[] {"PETIT", "42", "5", "0"},
            new String[] {"ROBERT", "42", "1", "7"});
        assertThat(r.column("nb_condamnations").attributeType()).isEqualTo(AttributeType.SENSITIVE);
        assertThat(r.column("nb_condamnations").reviewNeeded()).isTrue();
        assertThat(r.column("Training Hours").attributeType()).isEqualTo(AttributeType.INSENSITIVE);
        assertThat(r.column("Training Hours").reviewNeeded()).isFalse();
    }

    @Test
    void aFileThatLostItsColumnNamesHasItsUnknownCategoriesHeldForReview() {
        ClassificationResult r = Fixtures.table(List.of("Champ 1", "Champ 2", "Champ 3", "Champ 4", "Champ 5"),
            new String[] {"MARTIN", "06 12 34 56 78", "Personne isolée de plus de 65 ans", "Oui", "4"},
            new String[] {"DUBOIS", "06 98 76 54 32", "Personne en situation de fragilité", "Non", "2"},
            new String[] {"PETIT", "07 11 22 33 44", "Personne isolée de plus de 65 ans", "Oui", "5"});
        for (String held : List.of("Champ 3", "Champ 4", "Champ 5")) {
            assertThat(r.column(held).attributeType()).as(held).isEqualTo(AttributeType.SENSITIVE);
            assertThat(r.column(held).reviewNeeded()).as(held).isTrue();
        }
        assertThat(r.column("Champ 2").infoType()).isEqualTo("PHONE_NUMBER");
    }

    @Test
    void flagsOfAnotherColumnTimesOfDayAndStepsOfADoubtfulMatterAreNotHeld() {
        ClassificationResult survey = Fixtures.table(List.of("QX150", "QX190", "QX190_F", "QX200", "QX210"),
            new String[] {"1", "3", "1", "2", "4"},
            new String[] {"2", "1", "-1", "1", "2"},
            new String[] {"1", "2", "1", "3", "1"});
        assertThat(survey.column("QX190").reviewNeeded()).isTrue();
        assertThat(survey.column("QX190_F").attributeType()).as("a flag on QX190").isEqualTo(AttributeType.INSENSITIVE);

        ClassificationResult reports = Fixtures.table(List.of("nom", "natinf", "heure", "canal"),
            new String[] {"MARTIN", "7151", "07h30", "Téléphone"},
            new String[] {"DUBOIS", "180", "14:45", "Web"},
            new String[] {"PETIT", "42", "22h05", "Guichet"});
        assertThat(reports.column("heure").infoType()).isEqualTo("DATE");
        assertThat(reports.column("heure").reviewNeeded()).isFalse();
        assertThat(reports.column("canal").reviewNeeded()).as("a step of the offence procedure").isTrue();

        // An unnamed column only in doubt about offences makes no offence procedure of the file.
        ClassificationResult requests = Fixtures.table(List.of("nom", "x", "canal"),
            new String[] {"MARTIN", "Tapage nocturne", "Téléphone"},
            new String[] {"DUBOIS", "Nid de poule", "Web"},
            new String[] {"PETIT", "Éclairage public", "Guichet"},
            new String[] {"LEROY", "Dépôt sauvage", "Web"},
            new String[] {"GARNIER", "Tag", "Guichet"},
            new String[] {"FAURE", "Vol à l'étalage", "Web"});
        assertThat(requests.column("canal").domain()).as("not held as a step of an offence procedure").isNull();
    }

    /**
     * Fail closed trades the DPO's time for recall: the pool's "bassin" and "formule" are harmless, but no rule
     * says so and "Olympique"/"Ludique" are no more known words than "cukrzyca"; the department pins them once.
     */
    @Test
    void aFileTheRulesUnderstandHoldsOnlyTheCategoriesNoRuleExplains() {
        ClassificationResult pool = Fixtures.table(List.of("nom", "prenom", "date_naissance", "telephone", "bassin", "formule"),
            new String[] {"MARTIN", "Léa", "12/03/1985", "06 12 34 56 78", "Olympique", "Annuel"},
            new String[] {"DUBOIS", "Karim", "01/07/1990", "06 98 76 54 32", "Ludique", "Trimestriel"});

        assertThat(pool.dataset().columnsNeedingReview()).containsExactly("bassin", "formule");
        assertThat(pool.column("bassin").attributeType()).isEqualTo(AttributeType.SENSITIVE);
    }

    /**
     * A name that a rule read but the values did not bear out says nothing of what the column holds: "Niveau de risque"
     * reads as a pupil's class level, and Basse/Haute/Critique are no classes. A risk level about a person (of
     * relapse, of violence, of suicide) may be a special category; it is held like a column no rule knows.
     */
    @Test
    void aColumnWhoseNameRuleTheValuesDidNotBearOutIsHeldLikeAnUnknownOne() {
        String[] levels = {"Basse", "Moyenne", "Haute", "Critique"};
        List<String[]> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 24; i++) {
            rows.add(new String[] {"NOM" + (char) ('A' + i), "Léa", String.format("%02d/03/19%02d", 1 + i, 50 + i),
                "06 12 34 56 " + String.format("%02d", i), levels[i % levels.length]});
        }
        ClassificationResult r = Fixtures.table(List.of("nom", "prenom", "date_naissance", "telephone", "Niveau de risque"),
            rows.toArray(String[][]::new));

        ColumnClassification risk = r.column("Niveau de risque");
        assertThat(risk.attributeType()).as(risk.toString()).isEqualTo(AttributeType.SENSITIVE);
        assertThat(risk.reviewNeeded()).isTrue();
    }

    @Test
    void aFacilityListHasNothingHeldForReview() {
        ClassificationResult places = Fixtures.table(List.of("nom_equipement", "type_equipement", "acces", "etage"),
            new String[] {"Gymnase Bonnet", "Gymnase", "Libre", "0"},
            new String[] {"Piscine Neptune", "Piscine", "Demander à l'accueil", "1"});

        assertThat(places.dataset().dataSubject()).isEqualTo(DataSubject.PLACE);
        assertThat(places.dataset().columnsNeedingReview()).isEmpty();
    }
}
