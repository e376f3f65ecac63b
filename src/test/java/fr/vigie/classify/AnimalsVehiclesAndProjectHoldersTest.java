package fr.vigie.classify;

import static fr.vigie.classify.Fixtures.assertProtected;
import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import fr.vigie.model.Domain;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a DPO reads as no person's data beside a person: an animal's breed, species, sex and age in a shelter's file, a
 * vehicle's make and model in a fleet's; and the companies of an incubator, whose founder or project holder is their
 * contact. Both sides are attacked: a person's origin written with words that are also cat breeds, an adopter's
 * ethnicity, drivers whose names are car makes, sole traders testing an activity with no legal form shown. Files in
 * {@code src/test/resources/classify/attacks-27/} (README there, block "orgs27").
 */
class AnimalsVehiclesAndProjectHoldersTest {
    private static final Fixtures.Folder FILES = Fixtures.folder("attacks-27");

    @TempDir
    Path dir;

    private static void assertOrdinary(ColumnClassification c) {
        assertThat(c.attributeType()).as(c.name()).isEqualTo(AttributeType.INSENSITIVE);
        assertThat(c.domain()).as(c.name()).isNull();
        assertThat(c.reviewNeeded()).as(c.name()).isFalse();
    }

    /** A breed is no origin, a neutered sex and an age in years the animal's, a species no one's (German, English). */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"tierheim_vermittlungen_de.csv, Tierart", "tierheim_vermittlungen_de.csv, Rasse",
        "tierheim_vermittlungen_de.csv, Geschlecht Tier", "tierheim_vermittlungen_de.csv, Alter Tier",
        "pet_adoption_register_en.csv, Species", "pet_adoption_register_en.csv, Breed",
        "pet_adoption_register_en.csv, Pet sex", "pet_adoption_register_en.csv, Pet age"})
    void anAnimalsFieldsAreTheAnimals(String file, String column) {
        ColumnClassification c = FILES.column(file, column);

        assertOrdinary(c);
        assertThat(c.infoType()).as(column).isEqualTo("ANIMAL");
    }

    /** The adopter beside the animal stays a person: name, birth date, phone, and an ethnicity written as such. */
    @Test
    void theAdoptersDataStaysTheAdopters() {
        ClassificationResult de = FILES.file("tierheim_vermittlungen_de.csv");
        ClassificationResult en = FILES.file("pet_adoption_register_en.csv");

        assertThat(de.dataset().dataSubject()).isEqualTo(DataSubject.PERSON);
        assertThat(de.column("Halter").infoType()).isEqualTo("PERSON_NAME");
        assertThat(de.column("Geburtsdatum Halter").infoType()).isEqualTo("DATE_OF_BIRTH");
        assertProtected(de.column("Telefon Halter"));
        assertThat(en.column("Adopter ethnicity").domain()).isEqualTo(Domain.SPECIAL_CATEGORY);
        assertThat(en.column("Adopter").infoType()).isEqualTo("PERSON_NAME");
    }

    /**
     * A person's origin under "race" whose values are mostly "Européen", with "Persan" and "Oriental" (also cat
     * breeds): breeds named after peoples never decide alone, the column stays an origin; the person's sex stays theirs.
     */
    @Test
    void originsWrittenWithWordsThatAreAlsoBreedsStayOrigins() {
        ClassificationResult r = FILES.file("enquete_discriminations_origines.csv");

        assertThat(r.column("race").infoType()).isEqualTo("ETHNIC_ORIGIN");
        assertThat(r.column("race").domain()).isEqualTo(Domain.SPECIAL_CATEGORY);
        assertThat(r.column("sexe").infoType()).isEqualTo("GENDER");
        assertThat(r.column("mode_reglement").infoType()).isNotEqualTo("ANIMAL");
    }

    /** A vehicle's make and model is the vehicle's; its driver, named "Mercedes Ford", stays a person. */
    @Test
    void aVehiclesMakeIsNoOnesAndItsDriverStaysAPerson() {
        ClassificationResult r = FILES.file("parque_movil_conductores_es.csv");

        assertOrdinary(r.column("Vehículo"));
        assertThat(r.column("Vehículo").infoType()).isEqualTo("VEHICLE_MODEL");
        assertThat(r.column("Conductor").infoType()).isEqualTo("PERSON_NAME");
        assertProtected(r.column("DNI conductor"));
    }

    /**
     * A business nursery's companies (legal forms SAS, SCOP, association) with their founder as contact: an
     * organisation's file; its SIREN, turnover, staff, seat and cohort are no person's data; the founder's name and
     * phone are; an honour loan is lent to the founder personally and stays theirs.
     */
    @Test
    void anIncubatorsCompaniesAreAnOrganisationsFileWithTheirFounderAsContact() {
        ClassificationResult r = FILES.file("pepiniere_entreprises_hebergees.csv");

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.ORGANISATION);
        for (String column : new String[] {"SIREN", "CA prévisionnel (€)", "Effectif", "Adresse siège", "Commune",
            "Cohorte", "Statut"}) {
            assertOrdinary(r.column(column));
        }
        assertThat(r.column("Fondateur").infoType()).isEqualTo("PERSON_NAME");
        assertProtected(r.column("Tél. fondateur"));
        assertThat(r.column("Prêt d'honneur (€)").attributeType()).isEqualTo(AttributeType.SENSITIVE);
        assertThat(r.column("Prêt d'honneur (€)").domain()).isEqualTo(Domain.FINANCIAL);
    }

    /**
     * Sole traders testing an activity (no legal form shown) or declared as such: the holders are the rows, their
     * SIRET and turnover their own.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"couveuse_cape_porteurs_sans_forme.csv, SIRET, Chiffre d'affaires test (€)",
        "couveuse_micro_entrepreneurs.csv, SIRET, CA déclaré N-1 (€)"})
    void soleTradersHoldingTheirOwnProjectStayPersons(String file, String siret, String turnover) {
        ClassificationResult r = FILES.file(file);

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PERSON);
        assertProtected(r.column(siret));
        assertProtected(r.column(turnover));
    }

    /**
     * A disability answered yes or no beside a placement's duration and a panel's decision: the flag is the person's,
     * the decision and the duration the placement's, no step of a disability procedure (they are not HEALTH). An MDPH
     * file whose anchor is the nature of the disability keeps its decision and duration as steps of it.
     */
    @Test
    void aYesNoFlagAnchorsNoProcedureWhileADisabilityFileKeepsItsSteps() {
        ClassificationResult flag = FILES.file("apprentices_intake_disability_flag_en.csv");
        ClassificationResult mdph = FILES.file("mdph_decisions_cdaph.csv");

        assertThat(flag.column("Disability (Y/N)").domain()).isEqualTo(Domain.HEALTH);
        assertThat(flag.column("Panel decision").domain()).isNotEqualTo(Domain.HEALTH);
        assertThat(mdph.column("Décision CDAPH").domain()).isEqualTo(Domain.HEALTH);
        assertThat(mdph.column("Durée (ans)").domain()).isEqualTo(Domain.HEALTH);
    }

    /** The holders' section is validated on load: no words, or an unknown info type, names the file and the key. */
    @Test
    void aBadHoldersSectionIsRejectedNamingTheKey() {
        String subject = Fixtures.MINIMAL_DATA_SUBJECT + "  holders: {words: [porteur], beside: [LEGAL_FORM]}\n";
        String minimal = Fixtures.minimalRules();
        Fixtures.assertRulesRejected(dir, minimal + subject, "dataSubject.holders.beside[0]",
            "unknown info type 'LEGAL_FORM'");
        Fixtures.assertRulesRejected(dir, minimal + subject.replace("[porteur]", "[]"), "dataSubject.holders.words",
            "at least one word");
        Fixtures.assertRulesRejected(dir, minimal + subject.replace("beside:", "besides:"), "dataSubject.holders.besides",
            "unknown key");
    }
}
