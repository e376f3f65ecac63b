package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import fr.vigie.model.Domain;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Special categories revealed by values, whatever the column is called; ordinary words of the same
 * vocabularies that must not trip them; and the safe default on doubt. Values are written as a
 * department writes them, not as the dictionaries list them.
 */
class ValueFamiliesTest {
    private final Classifier classifier = Fixtures.classifier();

    /** A column of 100 values cycling through {@code values}. */
    private ColumnClassification column(String name, String... values) {
        return classifier.classifyColumn(name, Fixtures.repeat(100, values));
    }

    /** A column of the values written {@code value=count;value=count...}, each {@code count} times, in that order. */
    private ColumnClassification counted(String name, String valueCounts) {
        List<String> out = new ArrayList<>();
        for (String pair : valueCounts.split(";")) {
            int equals = pair.lastIndexOf('=');
            out.addAll(Collections.nCopies(Integer.parseInt(pair.substring(equals + 1)), pair.substring(0, equals)));
        }
        return classifier.classifyColumn(name, out);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // column name | values (';') | infoType | domain
        "champ_7 | Standard;Sans porc;Standard;Sans viande;Standard | RELIGION | SPECIAL_CATEGORY",
        "repas | Menu classique;Repas sans porc;Menu végétarien;Menu classique | RELIGION | SPECIAL_CATEGORY",
        "regime | Normal;Sans porc;Sans gluten (PAI);Hyposodé;Normal | DIET | HEALTH",
        "x | Aucune;Arachide;Aucune;Fruits à coque;Lait de vache;Aucune | DIAGNOSIS | HEALTH",
        "suivi | PAI alimentaire;Non;PAI asthme;Non;Non | HEALTH_DATA | HEALTH",
        "decision_cdaph | Orientation ESAT;Orientation SAVS;Orientation IME;Rejet | DISABILITY | HEALTH",
        "etablissement | IME La Pinède;ESAT Les Ateliers du Lez;SESSAD Le Lien | DISABILITY | HEALTH",
        "prestation | AAH;PCH aide humaine;AEEH;RQTH;CMI invalidité | DISABILITY | HEALTH",
        "suite | Blâme;Avertissement;Exclusion temporaire de fonctions (15 jours);Néant | DISCIPLINARY_SANCTION | OFFENCE",
        "libelle | Vol à l'étalage;Tapage nocturne;Outrage à agent;Défaut d'assurance | OFFENCE | OFFENCE",
        "qualification | Vol à l'étalage;Tapage nocturne;Outrage à agent;Vol | OFFENCE | OFFENCE",
        "categorie | QF 1 (0-400);QF 2 (401-700);QF 3 (701-900);QF 4 (> 900) | INCOME | FINANCIAL",
        "tarif_cantine | T1;T2;T3;T4;T5 | INCOME | FINANCIAL",
        "motif | Violences conjugales;Logement trop petit;Expulsion;Séparation;Loyer trop cher | SOCIAL_HARDSHIP | HEALTH",
        "Termination Reason | Resignation;Retirement;Dismissal - medical unfitness;End of contract | SOCIAL_HARDSHIP | HEALTH",
        "x | Plein tarif;Tarif réduit;Gratuit | INCOME | FINANCIAL",
        "lunch_status | Paid;Reduced;Free;Paid | INCOME | FINANCIAL",
        "protection | Aucune;Curatelle renforcée;Tutelle;Habilitation familiale | HEALTH_DATA | HEALTH",
        "dependance | GIR 2;GIR 4;GIR 5;GIR 6 | HEALTH_DATA | HEALTH",
        "nuance | LSOC;LDVD;LRN;LUG;LECO | POLITICAL_OPINION | SPECIAL_CATEGORY",
        "representation | CGT;CFDT;Non syndiqué;FO;UNSA | UNION_MEMBERSHIP | SPECIAL_CATEGORY",
        "liste | LFI;Les Républicains;Rassemblement national;Sans étiquette;Renaissance | POLITICAL_OPINION | SPECIAL_CATEGORY",
        "culte_declare | Catholique;Musulmane;Aucune;Protestant;Juive | RELIGION | SPECIAL_CATEGORY",
        "etat | Payé;Impayé;Payé;Majoré;Payé | DEBT | FINANCIAL",
        "DietaryRequirements | None;Halal;Vegetarian;Nut free;Kosher | DIET | HEALTH",
        // English forms: census ethnic groups, race categories, unions, who pays a patient's care
        "Ethnic Category | White - British;Asian or Asian British - Pakistani;Black or Black British - Caribbean;Not stated;White - Irish | ETHNIC_ORIGIN | SPECIAL_CATEGORY",
        "eeo1_category | White;Black or African American;Hispanic or Latino;Asian;Two or More Races;White | ETHNIC_ORIGIN | SPECIAL_CATEGORY",
        "x | UNISON;GMB;None;Unite;RCN;None | UNION_MEMBERSHIP | SPECIAL_CATEGORY",
        "payer | Medicare;Medicaid;Blue Cross Blue Shield;Self-pay;Aetna | HEALTH_DATA | HEALTH",
        "couverture | CPAM;CSS;AME;CPAM;MSA | HEALTH_DATA | HEALTH",
        "x | Christian;Muslim;No religion;Hindu;None;Christian | RELIGION | SPECIAL_CATEGORY",
        "impairment | None;Wheelchair user;Hearing impairment;Dyslexia;None | DISABILITY | HEALTH",
        "x | Heterosexual or straight;Gay or lesbian;Bisexual;Prefer not to say;Heterosexual or straight | SEXUAL_ORIENTATION | SPECIAL_CATEGORY",
        // an occupational physician's opinion; child-protection measures; tariff profiles that say one is means-tested
        "Avis | Apte;Apte avec restrictions;Inapte temporaire;Apte;Inapte définitif au poste | HEALTH_DATA | HEALTH",
        "conclusion | Apte;Apte;Inapte;Apte avec réserves | HEALTH_DATA | HEALTH",
        "mesure | AEMO judiciaire;Placement judiciaire (art. 375-3 CC);OPP;AED;Contrat jeune majeur | SOCIAL_HARDSHIP | HEALTH",
        "profil_tarifaire | Tout public;Jeune;Senior;Solidaire gratuité (CSS);Tout public;Scolaire | INCOME | FINANCIAL",
        "Fare Type | Adult;Child;Concessionary;Adult;Adult | INCOME | FINANCIAL",
        // health named as such: a diabetes type, an insulin pump, vaccinations
        "type_diabete | Type 1;Type 2;LADA;MODY;Gestationnel | HEALTH_DATA | HEALTH",
        "pompe_insuline | Oui;Non;Non | HEALTH_DATA | HEALTH",
        "Vaccinations | À jour;Hépatite B à compléter;DTP à refaire | HEALTH_DATA | HEALTH"})
    void valuesRevealTheCategoryWhateverTheColumnIsCalled(String name, String values, String infoType, Domain domain) {
        ColumnClassification c = column(name, values.split(";"));
        assertThat(c.attributeType()).as("%s: %s", name, c).isEqualTo(AttributeType.SENSITIVE);
        assertThat(c.infoType()).as("%s: %s", name, c).isEqualTo(infoType);
        assertThat(c.domain()).as("%s: %s", name, c).isEqualTo(domain);
        assertThat(c.reviewNeeded()).as("%s: %s", name, c).isFalse();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "genre | Roman;Policier;BD;Documentaire;Jeunesse",
        "regime_fiscal | Micro-BIC;Réel simplifié;Réel normal",
        "regime | Micro-BIC;Réel simplifié;Réel normal",
        "regime_social | Régime général;MSA;Régime local Alsace-Moselle",
        "service | Pôle handicap;Direction de l'eau;Médiathèques;Voirie;Sports",
        "x | Pôle handicap;Mission handicap;Pôle handicap;Direction;Voirie",
        "secteur | Nord;Sud;Est;Ouest;Centre",
        "zone | Secteur Nord;Secteur Sud;Sud-Est;Sud-Ouest;Centre",
        "classe | PS;MS;GS;CP;CE1;CE2",
        "tranche | Tranche ferme;Tranche optionnelle 1;Tranche optionnelle 2",
        "cost_centre | CC-1040;CC-1120;CC-2210",
        "motif | Nécessités de service;Budget insuffisant;Formation non prioritaire",
        "situation_logement | Locataire HLM;Hébergé chez un tiers;Sans abri;Propriétaire;Structure d'hébergement",
        "emplacement | A16;F08;C12;D01;B23;E17",
        "ligne | L34;L17;L16;L20;L49",
        "casier | C-112;C-113;C-140",
        "avis_commission | Favorable;Défavorable;Ajourné",
        "produit | Lait demi-écrémé;Oeufs;Farine;Beurre;Sucre",
        "motif | Vol;Perte;Vol;Oubli",
        "type_repas | Déjeuner;Goûter;Déjeuner + goûter",
        "lieu_dit | Mas de Saporta;Mas de Bagnères;Mas Neuf;La Lironde",
        "revue | Le Monde;Télérama;Science et Vie",
        "couleur | Rouge;Vert;Bleu",
        // "jeûne" (fasting) and "jeune" (young) are one word once accents are folded
        "type_abonnement | Tout public;Jeune -18 ans;Jeune 18-26 ans;Senior +65 ans;Solidaire;Jeune 18-26 ans",
        "public | Jeunes;Adultes;Jeune public;Seniors",
        // colours and continents are not ethnic groups; a way of paying names no insurer
        "couleur_vehicule | White;Black;Silver;Red;Grey;White",
        "region | Asia;Europe;Africa;Americas",
        "payment_method | Cash;Card;Cheque;Direct debit",
        "funding | Council;Charity;Cash;Grant",
        "hair | Straight;Curly;Wavy;Straight",
        // tariff profiles none of which is means-tested; decisions that only grant; placements that are places
        "profil_tarifaire | Tout public;Jeune;Senior;Scolaire;Tout public",
        "decision | Accordé;Renouvellement accordé;Accordé;Extension de capacité",
        "type_place | Standard;Livraison;Standard;Deux-roues",
        "resultat_validation | OK;OK;OK;Titre expiré;OK;Carte inconnue"})
    void ordinaryWordsOfTheSameVocabulariesDoNotTripThem(String name, String values) {
        ColumnClassification c = column(name, values.split(";"));
        assertThat(c.attributeType()).as("%s: %s", name, c).isNotEqualTo(AttributeType.SENSITIVE);
        assertThat(c.reviewNeeded()).as("%s: %s", name, c).isFalse();
    }

    @Test
    void anUnnamedColumnOfCategoriesPartlySensitiveIsSensitiveAndWaitsForADecision() {
        ColumnClassification c = counted("complement",
            "Dossier complet=40;Attente de pièces=30;Urgent=10;Handicap=10;Violences conjugales=10");
        assertThat(c.attributeType()).isEqualTo(AttributeType.SENSITIVE);
        assertThat(c.infoType()).isEqualTo("SOCIAL_HARDSHIP");
        assertThat(c.reviewNeeded()).isTrue();
        assertThat(c.confidence()).isLessThan(0.6);
        assertThat(c.evidence().notes()).anyMatch(n -> n.contains("20% of the values") && n.contains("Cerfa"));
        // The evidence names the rule and the dictionary's source, never a value.
        assertThat(String.join(" ", c.evidence().notes())).doesNotContain("Violences", "Handicap");
    }

    /**
     * A visit type or a referral of which some values are leave for illness or care (CLM, CMP, SAMU) waits for a
     * decision; visits of a building and a school orientation say nothing of anyone's health.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // column name | value=count (';') | about health
        "Type visite | Visite périodique=40;Embauche=30;Reprise après CLM=10;Reprise après accident de service=10;Surveillance médicale particulière=10 | true",
        "ORIENTATION | Retour en classe=70;Orientation CMP=10;Appel SAMU (15)=10;Orientation médecin traitant=10 | true",
        "Type visite | Visite de chantier=40;Visite technique=30;Visite guidée=30 | false",
        "orientation | Retour en classe=40;Seconde générale=20;CAP=20;Bac pro=20 | false"})
    void aVisitTypeOrAReferralPartlyAboutHealthIsSensitiveAndWaitsForADecision(String name, String valueCounts,
            boolean aboutHealth) {
        ColumnClassification c = counted(name, valueCounts);
        if (!aboutHealth) {
            assertThat(c.attributeType()).as("%s: %s", name, c).isNotEqualTo(AttributeType.SENSITIVE);
            return;
        }
        assertThat(c.attributeType()).as("%s: %s", name, c).isEqualTo(AttributeType.SENSITIVE);
        assertThat(c.domain()).as("%s: %s", name, c).isEqualTo(Domain.HEALTH);
        assertThat(c.reviewNeeded()).as("%s: %s", name, c).isTrue();
    }

    @Test
    void doubtNeedsMoreThanOneSharedWordAndAShareAboveTheLowerThreshold() {
        // "Sud" is a union and a direction: one distinct match is no evidence.
        assertThat(counted("x", "Nord=40;Sud=30;Est=30").reviewNeeded()).isFalse();
        // 5 % of the values: under review.minShare.
        assertThat(counted("x", "Dossier complet=60;Urgent=35;Handicap=3;Violences conjugales=2").attributeType())
            .isEqualTo(AttributeType.INSENSITIVE);
        // Free text is scanned, not read as categories.
        assertThat(classifier.classifyColumn("x", Fixtures.repeat(100, "Le dossier a été transmis au service pour avis"
            + " complémentaire de la commission n°1", "Le demandeur signale un handicap et attend une réponse de la"
            + " commission n°2")).reviewNeeded()).isFalse();
    }

    @Test
    void aKnownNameIsNotInDoubt() {
        // "nom_service" says what the column is: its values are unit names, whatever words they hold.
        ColumnClassification c = counted("nom_service",
            "Accueil=40;Handicap et autonomie=20;Violences faites aux femmes=20;Voirie=20");
        assertThat(c.reviewNeeded()).isFalse();
        assertThat(c.attributeType()).isEqualTo(AttributeType.INSENSITIVE);
    }

    @Test
    void natinfCodesNeedTheirNameAndTheirShapeConfirmsIt() {
        ColumnClassification codes = column("code_natinf", "11", "248", "7125", "25001", "NATINF 22472");
        assertThat(codes.infoType()).isEqualTo("OFFENCE");
        assertThat(codes.attributeType()).isEqualTo(AttributeType.SENSITIVE);
        assertThat(codes.evidence().valueRule()).isEqualTo("natinf-value");
        // Not NATINF-shaped: still offence data by its name (fail closed), with less confidence.
        ColumnClassification articles = column("natinf", "R417-10", "L234-1", "R412-6");
        assertThat(articles.infoType()).isEqualTo("OFFENCE");
        assertThat(articles.confidence()).isLessThan(codes.confidence());
        // The same numbers under another name are numbers.
        assertThat(column("nb_passages", "11", "248", "7125", "25001", "22472").attributeType())
            .isEqualTo(AttributeType.INSENSITIVE);
    }

    @Test
    void everySensitiveDictionaryNamesItsSource() {
        for (ValueRule rule : Fixtures.rules().valueRules()) {
            if (rule.dictionary() != null) {
                assertThat(rule.dictionary().source()).as(rule.id()).isNotBlank();
            }
        }
    }

    /** A measure against an approval among decisions that grant it: a wrong or a danger, like a sanction. */
    @Test
    void aWithdrawalOrSuspensionOfAnApprovalAmongGrantsIsAnOffenceOnTheSafeSide() {
        ColumnClassification c = counted("decisionPmi", "Agrément accordé=35;Renouvellement accordé=35;Retrait d'agrément=10;"
            + "Suspension (4 mois)=10;Refus de renouvellement=10");
        assertThat(c.attributeType()).as("%s", c).isEqualTo(AttributeType.SENSITIVE);
        assertThat(c.domain()).isEqualTo(Domain.OFFENCE);
    }

    /** Codes, event names and mailboxes are no first names, whatever words they share with them. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "id_valideur | VAL-WAZ-GB-04;VAL-GARE-LF-05;VAL-TOUR-C-04;VAL-REPUB-03;VAL-TRAM-CR-05",
        "x | page_viewed;signed_up;button_clicked;file_uploaded;plan_upgraded"})
    void codesAreNoFirstNames(String name, String values) {
        ColumnClassification c = column(name, values.split(";"));
        assertThat(c.infoType()).as("%s: %s", name, c).isNotEqualTo("PERSON_NAME");
    }

    /** A book's or a job's title is no sex; bus lines and stalls are no school classes. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "Title | Germinal;Les Misérables;Candide;Nana",
        "Job Title | Manager;Clerk;Analyst;Clerk",
        "ligne | C3;C5;T1;T2;L16",
        "emplacement | A16;F08;C12;D01"})
    void titlesOfThingsAndCodesOfLinesAreNoSexNorClass(String name, String values) {
        ColumnClassification c = column(name, values.split(";"));
        assertThat(c.infoType()).as("%s: %s", name, c).isNotIn("GENDER", "SCHOOL");
    }

    /** One label on every row (a list's name in polling results) is no column of people's names; many first names are. */
    @Test
    void oneLabelRepeatedOnEveryRowIsNoColumnOfFirstNames() {
        ColumnClassification constant = counted("x", "Agir pour notre ville=232");
        assertThat(constant.infoType()).as("%s", constant).isNotEqualTo("PERSON_NAME");
        ColumnClassification names = column("x", "Camille", "Yanis", "Léa", "Mohamed", "Chloé", "Hugo", "Inès", "Lucas");
        assertThat(names.infoType()).as("%s", names).isEqualTo("PERSON_NAME");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // column name | values (';') | attributeType | infoType (empty: any)
        "MRN | 7300017;7300034;7300051;7300068;7300085;7300102;7300119;7300136;7300153;7300170;7300187;7300204 | IDENTIFYING | RECORD_IDENTIFIER",
        "actor_id | 30013;30026;30013;30039;30026;30052 | IDENTIFYING | RECORD_IDENTIFIER",
        "customer_no | 1041;1042;1041;1043 | IDENTIFYING | RECORD_IDENTIFIER",
        "NHS No | 943 476 5919;401 023 2137 | IDENTIFYING | UK_NHS_NUMBER",
        "ref | 943 476 5919;401 023 2137 | IDENTIFYING | UK_NHS_NUMBER",
        "NI Number | AB 12 34 56 C;JG103759A | IDENTIFYING | UK_NINO",
        "col4 | AB 12 34 56 C;JG103759A;WX123456B | IDENTIFYING | UK_NINO",
        "ssn | 536-22-1234;212-45-7781;401-11-0923 | IDENTIFYING | US_SSN",
        "tax_id | 536-22-1234;212-45-7781;401-11-0923 | IDENTIFYING | US_SSN",
        "Fit Note | Yes;No;No | SENSITIVE | HEALTH_DATA",
        "OH Referral | Referred;Not required;Not required | SENSITIVE | HEALTH_DATA",
        "Return to Work Interview | Completed;Pending | SENSITIVE | HEALTH_DATA",
        "workers_comp_claim | None;Open;Closed;None | SENSITIVE | HEALTH_DATA",
        "Reasonable Adjustments | None;Phased return;Adjusted hours;Screen reader | SENSITIVE | DISABILITY",
        "Presenting Complaint | Chest pain;Shortness of breath;Wrist fracture | SENSITIVE | DIAGNOSIS",
        "wage_garnishment | None;Child support;Tax levy;None | SENSITIVE | DEBT",
        "Absence Type | Sick leave;Annual leave;Annual leave;Unpaid leave;Annual leave | SENSITIVE | ",
        "Directorate | Adult Social Care;Environment;Libraries | QUASI_IDENTIFYING | WORKPLACE",
        "job_code | Warehouse Associate;Forklift Operator;Payroll Clerk | QUASI_IDENTIFYING | PROFESSION",
        "Home PC | LS6 2QF;BD3 9JH;LS11 5DN;LS6 2QF;SW1A 1AA | QUASI_IDENTIFYING | POSTAL_CODE",
        "Passport No | 19AB12345;20CD67890;18EF11223 | IDENTIFYING | RECORD_IDENTIFIER",
        "num_cni | 120634500123;090412300456;150877700789 | IDENTIFYING | RECORD_IDENTIFIER",
        "Sort Code | 20-00-00;40-47-84;30-94-57 | INSENSITIVE | BIC",
        "passeport_fourni | Oui;Non;Oui | INSENSITIVE | ",
        "Passport Expiry | 12/03/2029;01/07/2031 | INSENSITIVE | DATE",
        // codebooks: ACS PUMS disability rating and language, INSEE's household number
        "DRAT | 1;2;3;4;5;6;2;3 | SENSITIVE | DISABILITY",
        "LANX | 1;2;2;1;2 | QUASI_IDENTIFYING | NATIONALITY",
        // the other side: a count of persons is no person's key, a type of leave with no sickness is no health data
        "nb_participants | 12;15;18;20;25;31;44;52;60;71 | INSENSITIVE | ",
        "number_of_members | 12;15;18;20;25;31;44;52;60;71 | INSENSITIVE | ",
        "leave_type | Annual leave;Unpaid leave;Study leave;Annual leave | INSENSITIVE | ",
        "store_no | 14;15;14;16 | INSENSITIVE | ",
        // keys of one person's activity: an encounter (Epic CSN), a session, an anonymous visitor
        "Encounter CSN | 1069997542;1291749953;1428738299;1382696238;1552416856 | IDENTIFYING | RECORD_IDENTIFIER",
        "session_id | 66a04b8c-963a-4bc8-b9cf-06c41d89dbbe;48542416-ddf6-4502-9b16-9dcd882f2e83;66a04b8c-963a-4bc8-b9cf-06c41d89dbbe | IDENTIFYING | RECORD_IDENTIFIER",
        "anonymous_id | 02173309-9460-4bb6-b680-932dfb79e69b;1fb9822a-e442-4607-ba9d-2e6ff9bc73bf | IDENTIFYING | RECORD_IDENTIFIER",
        "session_count | 3;5;8;2;3 | INSENSITIVE | ",
        // EU-LFS variables with values that fit them (Eurostat codebook)
        "HHNUM | 298772205;314690852;114596142;729164885;298772205 | IDENTIFYING | RECORD_IDENTIFIER",
        "YEARBIR | 1959;1966;1988;1992;1961;1957 | QUASI_IDENTIFYING | DATE_OF_BIRTH",
        "NATIONAL | NAT;EU27_2020_FOR;NEU27_2020_FOR;NAT;NAT;STLS | QUASI_IDENTIFYING | ",
        "ILOSTAT | 1;3;2;1;1 | QUASI_IDENTIFYING | EMPLOYMENT_STATUS",
        "ISCO1D | 99;1;2;5;7;4 | QUASI_IDENTIFYING | PROFESSION",
        "REGION | FR10;FRI1;FRK2;FRG0;FR10 | QUASI_IDENTIFYING | NEIGHBOURHOOD",
        "INCDECIL | 2;8;4;9;7;10 | SENSITIVE | INCOME",
        "NOWKREAS | 06;02;07;03;01 | SENSITIVE | HEALTH_DATA",
        "DEGURBA | 2;3;1;2 | INSENSITIVE | ",
        "HHSEQNUM | 01;02;03;01 | INSENSITIVE | ",
        // the same names holding words, not codes, decide nothing from the codebook
        "TEMP | chaud;froid;tiède;chaud | INSENSITIVE | ",
        "HHNUM | a;b;c;a | INSENSITIVE | ",
        // English benefits named as such (a Y/N under a benefit's name says who receives it); a fitness restriction
        "Universal Credit | Y;N;N;Y | SENSITIVE | SOCIAL_BENEFIT",
        "Pension Credit | 0.00;45.10;0.00;12.30 | SENSITIVE | SOCIAL_BENEFIT",
        "Restrictions / aménagements | Poste assis-debout;Pas de travail de nuit;Temps partiel thérapeutique | SENSITIVE | HEALTH_DATA",
        "credit_limit | 500;1000;1500 | INSENSITIVE | ",
        // a child's sex written G/F (garçon, fille) under its name; the same letters elsewhere are no sex
        "sexe | G;F;F;G;G | QUASI_IDENTIFYING | GENDER",
        "categorie | G;F;F;G;G | INSENSITIVE | ",
        // an English title is a sex; a class is its level and its division
        "Title | Mr;Mrs;Ms;Miss;Mr;Mx | QUASI_IDENTIFYING | GENDER",
        "CLASSE | 3e F;3e B;6e D;4e A;5ème 2;3e F | QUASI_IDENTIFYING | SCHOOL"})
    void englishNamesOfIdentifiersHealthAndWorkSayWhatTheColumnIs(String name, String values, AttributeType type, String infoType) {
        ColumnClassification c = column(name, values.split(";"));
        assertThat(c.attributeType()).as("%s: %s", name, c).isEqualTo(type);
        if (infoType != null) {
            assertThat(c.infoType()).as("%s: %s", name, c).isEqualTo(infoType);
        }
    }
}
