package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import fr.vigie.model.Domain;
import org.junit.jupiter.api.Test;

/**
 * Who a file is about, and an offence's qualification: the legal qualification of a waste offence read as a job
 * (a "qualification", a "qualifica"), public contracts held by companies read as persons because the city's
 * coordinator and the company's contact are named, and a network's stops read as persons' boarding places. The
 * look-alikes: cleaning staff's job titles full of waste words, micro-entrepreneurs holding small contracts, pupils
 * and the stop where each boards. Files in {@code src/test/resources/classify/attacks-32b/} (README there).
 */
class OffenceQualificationsContractsAndStopsTest {
    private static final Fixtures.Folder FILES = Fixtures.folder("attacks-32b");

    private static void assertOffence(ColumnClassification c) {
        assertThat(c.attributeType()).isEqualTo(AttributeType.SENSITIVE);
        assertThat(c.domain()).isEqualTo(Domain.OFFENCE);
    }

    /** Fines for abandoned waste: the offence's qualification under "Qualification" is an offence, not a job. */
    @Test
    void aWasteOffencesQualificationIsAnOffenceNotAJob() {
        ClassificationResult r = FILES.file("s32_dechets_verbalisations_qualification_fr.csv");

        assertOffence(r.column("Qualification"));
    }

    /** The same family in Italian ("Qualifica", a job title's word) and Spanish ("Calificación", also a grade). */
    @Test
    void wasteOffencesInItalianAndSpanishAreOffences() {
        assertOffence(FILES.file("s32_verbali_abbandono_rifiuti_it.csv").column("Qualifica"));
        assertOffence(FILES.file("s32_sanciones_residuos_es.csv").column("Calificación"));
    }

    /** Look-alike: the cleaning staff's qualifications name waste and refuse, but no offence: still a profession. */
    @Test
    void jobTitlesFullOfWasteWordsStayAProfession() {
        ColumnClassification c = FILES.file("s32_agents_proprete_qualifications_fr.csv").column("Qualification");

        assertThat(c.attributeType()).isEqualTo(AttributeType.QUASI_IDENTIFYING);
        assertThat(c.infoType()).isEqualTo("PROFESSION");
    }

    /**
     * Public contracts held by companies: the city's coordinator of the insertion clauses and the company's contact are
     * staff and contacts, not the rows; the holders, their SIRET, address and amounts are the organisations'.
     */
    @Test
    void contractsHeldByCompaniesAreAnOrganisationsFile() {
        ClassificationResult r = FILES.file("s32_marches_heures_insertion_fr.csv");

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.ORGANISATION);
        for (String released : new String[] {"Titulaire", "SIRET", "Adresse", "Commune", "Montant HT (€)"}) {
            assertThat(r.column(released).attributeType()).as(released).isEqualTo(AttributeType.INSENSITIVE);
        }
        Fixtures.assertProtected(r.column("Coordinatrice clauses"));
        Fixtures.assertProtected(r.column("Contact du titulaire"));
        Fixtures.assertProtected(r.column("Téléphone du contact"));
    }

    /** The same in Spanish: still organisations, the contact person and their phone protected. */
    @Test
    void contractsInSpanishStayAnOrganisationsFileWithTheirContactsProtected() {
        ClassificationResult r = FILES.file("s32_contratos_adjudicados_es.csv");

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.ORGANISATION);
        Fixtures.assertProtected(r.column("Persona de contacto"));
        Fixtures.assertProtected(r.column("Teléfono de contacto"));
    }

    /**
     * A contact's column read as the organisation's name by a word of its header ("Contact association") holds persons'
     * names: it names the person to call, never released, though the rows are organisations.
     */
    @Test
    void aContactsColumnHoldingPersonsNamesIsNeverReleased() {
        ClassificationResult r = FILES.file("s32_subventions_associations_contacts_fr.csv");

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.ORGANISATION);
        Fixtures.assertProtected(r.column("Contact association"));
        assertThat(r.column("Association").attributeType()).isEqualTo(AttributeType.INSENSITIVE);
    }

    /** The same family in German and English (contacts read by their own rules): still organisations, contacts kept. */
    @Test
    void contractsInGermanAndEnglishKeepTheirContactsProtected() {
        ClassificationResult de = FILES.file("s32_vergaben_auftragnehmer_de.csv");
        ClassificationResult en = FILES.file("s32_contract_awards_social_value_en.csv");

        assertThat(de.dataset().dataSubject()).isEqualTo(DataSubject.ORGANISATION);
        Fixtures.assertProtected(de.column("Koordinatorin"));
        Fixtures.assertProtected(de.column("Ansprechpartner Firma"));
        assertThat(en.dataset().dataSubject()).isEqualTo(DataSubject.ORGANISATION);
        Fixtures.assertProtected(en.column("Company contact"));
        Fixtures.assertProtected(en.column("Contact email"));
    }

    /** Look-alike: micro-entrepreneurs holding small contracts under their own names stay persons. */
    @Test
    void soleTradersHoldingContractsStayPersons() {
        ClassificationResult r = FILES.file("s32_bons_commande_auto_entrepreneurs_fr.csv");

        assertThat(r.dataset().dataSubject()).isIn(DataSubject.PERSON, DataSubject.MIXED);
        Fixtures.assertNotReleased(r.column("Titulaire"));
        Fixtures.assertNotReleased(r.column("SIRET"));
        Fixtures.assertNotReleased(r.column("Contact"));
    }

    /** A network's stops, many named after persons, in an open-data list of stops: places, no personal data. */
    @Test
    void aNetworksStopsAreNoPersonalData() {
        ClassificationResult r = FILES.file("s32_arrets_reseau_accessibilite_fr.csv");

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PLACE);
        assertThat(r.dataset().personalData()).isFalse();
        assertThat(r.column("code_arret").attributeType()).isEqualTo(AttributeType.INSENSITIVE);
        assertThat(r.column("nom_arret").attributeType()).isEqualTo(AttributeType.INSENSITIVE);
    }

    /** Look-alike: the stop where a pupil boards stays where that person is found. */
    @Test
    void aPupilsBoardingStopStaysAQuasiIdentifier() {
        ClassificationResult r = FILES.file("s32_transport_scolaire_eleves_arrets_fr.csv");

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PERSON);
        assertThat(r.column("Arrêt de montée").attributeType()).isEqualTo(AttributeType.QUASI_IDENTIFYING);
    }
}
