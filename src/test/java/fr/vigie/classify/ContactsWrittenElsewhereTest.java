package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Direct identifiers of persons written the way other countries or other departments write them, which held-out round 7
 * missed, on files of our own ({@code src/test/resources/classify/contacts/}): national phone numbers of the file's
 * country without their prefix ("92599677" beside "+47 912 34 567"), street addresses whose street generic is part of
 * the word ("Storgata 12", "Kirkegata 55B") or whose number comes first ("44 Bramley Close"), a household's key shared by
 * a few rows, a national number written with separators and left blank on some rows, and a column in which only a share
 * of the values are titled persons' names ("Mme Morel", "famille GIRARD") among descriptions. What must not move: an
 * organisation's switchboard numbers and street names without numbers, product codes, amounts, counts, postal codes.
 */
class ContactsWrittenElsewhereTest {
    private static final Fixtures.Folder FILES = Fixtures.folder("contacts");

    @ParameterizedTest(name = "{0}, {1}: {2} {3}")
    @CsvSource(delimiter = '|', value = {
        // file | column | attributeType | infoType ('': any)
        "tromso_fritidsklubb_no.csv | Tlf. | IDENTIFYING | PHONE_NUMBER",
        "tromso_fritidsklubb_no.csv | Bosted | IDENTIFYING | STREET_ADDRESS",
        "tromso_fritidsklubb_no.csv | Husstand | IDENTIFYING | ''",
        "tromso_fritidsklubb_no.csv | Ref | IDENTIFYING | ''",
        "signalements_voisinage.csv | Logement | IDENTIFYING | STREET_ADDRESS",
        "signalements_voisinage.csv | Personne visée | IDENTIFYING | PERSON_NAME",
    })
    void directIdentifiersWrittenElsewhereAreFound(String file, String name, AttributeType type, String infoType) {
        ColumnClassification c = FILES.file(file).column(name);
        assertThat(c.attributeType()).as(c.toString()).isEqualTo(type);
        if (!infoType.isEmpty()) {
            assertThat(c.infoType()).as(c.toString()).isEqualTo(infoType);
        }
    }

    @ParameterizedTest(name = "{0}, {1} stays out")
    @CsvSource(delimiter = '|', value = {
        "tromso_fritidsklubb_no.csv | Kontingent",
        "tromso_fritidsklubb_no.csv | Varekode",
        "tromso_fritidsklubb_no.csv | Antall",
        "tromso_fritidsklubb_no.csv | Postnr",
        "tromso_leverandorer_no.csv | Sentralbord",
        "tromso_leverandorer_no.csv | Gate",
        "tromso_leverandorer_no.csv | Omsetning (kr)",
        "signalements_voisinage.csv | Nature",
    })
    void amountsCodesCountsAndAnOrganisationsContactsAreNoPersonsIdentifiers(String file, String name) {
        ColumnClassification c = FILES.file(file).column(name);
        assertThat(c.attributeType()).as(c.toString()).isNotEqualTo(AttributeType.IDENTIFYING);
    }

    /**
     * An Irish Eircode names one address (a routing key and a unique identifier: "D17 D9T2"), unlike a French postal
     * code shared by a town: a direct identifier, whatever the column is called.
     */
    @Test
    void anEircodeIdentifiesOneAddress() {
        String[] codes = {"D17 D9T2", "D11 H7C6", "A94 X2F8", "T12 K7P4", "H91 E2R6", "D6W YF82", "V94 T9PX", "C15 N8R3",
            "F92 PX95", "R95 A0C4", "K78 D2W6", "P31 YH76"};
        String[][] rows = new String[codes.length][];
        for (int i = 0; i < codes.length; i++) {
            rows[i] = new String[] {"HA/2018/0" + (1200 + i), codes[i], String.valueOf(1 + i % 6)};
        }
        ColumnClassification c = Fixtures.table(List.of("Application No", "Code", "Household Size"), rows).column("Code");

        assertThat(c.attributeType()).as(c.toString()).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(c.infoType()).as(c.toString()).isEqualTo("POSTAL_CODE");
    }
}
