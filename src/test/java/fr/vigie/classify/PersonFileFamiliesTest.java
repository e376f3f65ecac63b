package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import fr.vigie.model.Domain;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The families of person files that held-out round 5 missed, on files of our own
 * ({@code src/test/resources/classify/families/}, other names and other values of the same families): drugs and
 * harm reduction, kinship, spoken languages, civil status, occupation, education, employer and residence permit
 * named in German, Spanish, Italian and Dutch, a person's number in those languages, a currency in a column's
 * name, missing-value marks, JSON keys and postal addresses inside free text, a victim's complaint and protection
 * order, Belgian unions paying unemployment benefits and German church-tax marks.
 */
class PersonFileFamiliesTest {
    private static final Fixtures.Folder FILES = Fixtures.folder("families");

    @ParameterizedTest(name = "{0}, {1}: {2} {3} {4}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // file | column | attributeType | domain (- : none) | infoType (empty: any)
        "csapa_file_active.csv | code_personne | IDENTIFYING | - | RECORD_IDENTIFIER",
        "csapa_file_active.csv | sexe | QUASI_IDENTIFYING | - | GENDER",
        "csapa_file_active.csv | substance | SENSITIVE | HEALTH | ''",
        "csapa_file_active.csv | voie | SENSITIVE | HEALTH | ''",
        "csapa_file_active.csv | traitement_substitution | SENSITIVE | HEALTH | ''",
        "csapa_file_active.csv | steribox_remis | SENSITIVE | HEALTH | ''",
        "csapa_file_active.csv | kit_naloxone | SENSITIVE | HEALTH | ''",
        "csapa_file_active.csv | langue_parlee | QUASI_IDENTIFYING | - | LANGUAGE",
        "csapa_file_active.csv | lien_accompagnant | QUASI_IDENTIFYING | - | FAMILY_SITUATION",
        "csapa_file_active.csv | participation_eur | SENSITIVE | FINANCIAL | ''",
        "aide_victimes_permanence.csv | Sexe | QUASI_IDENTIFYING | - | GENDER",
        "aide_victimes_permanence.csv | Lien avec l'auteur | QUASI_IDENTIFYING | - | FAMILY_SITUATION",
        "aide_victimes_permanence.csv | Dépôt de plainte | SENSITIVE | OFFENCE | ''",
        "aide_victimes_permanence.csv | Ordonnance de protection (JAF) | SENSITIVE | OFFENCE | ''",
        "aide_victimes_permanence.csv | Téléphone grave danger | SENSITIVE | OFFENCE | ''",
        "aide_victimes_permanence.csv | Situation de logement | IDENTIFYING | - | ''",
        "aide_victimes_permanence.csv | Infos complémentaires | SENSITIVE | HEALTH | ''",
        "aide_victimes_permanence.csv | Frais d'avocat (€) | SENSITIVE | FINANCIAL | ''",
        "lohnkonto_partnerstadt_de.csv | Personal-Nr. | IDENTIFYING | - | RECORD_IDENTIFIER",
        "lohnkonto_partnerstadt_de.csv | Geschlecht | QUASI_IDENTIFYING | - | GENDER",
        "lohnkonto_partnerstadt_de.csv | Familienstand | QUASI_IDENTIFYING | - | FAMILY_SITUATION",
        "lohnkonto_partnerstadt_de.csv | Beruf | QUASI_IDENTIFYING | - | PROFESSION",
        "lohnkonto_partnerstadt_de.csv | Arbeitgeber | QUASI_IDENTIFYING | - | WORKPLACE",
        "lohnkonto_partnerstadt_de.csv | Aufenthaltstitel | QUASI_IDENTIFYING | - | NATIONALITY",
        "lohnkonto_partnerstadt_de.csv | KiSt-Merkmal | SENSITIVE | SPECIAL_CATEGORY | RELIGION",
        "lohnkonto_partnerstadt_de.csv | Muttersprache | QUASI_IDENTIFYING | - | ''",
        "lohnkonto_partnerstadt_de.csv | Schulabschluss | QUASI_IDENTIFYING | - | EDUCATION_LEVEL",
        "lohnkonto_partnerstadt_de.csv | Brutto EUR | SENSITIVE | FINANCIAL | ''",
        "inschrijvingen_jobbeurs_gent_be.csv | Klantnummer | IDENTIFYING | - | RECORD_IDENTIFIER",
        "inschrijvingen_jobbeurs_gent_be.csv | Burgerlijke staat | QUASI_IDENTIFYING | - | FAMILY_SITUATION",
        "inschrijvingen_jobbeurs_gent_be.csv | Beroep | QUASI_IDENTIFYING | - | PROFESSION",
        "inschrijvingen_jobbeurs_gent_be.csv | Opleidingsniveau | QUASI_IDENTIFYING | - | EDUCATION_LEVEL",
        "inschrijvingen_jobbeurs_gent_be.csv | Werkgever | QUASI_IDENTIFYING | - | WORKPLACE",
        "inschrijvingen_jobbeurs_gent_be.csv | Uitbetalingsinstelling | SENSITIVE | SPECIAL_CATEGORY | UNION_MEMBERSHIP",
        "inschrijvingen_jobbeurs_gent_be.csv | Taal | QUASI_IDENTIFYING | - | LANGUAGE",
        "inschrijvingen_jobbeurs_gent_be.csv | Bijdrage (€) | SENSITIVE | FINANCIAL | ''",
    })
    void eachFamilyIsReadInAPersonFile(String file, String name, AttributeType type, Domain domain, String infoType) {
        ColumnClassification c = FILES.file(file).column(name);
        assertThat(c.attributeType()).as(name).isEqualTo(type);
        assertThat(c.domain()).as(name).isEqualTo(domain);
        if (!infoType.isEmpty()) {
            assertThat(c.infoType()).as(name).isEqualTo(infoType);
        }
    }

    /** Civil status, occupation, education, employer and residence permit named in Spanish and Italian. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "estado_civil | FAMILY_SITUATION | soltero/a | casado/a | viudo/a | pareja de hecho",
        "stato civile | FAMILY_SITUATION | celibe | coniugata | separato | vedova",
        "ocupacion | PROFESSION | camarero | enfermera | albañil | jubilado",
        "professione | PROFESSION | idraulico | maestra | commessa | pensionato",
        "nivel_educativo | EDUCATION_LEVEL | ESO | Bachillerato | Licenciatura | Sin estudios",
        "titolo di studio | EDUCATION_LEVEL | licenza media | diploma | laurea | nessuno",
        "empleador | WORKPLACE | Mercadona | Ayuntamiento de Zaragoza | Inditex | Renfe",
        "datore_lavoro | WORKPLACE | FIAT | Comune di Torino | Coop | Poste Italiane",
        "permiso_residencia | NATIONALITY | larga duración | temporal | comunitario | asilo",
        "permesso di soggiorno | NATIONALITY | lungo periodo | lavoro subordinato | studio | protezione",
        "Bewilligung | NATIONALITY | B | C | L | G (Grenzgänger)",
    })
    void identityFieldsNamedInOtherLanguages(String name, String infoType, String a, String b, String c, String d) {
        ColumnClassification column = Fixtures.column(name, a, b, c, d);
        assertThat(column.infoType()).as(name).isEqualTo(infoType);
        assertThat(column.attributeType()).as(name).isEqualTo(AttributeType.QUASI_IDENTIFYING);
    }

    /** A per-row identifier named as a person's number, whose values repeat since a person has several rows. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Mitgliedsnummer", "numero_tessera", "número de socio", "lidnummer", "numero_ecrou",
        "code usager"})
    void aPersonsNumberInOtherLanguagesIsARecordKey(String name) {
        ColumnClassification c = Fixtures.column(name, "A1043", "A1043", "B2281", "C3390", "C3390", "D4417", "E5521", "F6630",
            "G7745", "H8852");
        assertThat(c.infoType()).as(name).isEqualTo("RECORD_IDENTIFIER");
    }

    /** An inmate's register number tells the person is in prison; the penal status of a visited inmate is an offence. */
    @Test
    void aPrisonRegisterNumberAndAPenalStatusAreOffenceRelated() {
        ColumnClassification ecrou = Fixtures.column("N° d'écrou", "18423", "18423", "20177", "20311", "20311", "21450", "21988");
        assertThat(ecrou.infoType()).isEqualTo("RECORD_IDENTIFIER");
        assertThat(ecrou.domain()).isEqualTo(Domain.OFFENCE);
        assertThat(Fixtures.column("situation_penale", "prévenu", "condamnée", "condamné (appel)", "prévenue").domain())
            .isEqualTo(Domain.OFFENCE);
    }

    /** Swiss and German abbreviations of a person file: canton, work percentage, disability insurance degree. */
    @Test
    void germanAndSwissAreasWorkRatesAndDisabilityDegrees() {
        assertThat(Fixtures.column("Kanton", "ZH", "BE", "VD", "GE").infoType()).isEqualTo("NEIGHBOURHOOD");
        assertThat(Fixtures.column("Province", "ON", "QC", "BC", "AB").infoType()).isEqualTo("NEIGHBOURHOOD");
        assertThat(Fixtures.column("Beschäftigungsgrad %", "100", "80", "50", "60").infoType()).isEqualTo("EMPLOYMENT_STATUS");
        assertThat(Fixtures.column("Invaliditätsgrad", "40%", "50%", "70%", "100%").domain()).isEqualTo(Domain.HEALTH);
        assertThat(Fixtures.column("composition_famille", "couple + 1 enfant", "personne seule", "famille monoparentale 2 enfants")
            .infoType()).isEqualTo("HOUSEHOLD_SIZE");
    }

    /** Where a drug user is referred (an addiction clinic, a GP, the ER) is health data, even under an ordinary name. */
    @Test
    void referralsToAddictionCareAreHealthData() {
        ClassificationResult r = Fixtures.table(List.of("code_usager", "sexe", "suite_donnee", "accueilli_par"),
            new String[] {"KAMO81H", "H", "CSAPA Bizet", "Salomé B."},
            new String[] {"LEDU77F", "F", "ELSA du CHU", "Marc Ollivier"},
            new String[] {"KAMO81H", "H", "consultation jeunes consommateurs", "Salomé B."},
            new String[] {"PIRA90H", "H", "médecin généraliste", "Yasmine Haddad"},
            new String[] {"TOBE68F", "F", "urgences CHU", "Marc Ollivier"},
            new String[] {"PIRA90H", "H", "aucune", "Lucie Fabre"},
            new String[] {"VIGA85H", "H", "service d'addictologie", "Lucie Fabre"});
        assertThat(r.column("suite_donnee").domain()).isEqualTo(Domain.HEALTH);
        assertThat(r.column("accueilli_par").infoType()).isEqualTo("PERSON_NAME");
        assertThat(Fixtures.column("intervenante", "Salomé B.", "Marc Ollivier", "Yasmine Haddad", "Lucie Fabre").infoType())
            .isEqualTo("PERSON_NAME");
    }

    /** Survey and equity-form questions whose name tells a special category or a disability. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Q12. Allez-vous dans un lieu de culte ? | RELIGION | Jamais | Parfois | Chaque semaine",
        "Place of worship attended | RELIGION | None | Weekly | Monthly",
        "Q8. Êtes-vous limité(e) depuis au moins six mois dans les activités quotidiennes ? | DISABILITY | Oui, fortement | Oui, un peu | Non",
        "GALI | DISABILITY | 1 | 2 | 3",
        "Besoins d'accessibilité | DISABILITY | Aucun | Fauteuil | Boucle magnétique",
        "Aboriginal identity | ETHNIC_ORIGIN | First Nations | Métis | Not Aboriginal",
        "Minorité visible | ETHNIC_ORIGIN | Oui | Non | Préfère ne pas répondre",
        "Bargaining Unit | UNION_MEMBERSHIP | PSAC Local 70 | Excluded | OPSEU Local 5",
    })
    void specialCategoriesNamedInSurveysAndEquityForms(String name, String infoType, String a, String b, String c) {
        assertThat(Fixtures.column(name, a, b, c).infoType()).as(name).isEqualTo(infoType);
    }

    @Test
    void drugsDecideWhateverTheColumnIsNamedAndOrdinaryWordsDoNot() {
        assertThat(Fixtures.column("col4", "cocaïne", "héroïne", "crack", "cannabis", "kétamine", "alcool").domain())
            .isEqualTo(Domain.HEALTH);
        assertThat(Fixtures.column("Droga", "cocaína", "heroína", "cannabis", "anfetaminas", "ninguna").domain())
            .isEqualTo(Domain.HEALTH);
        // Smoked fish and a drink with no alcohol on a menu, broadband offers, wall defects are no drug use.
        assertThat(Fixtures.column("plat", "saumon fumé", "boisson sans alcool", "tarte", "salade").domain()).isNull();
        assertThat(Fixtures.column("offre", "Speed 100", "Speed 500", "Proto Box", "NPS promoteur").domain()).isNull();
        assertThat(Fixtures.column("desordre", "crack", "fuite", "moisissure", "infiltration", "fissure").domain()).isNull();
    }

    @Test
    void aCurrencyInTheNameIsAnAmountAndARateIsNot() {
        assertThat(Fixtures.column("Kaution CHF", "1200", "850", "2000").infoType()).isEqualTo("AMOUNT");
        assertThat(Fixtures.column("kwota_pln", "120,50", "85,00", "300,10").infoType()).isEqualTo("AMOUNT");
        assertThat(Fixtures.column("taux EUR/USD", "1.08", "1.09", "1.07").domain()).isNull();
    }

    @Test
    void belgianUnionsPayingBenefitsAndChurchTaxMarksAreSpecialCategories() {
        assertThat(Fixtures.column("Caisse de paiement", "FGTB", "CSC", "CGSLB", "CAPAC", "FGTB").infoType())
            .isEqualTo("UNION_MEMBERSHIP");
        assertThat(Fixtures.column("Quellensteuercode", "A0Y", "A0N", "B1Y", "C2N", "H1Y").infoType()).isEqualTo("RELIGION");
        // Without a name of the family, two letters are only two letters.
        assertThat(Fixtures.column("Kürzel", "ev", "rk", "ak", "lt").domain()).isNull();
    }

    /** A facility list's description giving its address, and the language spoken there, are no personal data. */
    @Test
    void anAddressInAFacilitysDescriptionIsNoPersonalData() {
        ClassificationResult r = Fixtures.table(List.of("nom_equipement", "type_equipement", "capacite", "description", "Langue"),
            new String[] {"Piscine Jean Bouin", "Piscine", "300",
                "Bassin de 25 m, entrée au 12 rue des Lilas, 34000 Montpellier, parking gratuit", "français"},
            new String[] {"Gymnase Nord", "Gymnase", "120",
                "Salle multisport accessible, 4 avenue de Lodève 34070 Montpellier, vestiaires", "anglais"},
            new String[] {"Stade Sud", "Stade", "2000",
                "Terrain synthétique éclairé, accès par le 8 bis chemin de Moularès, 34000 Montpellier", "français"});
        assertThat(r.column("description").attributeType()).isEqualTo(AttributeType.INSENSITIVE);
        assertThat(r.column("Langue").attributeType()).isEqualTo(AttributeType.INSENSITIVE);
    }

    /** Words that share a name with the families: a pub, an advert, a tax return, a main product, a currency's code. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "bar | Le Comptoir | Chez Paulo | Bar des Sports | Café de la Gare",
        "Anzeige | Wohnung zu vermieten | Fahrrad zu verkaufen | Nachhilfe gesucht | Katze entlaufen",
        "aangifte | ingediend | niet ingediend | uitstel | ingediend",
        "produit_principal | pain | viennoiserie | pâtisserie | sandwich",
        "code EUR | 978 | 978 | 978 | 978",
    })
    void ordinaryWordsSharingANameStayOrdinary(String name, String a, String b, String c, String d) {
        ColumnClassification column = Fixtures.column(name, a, b, c, d);
        assertThat(column.domain()).as(name).isNotIn(Domain.OFFENCE, Domain.HEALTH, Domain.FINANCIAL);
    }

    @Test
    void missingValueMarksAreNoValues() {
        for (String mark : new String[] {"NA", "N/A", "NR", "n/d", "N.D.", "n.d.", "-"}) {
            assertThat(ColumnSampler.isMissingMarker(mark)).as(mark).isTrue();
        }
        for (String value : new String[] {"ND", "NAN", "Nord", "nr 5", "N.D.A."}) {
            assertThat(ColumnSampler.isMissingMarker(value)).as(value).isFalse();
        }
    }
}
