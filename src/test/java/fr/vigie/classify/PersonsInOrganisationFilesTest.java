package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import fr.vigie.model.Domain;
import fr.vigie.model.ProtectedAttribute;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A person inside a file that is not about persons, and a person file's columns that no name explains (files in
 * {@code src/test/resources/classify/attacks-orgs/}): the personal mailbox of an association's person in charge, a
 * note naming them with their mobile, a per-row code under a name read as free text, the share of the care a person
 * pays, a gender-identity question. Each comes with a negative that must not move: role mailboxes on the
 * organisation's own domain, a facility's opening notes with its switchboard, an order number of an organisation
 * file, rates of a table of areas.
 */
class PersonsInOrganisationFilesTest {
    private static final Fixtures.Folder FILES = Fixtures.folder("attacks-orgs");

    /** Mailboxes at consumer webmail providers or holding a person's name are the person in charge's, not the association's. */
    @Test
    void personalMailboxesInAnOrganisationFileAreThePersonsContact() {
        ClassificationResult r = FILES.file("associations_reservations_salles.csv");

        assertThat(r.column("Courriel").attributeType()).as(r.column("Courriel").toString())
            .isEqualTo(AttributeType.IDENTIFYING);
        assertThat(r.column("Courriel").infoType()).isEqualTo("EMAIL_ADDRESS");
    }

    /**
     * German webmail (gmx.de, web.de, t-online.de) is consumer webmail too: its domains were left out of the list while a
     * domain was read word by word ("gmx.de" as "gmx", "de" being a stop word); a domain is compared whole.
     */
    @Test
    void germanWebmailInAnOrganisationFileIsThePersonsContact() {
        ClassificationResult r = FILES.file("associations_transfrontalieres_webmail_de.csv");

        assertThat(r.column("Courriel").attributeType()).as(r.column("Courriel").toString())
            .isEqualTo(AttributeType.IDENTIFYING);
    }

    @Test
    void roleMailboxesOnTheOrganisationsOwnDomainStayTheOrganisations() {
        ClassificationResult r = FILES.file("annuaire_clubs_mailboxes_de_role.csv");

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.ORGANISATION);
        assertThat(r.column("Courriel").attributeType()).as(r.column("Courriel").toString())
            .isEqualTo(AttributeType.INSENSITIVE);
    }

    /** A note naming the person in charge ("chez Mme CHEN", her mobile) is personal data whatever the rows are. */
    @Test
    void freeTextNamingAPersonIsIdentifyingInAnOrganisationFile() {
        ClassificationResult r = FILES.file("associations_reservations_salles.csv");

        assertThat(r.column("Remarques").attributeType()).as(r.column("Remarques").toString())
            .isEqualTo(AttributeType.IDENTIFYING);
        assertThat(r.column("Remarques").infoType()).isEqualTo(Classifier.FREE_TEXT);
    }

    /** Without a title, a phone in a note beside the person in charge may be theirs: the note keeps its reading. */
    @Test
    void aPhoneInANoteBesideThePersonInChargeStaysIdentifying() {
        ClassificationResult r = Fixtures.table(List.of("raison_sociale", "siret", "responsable", "remarques"),
            new String[] {"Association Les Amis du Lez", "44306184100047", "PERRIN Lucie", "joindre au 06 11 22 33 44 avant 18h"},
            new String[] {"Comité des fêtes de Grabels", "73282932000074", "NGUYEN Minh", "badge à rendre, tel 07 55 12 98 40"},
            new String[] {"Chorale Saint-Clément", "55210055400013", "BENALI Karim", "salle rendue propre"},
            new String[] {"Club de scrabble Jacou", "44306184100047", "DUMONT Hélène", "rappel envoyé, répondre au 0630415263"});

        assertThat(r.column("remarques").attributeType()).as(r.column("remarques").toString())
            .isEqualTo(AttributeType.IDENTIFYING);
    }

    @Test
    void aFacilitysOpeningNotesGivingItsSwitchboardStayHarmless() {
        ClassificationResult r = FILES.file("equipements_notes_ouverture.csv");

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PLACE);
        assertThat(r.column("Notes d'ouverture").attributeType()).as(r.column("Notes d'ouverture").toString())
            .isEqualTo(AttributeType.INSENSITIVE);
    }

    /** "suivi" reads as follow-up notes, but "ACC-1000" different on every row of a person file is the record's key. */
    @Test
    void aCodeDifferentOnEveryRowUnderANameReadAsFreeTextIsTheRecordsIdentifier() {
        ColumnClassification c = FILES.file("accompagnement_domicile_suivi.csv").column("suivi");

        assertThat(c.attributeType()).as(c.toString()).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(c.infoType()).isEqualTo("RECORD_IDENTIFIER");
    }

    @Test
    void anOrderNumberDifferentOnEveryRowOfAnOrganisationFileStaysHarmless() {
        ClassificationResult r = FILES.file("commandes_fournisseurs.csv");

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.ORGANISATION);
        assertThat(r.column("Suivi commande").attributeType()).as(r.column("Suivi commande").toString())
            .isNotIn(AttributeType.IDENTIFYING, AttributeType.QUASI_IDENTIFYING);
    }

    /** The share of the care a person pays is set by their income: a percentage no rule explains is held. */
    @Test
    void aPercentageVaryingPerPersonUnderANameNoRuleExplainsIsHeld() {
        ColumnClassification c = FILES.file("accompagnement_domicile_suivi.csv").column("Quote-part usager");

        assertThat(c.attributeType()).as(c.toString()).isEqualTo(AttributeType.SENSITIVE);
        assertThat(c.domain()).isEqualTo(Domain.FINANCIAL);
        assertThat(c.reviewNeeded()).isTrue();
    }

    @Test
    void aPercentageNamedAsARateStaysInAPersonFile() {
        ColumnClassification c = FILES.file("accompagnement_domicile_suivi.csv").column("Taux TVA");

        assertThat(c.attributeType()).as(c.toString()).isEqualTo(AttributeType.INSENSITIVE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Taux de chômage", "Part des ménages imposés"})
    void ratesOfATableOfAreasStayHarmless(String column) {
        ClassificationResult r = FILES.file("communes_taux_indicateurs.csv");

        assertThat(r.column(column).attributeType()).as(r.column(column).toString()).isEqualTo(AttributeType.INSENSITIVE);
    }

    /** Trans status (ONS census 2021 question; "identité de genre", a ground of discrimination in French law). */
    @ParameterizedTest
    @ValueSource(strings = {"Is the gender you identify with the same as your sex registered at birth?",
        "Votre identité de genre est-elle identique au sexe assigné à la naissance ?"})
    void aGenderIdentityQuestionIsASpecialCategory(String column) {
        ClassificationResult r = FILES.file("questionnaire_egalite_identite_genre.csv");

        assertThat(r.column(column).attributeType()).as(r.column(column).toString()).isEqualTo(AttributeType.SENSITIVE);
        assertThat(r.column(column).domain()).isEqualTo(Domain.SPECIAL_CATEGORY);
        assertThat(r.column(column).protectedAttribute()).isEqualTo(ProtectedAttribute.GENDER);
        assertThat(r.column("What is your sex?").domain()).isNull();
    }

    /** A local part that is a name and a birth year ("valerie67") is a person's mailbox, even on an association's domain. */
    @Test
    void aNameAndDigitsBeforeTheAtSignIsAPersonsMailbox() {
        ClassificationResult r = Fixtures.table(List.of("raison_sociale", "siret", "email"),
            new String[] {"Association Les Amis du Lez", "44306184100047", "valerie67@amis-du-lez.fr"},
            new String[] {"Comité des fêtes de Grabels", "73282932000074", "thomas1984@cdf-grabels.fr"},
            new String[] {"Chorale Saint-Clément", "55210055400013", "secretariat@chorale-stclement.fr"});

        assertThat(r.column("email").attributeType()).as(r.column("email").toString()).isEqualTo(AttributeType.IDENTIFYING);
    }

    /**
     * The purpose of a booking naming a religious festival (circulaire DGAFP du 10 février 2012: Théophanie, Roch
     * Hachana, Aïd El Adha, Vesak) tells the religion of those who book, beside the person in charge: held as a special
     * category, even when most purposes are ordinary ones.
     */
    @Test
    void aBookingsPurposeNamingReligiousFestivalsIsASpecialCategory() {
        ColumnClassification c = FILES.file("associations_objet_reservations.csv").column("Objet");

        assertThat(c.attributeType()).as(c.toString()).isEqualTo(AttributeType.SENSITIVE);
        assertThat(c.domain()).isEqualTo(Domain.SPECIAL_CATEGORY);
    }

    /** A public holiday's bridge ("Pont de l'Ascension") among kinds of leave reveals no belief. */
    @Test
    void kindsOfLeaveNamingAPublicHolidayRevealNoReligion() {
        ColumnClassification c = FILES.file("agents_conges_types.csv").column("Type de congé");

        assertThat(c.domain()).as(c.toString()).isNotEqualTo(Domain.SPECIAL_CATEGORY);
    }
}
