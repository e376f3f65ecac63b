package fr.vigie.classify;

import static fr.vigie.classify.Fixtures.repeat;
import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import fr.vigie.model.Domain;
import fr.vigie.model.ProtectedAttribute;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ClassifierTest {
    private final Classifier classifier = Fixtures.classifier();
    private final Fake fake = new Fake(7);

    private ColumnClassification column(String name, List<String> values) {
        return classifier.classifyColumn(name, values);
    }

    private List<String> values(int n, java.util.function.Supplier<String> supplier) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(supplier.get());
        }
        return out;
    }

    private List<String> nirs(int n) {
        return values(n, () -> fake.nir(fake.chance(0.5), fake.date(1940, 2005)));
    }

    @ParameterizedTest
    @CsvSource({
        "dt_nais, DATE_OF_BIRTH", "DateOfBirth, DATE_OF_BIRTH", "date_de_naissance, DATE_OF_BIRTH", "Né(e) le, DATE_OF_BIRTH",
        "NOM_USAGE, PERSON_NAME", "nomUsage, PERSON_NAME", "LastName, PERSON_NAME", "prénom, PERSON_NAME",
        "tel_port, PHONE_NUMBER", "TelPortable, PHONE_NUMBER", "numero_telephone, PHONE_NUMBER",
        "mel, EMAIL_ADDRESS", "courriel, EMAIL_ADDRESS", "Adresse e-mail, EMAIL_ADDRESS",
        "num_secu, FR_NIR", "N° Sécu, FR_NIR", "numsecu, FR_NIR", "NIR, FR_NIR",
        "code_postal, POSTAL_CODE", "CodePostal, POSTAL_CODE", "cp, POSTAL_CODE",
        "nationalité, NATIONALITY", "diagnostic, DIAGNOSIS", "handicap, DISABILITY", "revenus, INCOME",
        "salaire_brut, INCOME", "iban, IBAN", "adresse_domicile, STREET_ADDRESS", "immat, VEHICLE_PLATE",
        "identifiant_famille, RECORD_IDENTIFIER", "usager_id, RECORD_IDENTIFIER", "date_diagnostic, DATE",
        "nature_infraction, OFFENCE", "date_infraction, DATE", "religion, RELIGION", "orientation_sexuelle, SEXUAL_ORIENTATION"})
    void recognisesColumnNamesInTheirUsualSpellings(String name, String infoType) {
        ColumnClassification c = column(name, List.of());
        assertThat(c.infoType()).as(name).isEqualTo(infoType);
        assertThat(c.evidence().nameMatch()).isNotNull();
    }

    @Test
    void recognisesIdentifiersFromValuesWhenTheNameSaysNothing() {
        assertThat(column("col1", nirs(200)).infoType()).isEqualTo("FR_NIR");
        assertThat(column("col2", values(200, fake::iban)).infoType()).isEqualTo("IBAN");
        assertThat(column("col3", values(200, fake::card)).infoType()).isEqualTo("CREDIT_CARD_NUMBER");
        assertThat(column("col4", values(200, fake::phone)).infoType()).isEqualTo("PHONE_NUMBER");
        assertThat(column("col5", values(200, () -> fake.email("Jean", "Martin"))).infoType()).isEqualTo("EMAIL_ADDRESS");
        assertThat(column("col6", values(200, fake::ipv4)).infoType()).isEqualTo("IP_ADDRESS");
        ColumnClassification nir = column("col1", nirs(200));
        assertThat(nir.attributeType()).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(nir.evidence().rule()).isEqualTo("nir-value");
        assertThat(nir.evidence().valueMatchRatio()).isEqualTo(1.0);
        assertThat(nir.evidence().sampled()).isEqualTo(200);
    }

    @Test
    void valuesThatLookRightButFailTheirValidatorDoNotCount() {
        ColumnClassification orders = column("num_commande", values(200, fake::nirWrongKey));
        assertThat(orders.attributeType()).isEqualTo(AttributeType.INSENSITIVE);
        assertThat(orders.infoType()).isNull();
        ColumnClassification refs = column("ref_paiement", values(200, fake::luhnFailing16));
        assertThat(refs.attributeType()).isEqualTo(AttributeType.INSENSITIVE);
    }

    @Test
    void aNameWithValuesFailingItsValidatorStaysProtectedWithLowerConfidence() {
        ColumnClassification c = column("num_secu", values(200, fake::nirWrongKey));
        assertThat(c.attributeType()).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(c.confidence()).isLessThanOrEqualTo(0.6);
        assertThat(c.evidence().notes()).anyMatch(n -> n.contains("values do not pass"));
    }

    @Test
    void nameAndValuesAgreeingGiveMoreConfidenceThanEitherAlone() {
        double both = column("nir", nirs(200)).confidence();
        double valuesOnly = column("col", nirs(200)).confidence();
        double nameOnly = column("nir", List.of()).confidence();
        assertThat(both).isGreaterThan(valuesOnly).isGreaterThan(nameOnly);
    }

    @Test
    void checksummedValuesWinOverTheNameOfAnotherType() {
        ColumnClassification c = column("num_client", nirs(200));
        assertThat(c.infoType()).isEqualTo("FR_NIR");
        assertThat(c.evidence().notes()).anyMatch(n -> n.contains("name suggests RECORD_IDENTIFIER"));
    }

    @Test
    void serviceNamesAreNotPeople() {
        ColumnClassification c = column("nom_service", repeat(100, "CCAS Montpellier", "Pôle Insertion", "Direction de l'eau"));
        assertThat(c.attributeType()).isEqualTo(AttributeType.INSENSITIVE);
    }

    @Test
    void secteurIsNotSexe() {
        assertThat(column("secteur", repeat(100, "Nord", "Sud", "Est")).attributeType()).isEqualTo(AttributeType.INSENSITIVE);
        assertThat(column("sexe", repeat(100, "F", "H")).infoType()).isEqualTo("GENDER");
    }

    @Test
    void aBookGenreIsNotAGenderButCodedSexIs() {
        ColumnClassification books = column("genre", repeat(100, "Roman", "Policier", "BD"));
        assertThat(books.attributeType()).isEqualTo(AttributeType.INSENSITIVE);
        assertThat(books.evidence().notes()).anyMatch(n -> n.contains("do not confirm"));
        ColumnClassification coded = column("genre", repeat(100, "1", "2", "2"));
        assertThat(coded.infoType()).isEqualTo("GENDER");
        assertThat(coded.protectedAttribute()).isEqualTo(ProtectedAttribute.GENDER);
    }

    @Test
    void datesThatAreNotBirthDatesAreInsensitive() {
        ColumnClassification c = column("date_demande", repeat(100, "12/03/2025", "01/04/2025"));
        assertThat(c.attributeType()).isEqualTo(AttributeType.INSENSITIVE);
        assertThat(c.infoType()).isEqualTo("DATE");
        ColumnClassification birth = column("date_naissance", repeat(100, "12/03/1960", "01/04/1985"));
        assertThat(birth.attributeType()).isEqualTo(AttributeType.QUASI_IDENTIFYING);
        assertThat(birth.protectedAttribute()).isEqualTo(ProtectedAttribute.AGE);
    }

    @Test
    void amountsThatLookLikePostalCodesAreAmounts() {
        List<String> amounts = values(300, () -> String.valueOf(fake.between(10000, 95000)));
        ColumnClassification named = column("montant_du", amounts);
        assertThat(named.infoType()).isEqualTo("AMOUNT");
        assertThat(named.domain()).isEqualTo(Domain.FINANCIAL);
        assertThat(column("valeur", amounts).infoType()).isNotEqualTo("POSTAL_CODE");
        assertThat(column("valeur", repeat(300, "34000", "34070", "34170", "34970")).infoType()).isEqualTo("POSTAL_CODE");
    }

    @Test
    void placesNamedAfterPeopleAreNotPersonNames() {
        ColumnClassification c = column("etablissement_x", repeat(100, "École Jules Ferry", "Médiathèque Émile Zola", "Collège Jean Moulin"));
        assertThat(c.infoType()).isNotEqualTo("PERSON_NAME");
        assertThat(column("x", repeat(100, "Jules", "Marie", "Nathalie", "Mohamed")).infoType()).isEqualTo("PERSON_NAME");
    }

    @Test
    void freeTextWithEmbeddedPhoneNumbersIsFlaggedWithCountsAndNoValue() {
        List<String> comments = repeat(100, "Rappeler au 06 12 34 56 78 avant jeudi", "Dossier complet, rien à signaler",
            "Envoyer les pièces à jean.martin@example.fr rapidement", "Demande transmise au service instructeur");
        ColumnClassification c = column("commentaire", comments);
        assertThat(c.attributeType()).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(c.infoType()).isEqualTo(Classifier.FREE_TEXT);
        assertThat(c.evidence().embeddedIdentifiers()).containsEntry("PHONE_NUMBER", 25).containsEntry("EMAIL_ADDRESS", 25);
        assertThat(c.toString()).doesNotContain("06 12 34 56 78").doesNotContain("jean.martin");
    }

    @Test
    void freeTextWithoutANameHintIsScannedToo() {
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            notes.add(i % 2 == 0 ? "Personne suivie pour diabète de type 2 depuis " + i + " mois"
                : "Demande de rendez-vous numéro " + i + " avec l'assistante sociale du secteur");
        }
        ColumnClassification c = column("zone_libre", notes);
        assertThat(c.attributeType()).isEqualTo(AttributeType.SENSITIVE);
        assertThat(c.domain()).isEqualTo(Domain.HEALTH);
        assertThat(c.evidence().embeddedIdentifiers()).containsKey("HEALTH_TERM");
    }

    @Test
    void scanTextCountsInfoTypesWithoutReturningText() {
        Map<String, Integer> counts = classifier.scanText("Contact : 06 12 34 56 78 ou 04.67.00.00.01, mail a.b@example.org. "
            + "NIR 1 85 05 78 006 048 30, carte 4111 1111 1111 1111. Patient diabétique, asthme. Faux NIR 185057800604831.");
        assertThat(counts).containsEntry("PHONE_NUMBER", 2).containsEntry("EMAIL_ADDRESS", 1).containsEntry("FR_NIR", 1)
            .containsEntry("CREDIT_CARD_NUMBER", 1).containsEntry("HEALTH_TERM", 2);
        assertThat(classifier.scanText("")).isEmpty();
    }

    @Test
    void pinsReplaceOnlyTheFieldsTheySetAndShowWhoPinned() {
        ColumnSampler sampler = classifier.sampler(List.of("code_interne", "sexe"));
        for (int i = 0; i < 50; i++) {
            sampler.accept(new String[] {"X" + i, i % 2 == 0 ? "F" : "H"});
        }
        ColumnPin pin = new ColumnPin(AttributeType.IDENTIFYING, "RECORD_IDENTIFIER", null, null, "jobs/ccas.yml");
        ClassificationResult result = classifier.classify("t.csv", 50, sampler, Map.of("code_interne", pin), null);
        ColumnClassification pinned = result.column("code_interne");
        assertThat(pinned.attributeType()).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(pinned.infoType()).isEqualTo("RECORD_IDENTIFIER");
        assertThat(pinned.pinnedBy()).isEqualTo("jobs/ccas.yml");
        assertThat(pinned.evidence().notes()).anyMatch(n -> n.startsWith("pinned: detected INSENSITIVE"));
        assertThat(result.column("sexe").pinnedBy()).isNull();
    }

    @Test
    void datasetCrossingHealthAndFinanceNeedsADpia() {
        ColumnSampler sampler = classifier.sampler(List.of("nom", "diagnostic", "revenus"));
        for (int i = 0; i < 30; i++) {
            sampler.accept(new String[] {"Martin", "Asthme", "1200.50"});
        }
        ProcessingContext context = new ProcessingContext("Attribution des aides", List.of("Sète Agglopôle"), "CCAS de Montpellier");
        DatasetClassification d = classifier.classify("t.csv", 30, sampler, null, context).dataset();
        assertThat(d.sensitivity()).isEqualTo(Sensitivity.HIGH);
        assertThat(d.domains()).containsExactly(Domain.HEALTH, Domain.FINANCIAL);
        assertThat(d.crossesHealthAndFinance()).isTrue();
        assertThat(d.dpiaRequired()).isTrue();
        assertThat(d.recordOfProcessing().purpose()).isEqualTo("Attribution des aides");
        assertThat(d.recordOfProcessing().recipients()).containsExactly("Sète Agglopôle");
        assertThat(d.recordOfProcessing().categoriesOfData()).containsExactly("PERSON_NAME", "DIAGNOSIS", "INCOME");
    }

    @Test
    void personalDataAtLargeScaleNeedsADpiaEvenWithoutSensitiveDomain() {
        ColumnSampler sampler = classifier.sampler(List.of("email", "commune"));
        sampler.accept(new String[] {"a@b.fr", "Lattes"});
        DatasetClassification small = classifier.classify("t.csv", 99_999, sampler, null, null).dataset();
        DatasetClassification large = classifier.classify("t.csv", 100_000, sampler, null, null).dataset();
        assertThat(small.dpiaRequired()).isFalse();
        assertThat(small.sensitivity()).isEqualTo(Sensitivity.MEDIUM);
        assertThat(large.dpiaRequired()).isTrue();
        assertThat(large.dpiaReasons()).anyMatch(r -> r.startsWith("large scale"));
        assertThat(large.recordOfProcessing().largeScale()).isTrue();
    }

    /** Nothing identifies anyone and nothing is held for review (a column held may be the one naming the rows). */
    @Test
    void datasetWithoutPersonalDataIsLowSensitivity() {
        ColumnSampler sampler = classifier.sampler(List.of("date_releve", "nb_velos"));
        sampler.accept(new String[] {"12/03/2026", "12"});
        DatasetClassification d = classifier.classify("t.csv", 1, sampler, null, null).dataset();
        assertThat(d.sensitivity()).isEqualTo(Sensitivity.LOW);
        assertThat(d.personalData()).isFalse();
        assertThat(d.dpiaRequired()).isFalse();
        assertThat(d.protectedAttributes()).isEmpty();
    }

    @Test
    void jsonFollowsTheContractAndHoldsNoRawValue() {
        ColumnSampler sampler = classifier.sampler(List.of("nir", "sexe", "commentaire"));
        List<String> nirs = nirs(20);
        for (int i = 0; i < 20; i++) {
            sampler.accept(new String[] {nirs.get(i), "F", "Appeler le 06 11 22 33 44 demain matin sans faute"});
        }
        ClassificationResult result = classifier.classify("sample-data/ccas/aides.csv", 20, sampler, Map.of(), null);
        String json = result.toJson();
        JsonNode root = JsonMapper.builder().build().readTree(json);
        assertThat(root.get("source").asString()).isEqualTo("sample-data/ccas/aides.csv");
        assertThat(root.get("rows").asLong()).isEqualTo(20);
        JsonNode nir = root.get("columns").get(0);
        assertThat(nir.propertyNames()).contains("name", "attributeType", "infoType", "domain", "protectedAttribute",
            "confidence", "evidence");
        assertThat(nir.get("attributeType").asString()).isEqualTo("IDENTIFYING");
        assertThat(nir.has("personal")).isFalse();
        assertThat(nir.get("domain").isNull()).isTrue();
        assertThat(nir.get("evidence").propertyNames()).contains("nameMatch", "valueMatchRatio", "sampled");
        assertThat(nir.get("evidence").get("nameMatch").asString()).isEqualTo("nir");
        assertThat(root.get("dataset").propertyNames()).contains("sensitivity", "domains", "crossesHealthAndFinance", "dpiaRequired");
        assertThat(root.get("dataset").get("protectedAttributes").get("GENDER").get(0).asString()).isEqualTo("sexe");
        for (String nirValue : nirs) {
            assertThat(json).doesNotContain(nirValue);
        }
        assertThat(json).doesNotContain("06 11 22 33 44");
    }

    @Test
    void jsonReadsBackIntoAnEqualResult() {
        ColumnSampler sampler = classifier.sampler(List.of("nom", "sexe", "commentaire", "diagnostic"));
        for (int i = 0; i < 30; i++) {
            sampler.accept(new String[] {"Martin", "F", "Appeler le 06 11 22 33 " + (10 + i) + " demain matin sans faute", "Asthme"});
        }
        ClassificationResult result = classifier.classify("t.csv", 30, sampler,
            Map.of("nom", new ColumnPin(null, null, Domain.HEALTH, null, "jobs/x.yml")),
            new ProcessingContext("p", List.of("r"), "c"));
        ClassificationResult back = JsonMapper.builder().build().readValue(result.toJson(), ClassificationResult.class);
        assertThat(back).isEqualTo(result);
    }

    @Test
    void tablePrintsEveryColumnAndTheDatasetDecisions() {
        ColumnSampler sampler = classifier.sampler(List.of("nom", "diagnostic", "montant"));
        sampler.accept(new String[] {"Martin", "Asthme", "12.00"});
        String table = classifier.classify("t.csv", 1, sampler, null, null).toTable();
        assertThat(table).contains("nom", "PERSON_NAME", "diagnostic", "DIAGNOSIS", "montant", "AMOUNT",
            "sensitivity: HIGH", "ALERT: health and financial", "DPIA required: yes");
        assertThat(table).doesNotContain("Martin").doesNotContain("Asthme");
    }

    @Test
    void capitalisedWordsAreNotTakenForBics() {
        assertThat(column("equipement", repeat(50, "PISCINES", "GYMNASES", "STADIUMS")).attributeType())
            .isEqualTo(AttributeType.INSENSITIVE);
        assertThat(column("equipement", repeat(50, "PISCINES", "GYMNASES", "STADIUMS")).domain()).isNull();
        assertThat(column("bic", repeat(50, "BNPAFRPP", "AGRIFRPP834")).infoType()).isEqualTo("BIC");
    }

    @Test
    void aHolderIsAPersonOnlyWhenTheValuesAreNames() {
        ColumnClassification titled = column("titulaire", repeat(50, "M. Julien PETIT", "Mme Céline BERNARD", "M. et Mme Rouvière"));
        assertThat(titled.infoType()).isEqualTo("PERSON_NAME");
        assertThat(column("titulaire", repeat(50, "Oui", "Non")).infoType()).isNull();
    }

    @Test
    void whenTheBestNameMatchIsNotConfirmedTheNextOneDecides() {
        ColumnClassification c = column("Bénéficiaire RSA", repeat(50, "Oui", "Non"));
        assertThat(c.infoType()).isEqualTo("SOCIAL_BENEFIT");
        assertThat(c.evidence().notes()).anyMatch(n -> n.contains("holder"));
    }

    @Test
    void anIdentifierNameIsARecordKeyOnlyWhenEveryValueDiffers() {
        assertThat(column("id", values(100, () -> "PRV-" + fake.digits(8))).infoType()).isEqualTo("RECORD_IDENTIFIER");
        assertThat(column("id", repeat(100, "A", "B", "C")).attributeType()).isEqualTo(AttributeType.INSENSITIVE);
    }

    @Test
    void aTreatingDoctorIsAPersonWhoseNameCarriesNoDomain() {
        ColumnClassification c = column("medecin_traitant", repeat(50, "Dr Laetitia Dos Santos", "Dr Paul Girard"));
        assertThat(c.attributeType()).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(c.domain()).isNull();
    }

    @Test
    void vocabulariesIgnoreInclusiveEndingsAndLittleWords() {
        assertThat(column("x", repeat(50, "Marié(e)", "Veuf(ve)", "Divorcé(e)", "Célibataire")).infoType()).isEqualTo("FAMILY_SITUATION");
        assertThat(column("y", repeat(50, "Aide à l'énergie", "Aide au loyer", "Secours d'urgence")).infoType()).isEqualTo("SOCIAL_BENEFIT");
    }

    @Test
    void unnamedDatesSpreadOverDecadesAreReadAsBirthDates() {
        ColumnClassification births = column("col", values(200, () -> Fake.dmy(fake.date(1940, 2010))));
        assertThat(births.infoType()).isEqualTo("DATE_OF_BIRTH");
        assertThat(births.protectedAttribute()).isEqualTo(ProtectedAttribute.AGE);
        assertThat(births.confidence()).isLessThan(0.8);
        assertThat(column("col", values(200, () -> Fake.dmy(fake.date(2015, 2025)))).infoType()).isEqualTo("DATE");
        assertThat(column("col", values(200, () -> Fake.dmy(fake.date(1950, 2060)))).infoType()).as("future dates").isEqualTo("DATE");
        assertThat(column("date_construction", values(200, () -> Fake.dmy(fake.date(1900, 2010)))).infoType()).isEqualTo("DATE");
    }

    @Test
    void datesSupportABirthDateName() {
        ColumnClassification withDates = column("dt_nais", repeat(50, "12/03/1960", "01/04/1985"));
        ColumnClassification withoutValues = column("dt_nais", List.of());
        assertThat(withDates.evidence().valueRule()).isEqualTo("date-value");
        assertThat(withDates.confidence()).isGreaterThan(withoutValues.confidence());
    }

    @Test
    void emptyColumnsAreClassifiedFromTheirNameOnly() {
        ColumnClassification c = column("telephone", List.of());
        assertThat(c.infoType()).isEqualTo("PHONE_NUMBER");
        assertThat(c.evidence().sampled()).isZero();
        assertThat(column("vide", List.of()).attributeType()).isEqualTo(AttributeType.INSENSITIVE);
    }
}
