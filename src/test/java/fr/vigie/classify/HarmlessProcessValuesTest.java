package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Process values about a person's follow-up that a public standard names, on files of our own
 * ({@code src/test/resources/classify/process-values/}): durations and counts named with their unit or as a count
 * (UCUM units, CLDR unit and date-field names: "Durée (min)", "Nb entretiens", "heures"), attendance (HL7 FHIR
 * participation status: "Présent", "Excusé"; a yes/no under a name of attendance), slots and weeks (CLDR abbreviated
 * days with a time, ISO 8601 weeks: "mer 10h00", "v.45-47 2026"). They are explained, so not held for review. The
 * same shapes under a name or beside values that tell a special category (psychiatric stays, a prison sentence, hours
 * of disability assistance, attendance at an addictions group, a union) stay held, and so do counts and attendance in
 * a file another column of which is a disability (hours of assistance), and a count of the household's persons.
 */
class HarmlessProcessValuesTest {
    private static final Fixtures.Folder FILES = Fixtures.folder("process-values");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Durée (min)", "Nb entretiens", "heures", "Trajet (heures)", "Présence", "venu", "Créneau",
        "Période", "Jours de retard", "Surface (m²)", "Priorité", "Mouvement"})
    void aProcessValueAStandardNamesIsNotHeld(String name) {
        ColumnClassification c = FILES.column("ateliers_emploi_suivi.csv", name);

        assertThat(c.attributeType()).as(name).isEqualTo(AttributeType.INSENSITIVE);
        assertThat(c.reviewNeeded()).as(name).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Nb hospitalisations psychiatriques", "Durée de la peine (mois)",
        "Heures d'aide humaine (handicap)", "Présence groupe addictions", "Nb séjours en détention", "Jours ITT",
        "Nb passages CAARUD", "Présence", "Nb réunions syndicales", "Risque", "Glycémie"})
    void aProcessShapeBesideASpecialCategoryStaysProtected(String name) {
        ColumnClassification c = FILES.column("suivi_social_parcours.csv", name);

        assertThat(c.attributeType()).as(name + " " + c.evidence()).isIn(AttributeType.SENSITIVE, AttributeType.IDENTIFYING);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Heures mensuelles", "Durée (min)", "Présence", "venu"})
    void aCountOrAnAttendanceInAFileOfASpecialCategoryStaysHeld(String name) {
        ColumnClassification c = FILES.column("aide_humaine_heures.csv", name);

        assertThat(c.attributeType()).as(name).isEqualTo(AttributeType.SENSITIVE);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Heures", "Durée (mois)"})
    void aCountBesideAMembershipIsNotAMeasureOfIt(String name) {
        ColumnClassification c = FILES.column("decharges_agents.csv", name);

        assertThat(c.attributeType()).as(name).isEqualTo(AttributeType.INSENSITIVE);
        assertThat(c.reviewNeeded()).as(name).isFalse();
    }

    @org.junit.jupiter.api.Test
    void aCountOfTheHouseholdsPersonsIsNotLetThroughAsACount() {
        ColumnClassification c = FILES.column("aide_humaine_heures.csv", "Nb personnes au foyer");

        assertThat(c.attributeType()).isNotEqualTo(AttributeType.INSENSITIVE);
    }
}
