package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The number of children and the composition of a person's household named in more languages (round 9: Reykjavík's
 * "Fjöldi barna" and "Fjölskyldugerð", Lviv's "Склад сім'ї" were held for review as unknown categories), attacked with
 * files of other languages ({@code attacks-26/}): a Romanian social aid file and a Lithuanian housing queue with a
 * Russian header. They are quasi-identifiers (labelling conventions: household size), not unknown codes.
 */
class HouseholdSizeInMoreLanguagesTest {
    private static final Fixtures.Folder FILES = Fixtures.folder("attacks-26");

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"cluj_ajutor_social_ro.csv, Număr de copii", "cluj_ajutor_social_ro.csv, Număr membri familie",
        "klaipeda_busto_eile_lt.csv, Vaikų skaičius", "klaipeda_busto_eile_lt.csv, Состав семьи"})
    void theNumberOfChildrenOrTheHouseholdsCompositionIsAQuasiIdentifier(String name, String column) {
        ColumnClassification c = FILES.file(name).column(column);

        assertThat(c.attributeType()).isEqualTo(AttributeType.QUASI_IDENTIFYING);
        assertThat(c.infoType()).isEqualTo("HOUSEHOLD_SIZE");
    }
}
