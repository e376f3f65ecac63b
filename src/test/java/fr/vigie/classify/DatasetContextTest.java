package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import fr.vigie.model.Domain;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the other columns of a dataset tell about a column (staff, procedures, money), and the families
 * recognised by their shape rather than by words: names of every origin, agents' codes, record keys,
 * an organisation's own mailbox and switchboard.
 */
class DatasetContextTest {
    private final Classifier classifier = Fixtures.classifier();

    @Test
    void aServiceDescribesAPersonsWorkOnlyWhenTheRowsAreStaff() {
        ClassificationResult staff = Fixtures.table(List.of("nom", "grade", "service"),
            new String[] {"MARTIN", "Rédacteur", "Direction des sports"},
            new String[] {"DUBOIS", "Attaché", "Voirie"});
        assertThat(staff.column("service").attributeType()).isEqualTo(AttributeType.QUASI_IDENTIFYING);
        assertThat(staff.column("service").infoType()).isEqualTo("WORKPLACE");

        ClassificationResult requests = Fixtures.table(List.of("nom", "date_demande", "service"),
            new String[] {"MARTIN", "12/03/2025", "Direction des sports"},
            new String[] {"DUBOIS", "01/07/2025", "Voirie"});
        assertThat(requests.column("service").attributeType()).isEqualTo(AttributeType.INSENSITIVE);
        assertThat(requests.column("service").infoType()).isEqualTo("ORGANISATION_NAME");
    }

    @Test
    void theStepsOfASensitiveProcedureAreOfItsKindAndNotElsewhere() {
        ClassificationResult mdph = Fixtures.table(List.of("nom", "prestation", "statut", "recours"),
            new String[] {"MARTIN", "AAH", "Accordé", "Aucun"},
            new String[] {"DUBOIS", "PCH", "Rejeté", "Recours gracieux"},
            new String[] {"PETIT", "RQTH", "En cours", "Aucun"});
        assertThat(mdph.column("statut").infoType()).isEqualTo("DISABILITY");
        assertThat(mdph.column("recours").domain()).isEqualTo(Domain.HEALTH);

        // A parking permit's status is no disability decision, even beside a disability card (held for review as an
        // unknown category of a person file, not as a step of a disability procedure).
        ClassificationResult permits = Fixtures.table(List.of("nom", "immatriculation", "statut_demande"),
            new String[] {"MARTIN", "AB-123-CD", "Validée"},
            new String[] {"DUBOIS", "EF-456-GH", "Refusée"});
        assertThat(permits.column("statut_demande").infoType()).isNull();
        assertThat(permits.column("statut_demande").domain()).isNull();
    }

    @Test
    void aFineOfAnOffenceIsOffenceDataAndALibraryFineIsMoney() {
        ClassificationResult police = Fixtures.table(List.of("natinf", "libelle_infraction", "montant_amende"),
            new String[] {"6215", "Stationnement très gênant", "135"},
            new String[] {"256", "Circulation en sens interdit", "35"});
        assertThat(police.column("montant_amende").domain()).isEqualTo(Domain.OFFENCE);

        ClassificationResult library = Fixtures.table(List.of("nom", "titre", "montant_amende"),
            new String[] {"MARTIN", "Germinal", "1.50"},
            new String[] {"DUBOIS", "Candide", "0.50"});
        assertThat(library.column("montant_amende").domain()).isEqualTo(Domain.FINANCIAL);
    }

    @Test
    void aPriceOfAFewLevelsIsAListPriceUnlessTheFileHoldsAnIncome() {
        ClassificationResult home = Fixtures.table(List.of("nom", "tarif_hebergement_jour"),
            new String[] {"MARTIN", "68,45"}, new String[] {"DUBOIS", "74,90"}, new String[] {"PETIT", "82,30"});
        assertThat(home.column("tarif_hebergement_jour").attributeType()).isEqualTo(AttributeType.INSENSITIVE);

        ClassificationResult canteen = Fixtures.table(List.of("nom", "quotient_familial", "tarif_repas"),
            new String[] {"MARTIN", "450", "1,20 €"}, new String[] {"DUBOIS", "1200", "3,40 €"},
            new String[] {"PETIT", "780", "2,30 €"});
        assertThat(canteen.column("tarif_repas").attributeType()).isEqualTo(AttributeType.SENSITIVE);
        assertThat(canteen.column("tarif_repas").domain()).isEqualTo(Domain.FINANCIAL);

        // A level that says it is means-tested ("social", "solidaire") ties the price to the person's means.
        ClassificationResult water = Fixtures.table(List.of("nom", "tarif"),
            new String[] {"MARTIN", "Tarif standard"}, new String[] {"DUBOIS", "Tarif solidaire"},
            new String[] {"PETIT", "Tarif professionnel"});
        assertThat(water.column("tarif").attributeType()).isEqualTo(AttributeType.SENSITIVE);
    }

    @Test
    void moneyNoNameExplainsIsAPersonsInAFileAboutPersons() {
        ClassificationResult r = Fixtures.table(List.of("col1", "col2", "col3"),
            new String[] {"Zélie CARRÈRE", "195,00", "12.5000"},
            new String[] {"Naïm OULD AHMED", "45,00", "0.2500"},
            new String[] {"Kenji TRAN", "0,00", "0.5500"});
        assertThat(r.column("col1").infoType()).isEqualTo("PERSON_NAME");
        assertThat(r.column("col2").attributeType()).isEqualTo(AttributeType.SENSITIVE);
        assertThat(r.column("col3").attributeType()).as("four decimals are a rate, not money")
            .isEqualTo(AttributeType.INSENSITIVE);
    }

    @Test
    void theOnlySpreadOutDateOfAHeaderlessFileAboutPersonsIsTheirBirthDate() {
        ClassificationResult pupils = Fixtures.table(List.of("col1", "col2", "col3"),
            new String[] {"Zélie CARRÈRE", "20/11/2012", "28/08/2024"},
            new String[] {"Naïm OULD AHMED", "30/09/2007", "14/07/2024"},
            new String[] {"Kenji TRAN", "01/12/2016", "15/09/2024"},
            new String[] {"Sixtine LAFFONT", "02/01/2017", "11/08/2024"});
        assertThat(pupils.column("col2").infoType()).isEqualTo("DATE_OF_BIRTH");
        assertThat(pupils.column("col3").infoType()).isEqualTo("DATE");

        // With a birth date already, other spread-out dates are events (an entry, a contract).
        ClassificationResult staff = Fixtures.table(List.of("col1", "date_naissance", "col3"),
            new String[] {"Zélie CARRÈRE", "20/11/1972", "03/05/2001"},
            new String[] {"Naïm OULD AHMED", "30/09/1985", "14/07/2015"},
            new String[] {"Kenji TRAN", "01/12/1990", "15/09/2011"});
        assertThat(staff.column("col3").infoType()).isEqualTo("DATE");
    }

    @Test
    void anOrganisationsMailboxSwitchboardAndAccountAreNotPersonalButItsContactsAre() {
        ClassificationResult r = Fixtures.table(List.of("rna", "denomination", "courriel", "tel_fixe", "iban", "referent",
                "referent_portable", "referent_courriel"),
            new String[] {"W313000123", "Les Amis du Canal", "contact@amisducanal.org", "05 61 22 33 44",
                "FR7630006000011234567890189", "Zélie CARRÈRE", "06 12 34 56 78", "zelie.carrere@gmail.com"},
            new String[] {"W313000456", "Chorale Garonne", "secretariat@chorale-garonne.org", "05 61 55 66 77",
                "FR7610107001011234567890129", "Kenji TRAN", "07 98 76 54 32", "kenji.tran@orange.fr"});
        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.ORGANISATION);
        for (String own : List.of("courriel", "tel_fixe", "iban")) {
            assertThat(r.column(own).attributeType()).as(own).isEqualTo(AttributeType.INSENSITIVE);
        }
        for (String contact : List.of("referent", "referent_portable", "referent_courriel")) {
            assertThat(r.column(contact).attributeType()).as(contact).isEqualTo(AttributeType.IDENTIFYING);
        }
    }

    @Test
    void aSoleTradersTradeNameNamesThemAndALedgerOfPersonsAndCompaniesIsMixed() {
        ClassificationResult market = Fixtures.table(List.of("siret", "enseigne", "forme_juridique"),
            new String[] {"73282932000074", "Rucher GUILLAUME", "Micro-entrepreneur"},
            new String[] {"54205118000066", "Cuir et Sacs", "Entrepreneur individuel"});
        assertThat(market.dataset().dataSubject()).isEqualTo(DataSubject.PERSON);
        assertThat(market.column("enseigne").attributeType()).isEqualTo(AttributeType.IDENTIFYING);

        ClassificationResult ledger = Fixtures.table(List.of("categorie", "nom_raison_sociale", "prenom"),
            new String[] {"Particulier", "LAHLOU", "Walid"},
            new String[] {"Entreprise", "Eiffage Route Centre Est", ""},
            new String[] {"Association", "Maison des habitants Chorier", ""},
            new String[] {"Particulier", "KOWALSKI", "Agnieszka"});
        assertThat(ledger.dataset().dataSubject()).isEqualTo(DataSubject.MIXED);
        assertThat(ledger.column("nom_raison_sociale").attributeType()).isEqualTo(AttributeType.IDENTIFYING);
    }

    @Test
    void staffActingOnTheRecordAreIdentifiedByTheirNamesCodesOrLogins() {
        ClassificationResult r = Fixtures.table(List.of("agent_pointage", "verbalisateur", "valide_par", "gestionnaire"),
            new String[] {"ngarcia", "APM 1042", "C. Estrade", "Ville de Lyon"},
            new String[] {"a.traore", "BCP 0655", "N. Ferrand", "Métropole de Lyon"},
            new String[] {"sbenali", "APM 1187", "M. Pujol", "Délégation de service public"});
        assertThat(r.column("agent_pointage").attributeType()).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(r.column("verbalisateur").infoType()).isEqualTo("RECORD_IDENTIFIER");
        assertThat(r.column("valide_par").attributeType()).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(r.column("gestionnaire").attributeType()).as("organisations, not staff")
            .isEqualTo(AttributeType.INSENSITIVE);
    }

    @Test
    void identifiersLeakingThroughTheQueryStringsOfURLsAreFound() {
        ClassificationResult r = Fixtures.table(List.of("ip", "url"),
            new String[] {"80.87.136.135", "/demarches"},
            new String[] {"31.72.83.76", "/api/v1/usager/recherche?tel=0755917910"},
            new String[] {"78.63.146.115", "/agenda?mail=jean.dupont@gmail.com"},
            new String[] {"78.212.173.85", "/favicon.ico"});
        assertThat(r.column("url").attributeType()).isEqualTo(AttributeType.IDENTIFYING);
    }

    /** An agent's number after the unit ("SIP Villeurbanne / ag. 207") is a member of staff; a unit alone is not. */
    @Test
    void anAgentsNumberAfterTheUnitIsAMemberOfStaff() {
        ClassificationResult r = Fixtures.table(List.of("nom", "agent", "service"),
            new String[] {"MARTIN", "SIP Villeurbanne / ag. 207", "SIP Villeurbanne / accueil"},
            new String[] {"DUBOIS", "SIP Vénissieux / ag. 032", "SIP Vénissieux / accueil"},
            new String[] {"PETIT", "DGFiP-SIP Lyon 3 / agent 114", "DGFiP-SIP Lyon 3 / contentieux"});
        assertThat(r.column("agent").attributeType()).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(r.column("service").attributeType()).isNotEqualTo(AttributeType.IDENTIFYING);
    }

    /** Event properties written as JSON are read like text: a sign-up's e-mail is found in them. */
    @Test
    void identifiersInsideJsonEventPropertiesAreFound() {
        ClassificationResult r = Fixtures.table(List.of("event_name", "properties"),
            new String[] {"page_viewed", "{\"title\": \"Dashboard\"}"},
            new String[] {"signed_up", "{\"email\": \"karine.cisse@mairie-exemple.fr\", \"utm_source\": \"newsletter\"}"},
            new String[] {"button_clicked", "{\"label\": \"Save\"}"},
            new String[] {"page_viewed", "{}"});
        assertThat(r.column("properties").attributeType()).isEqualTo(AttributeType.IDENTIFYING);
        ClassificationResult plain = Fixtures.table(List.of("event_name", "properties"),
            new String[] {"page_viewed", "{\"title\": \"Dashboard\"}"},
            new String[] {"button_clicked", "{\"label\": \"Save\"}"},
            new String[] {"page_viewed", "{}"});
        assertThat(plain.column("properties").attributeType()).isNotEqualTo(AttributeType.IDENTIFYING);
    }

    @Test
    void staffWrittenWithTheirUnitsAcronymAreStillPeople() {
        ClassificationResult r = Fixtures.table(List.of("nom", "instructrice", "arret_jours"),
            new String[] {"MARTIN", "URB - S. Pradal", "15"},
            new String[] {"DUBOIS", "URB - K. Benhamou", "3"},
            new String[] {"PETIT", "DDT - A. Lefort", "0"});
        assertThat(r.column("instructrice").attributeType()).isEqualTo(AttributeType.IDENTIFYING);
        // Days of a sick leave ("arrêt") are no bus stop.
        assertThat(r.column("arret_jours").infoType()).isNotEqualTo("LOCATION");
    }

    @Test
    void flagsAreNotTheDataTheyAreNamedAfter() {
        ClassificationResult r = Fixtures.table(List.of("email", "emailOptIn", "tel_verifie"),
            new String[] {"jean.martin@gmail.com", "true", "oui"},
            new String[] {"marie.dubois@orange.fr", "false", "non"});
        assertThat(r.column("email").attributeType()).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(r.column("emailOptIn").attributeType()).isEqualTo(AttributeType.INSENSITIVE);
        assertThat(r.column("tel_verifie").attributeType()).isEqualTo(AttributeType.INSENSITIVE);
    }

    @Test
    void aCodeOfLettersAndDigitsDifferentOnEveryRowIsARecordKeyButAnOrderNumberIsNot() {
        ColumnSampler sampler = classifier.sampler(List.of("col1", "lastOrderNumber", "nom"));
        for (int i = 0; i < 60; i++) {
            sampler.accept(new String[] {"TS33-24-" + (634341 + i * 7), "SO-2025-" + (99868 + i), i % 2 == 0 ? "MARTIN" : "DUBOIS"});
        }
        ClassificationResult r = classifier.classify("test", 60, sampler, Map.of(), null);
        assertThat(r.column("col1").infoType()).isEqualTo("RECORD_IDENTIFIER");
        assertThat(r.column("lastOrderNumber").attributeType()).isEqualTo(AttributeType.INSENSITIVE);
    }

    @Test
    void censusCodesListedOrFilledWithZAreWhatTheyCode() {
        ClassificationResult r = Fixtures.table(List.of("DIPL", "TACT", "LNAI", "ANAI", "TRNIVVIE", "FER"),
            new String[] {"ZZ", "11", "69", "1998", "D10", "2"},
            new String[] {"13", "21", "99134", "1974", "D03", "1"},
            new String[] {"16", "22", "38", "1955", "D06", "2"});
        assertThat(r.column("DIPL").infoType()).isEqualTo("EDUCATION_LEVEL");
        assertThat(r.column("TACT").infoType()).isEqualTo("EMPLOYMENT_STATUS");
        assertThat(r.column("LNAI").infoType()).isEqualTo("PLACE_OF_BIRTH");
        assertThat(r.column("ANAI").infoType()).isEqualTo("DATE_OF_BIRTH");
        assertThat(r.column("TRNIVVIE").domain()).as("income deciles, not ICD-10 codes").isEqualTo(Domain.FINANCIAL);
        assertThat(r.column("FER").domain()).isEqualTo(Domain.HEALTH);
    }
}
