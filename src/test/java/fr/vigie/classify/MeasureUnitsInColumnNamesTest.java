package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import fr.vigie.model.Domain;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A unit of measure in a column's name (kg, km, m3, kWh, min...) says the column measures a thing: in a file about
 * persons its figures are no money tied to the person, while a body's weight stays health and money named as money
 * stays money. Files in {@code src/test/resources/classify/attacks-30/} (README there).
 */
class MeasureUnitsInColumnNamesTest {
    private static final Fixtures.Folder FILES = Fixtures.folder("attacks-30");

    @TempDir
    Path dir;

    /** Volunteers picking litter (French): the kilograms they picked are no money of theirs; their names stay. */
    @Test
    void kilogramsPickedByAVolunteerAreNoMoney() {
        ClassificationResult r = FILES.file("p30_benevoles_ramassage_dechets.csv");

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PERSON);
        assertThat(r.column("Nom").attributeType()).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(r.column("Déchets ramassés (kg)").domain()).isNull();
        assertThat(r.column("Déchets ramassés (kg)").infoType()).isNotEqualTo("AMOUNT");
    }

    /** Allotment holders (English): compost delivered in kg is no money; the annual fee named as such stays money. */
    @Test
    void aMeasureIsNoMoneyButAFeeNamedSoStaysMoney() {
        ClassificationResult r = FILES.file("p30_allotment_holders_en.csv");

        assertThat(r.column("Compost delivered (kg)").domain()).isNull();
        assertThat(r.column("Annual fee").domain()).isEqualTo(Domain.FINANCIAL);
        assertThat(r.column("Mobile").attributeType()).isEqualTo(AttributeType.IDENTIFYING);
    }

    /** Look-alike: patients' weight in kg and height in cm stay body measurements (health). */
    @Test
    void aPatientsWeightInKilogramsStaysHealth() {
        ClassificationResult r = FILES.file("p30_patients_noms_fontaine.csv");

        assertThat(r.column("Poids (kg)").domain()).isEqualTo(Domain.HEALTH);
        assertThat(r.column("Taille (cm)").domain()).isEqualTo(Domain.HEALTH);
    }

    /** The units' list is a rules key checked on load: an unknown dictionary is an error naming the key. */
    @Test
    void anUnknownListOfUnitsIsRejectedOnLoad() throws Exception {
        Fixtures.assertProjectRulesRejected(dir, rules -> rules.replace("    units: measure-units\n",
            "    units: no-such-units\n"), "context.money.units", "unknown dictionary");
        Fixtures.assertProjectRulesRejected(dir.resolve("age"), rules -> rules.replace("        units: measure-units}",
            "        units: no-such-units}"), "failClosed.age.units", "unknown dictionary");
    }
}
