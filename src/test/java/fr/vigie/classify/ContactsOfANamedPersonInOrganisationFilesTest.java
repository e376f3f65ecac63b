package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * In an organisation's file, a contact column is the organisation's only when its values are generic (a switchboard,
 * info@, kontakt@); a personal mobile or a mailbox with a person's name beside a column naming a person (the owner, the
 * manager) makes it that person's, even when most values are generic. And an owner's contact in a register, phones and
 * mailboxes mixed, identifies the owner. Attack files in {@code attacks-26/} (German, English, Spanish), written apart
 * from round 9's driving schools and lost-property files.
 */
class ContactsOfANamedPersonInOrganisationFilesTest {
    private static final Fixtures.Folder FILES = Fixtures.folder("attacks-26");


    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"fahrschulen_partner_muenchen_de.csv, Telefon", "fahrschulen_partner_muenchen_de.csv, E-Mail",
        "objetos_perdidos_registro_es.csv, Contacto titular"})
    void personalContactsAmongGenericOnesIdentify(String name, String column) {
        ColumnClassification c = FILES.file(name).column(column);

        assertThat(c.attributeType()).isEqualTo(AttributeType.IDENTIFYING);
    }

    /** Regression (cost check): switchboards and role mailboxes beside a named officer stay the organisations'. */
    @Test
    void genericContactsBesideANamedOfficerStayTheOrganisations() {
        ClassificationResult r = FILES.file("housing_associations_nominations_en.csv");

        assertThat(r.column("Phone").attributeType()).isEqualTo(AttributeType.INSENSITIVE);
        assertThat(r.column("Email").attributeType()).isEqualTo(AttributeType.INSENSITIVE);
    }
}
