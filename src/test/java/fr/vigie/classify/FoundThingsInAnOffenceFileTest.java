package fr.vigie.classify;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Found bicycles returned to their owners, in a file that also records the theft complaint: the bicycle's make, colour,
 * kind and fate are described by name and values and are released; the owner's columns and the complaint stay
 * protected. Files in {@code src/test/resources/classify/attacks-31g/} (README there).
 */
class FoundThingsInAnOffenceFileTest {
    private static final Fixtures.Folder FILES = Fixtures.folder("attacks-31g");

    private static void assertReleased(ClassificationResult r, String column) {
        Fixtures.assertReleased(r.column(column));
    }

    @Test
    void aFoundBicyclesMakeColourKindAndFateAreReleasedInGerman() {
        ClassificationResult r = FILES.file("g31_fundraeder_rueckgabe_de.csv");

        assertReleased(r, "Marke");
        assertReleased(r, "Farbe");
        assertReleased(r, "Fahrradtyp");
        assertReleased(r, "Verbleib");
    }

    /** The other side, same file: the owner and the complaint stay protected. */
    @Test
    void theOwnerAndTheComplaintStayProtectedInGerman() {
        ClassificationResult r = FILES.file("g31_fundraeder_rueckgabe_de.csv");

        Fixtures.assertProtected(r.column("Eigentümer"));
        Fixtures.assertProtected(r.column("Telefon Eigentümer"));
        Fixtures.assertNotReleased(r.column("Strafanzeige Aktenzeichen"));
    }

    @Test
    void aFoundBicyclesMakeColourKindAndFateAreReleasedInSpanish() {
        ClassificationResult r = FILES.file("g31_bicicletas_recuperadas_es.csv");

        assertReleased(r, "Marca");
        assertReleased(r, "Color");
        assertReleased(r, "Tipo bicicleta");
        assertReleased(r, "Estado");
        Fixtures.assertProtected(r.column("Propietario"));
        Fixtures.assertProtected(r.column("DNI propietario"));
    }

    /** Only a name and values together may describe a thing in the file of a sensitive matter. */
    @Test
    void aThingsShapeInAMatterNeedsANameRule(@TempDir Path dir) throws IOException {
        Fixtures.assertProjectRulesRejected(dir, yaml -> yaml.replace("{dictionary: [colour-names], nameAny: colour-name-words, inMatter: true,",
            "{dictionary: [colour-names], inMatter: true,"),
            "failClosed.harmlessShapes[" + Fixtures.harmlessShapeIndex("colour-names") + "].inMatter", "inMatter needs nameAny");
    }
}
