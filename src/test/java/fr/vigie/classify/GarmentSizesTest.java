package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A garment's size written as letters (XS to XXL) under a name saying it is one (round 9: the volunteers' "T-Shirt Size"
 * and the generated club's "taille_maillot" were held for review), attacked with a German volunteer export and a
 * Spanish basketball club ({@code attacks-26/}): what the service hands out, not a trait of the person, even beside an
 * allergy. A height in centimetres beside the allergy stays held.
 */
class GarmentSizesTest {
    private static final Fixtures.Folder FILES = Fixtures.folder("attacks-26");

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"ehrenamt_plattform_export_de.csv, T-Shirt-Größe", "club_baloncesto_socios_es.csv, Talla camiseta"})
    void aGarmentSizeInLettersIsReleased(String name, String column) {
        assertThat(FILES.file(name).column(column).attributeType()).isEqualTo(AttributeType.INSENSITIVE);
    }

    /** Guards: the child's height beside an allergy, and the allergy itself, stay held. */
    @Test
    void aHeightAndAnAllergyBesideTheSizeStayHeld() {
        ClassificationResult r = FILES.file("club_baloncesto_socios_es.csv");

        assertThat(r.column("Altura (cm)").attributeType()).isNotEqualTo(AttributeType.INSENSITIVE);
        assertThat(r.column("Alergias").attributeType()).isEqualTo(AttributeType.SENSITIVE);
    }
}
