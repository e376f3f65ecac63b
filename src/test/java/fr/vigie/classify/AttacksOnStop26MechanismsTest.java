package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import fr.vigie.model.Domain;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Attacks on the mechanisms read from round 9 (stop 26; files and what each attacks in
 * {@code attacks-26b/README.md}): a column the rules must protect, sent by a careless or hostile department so that one
 * of this stop's releases (a garment's size, a licence flag, a person's rank in the household, a period of the year)
 * applies to it.
 */
class AttacksOnStop26MechanismsTest {
    private static final Fixtures.Folder FILES = Fixtures.folder("attacks-26b");

    /** A size word alone ("taglia", "size") names no garment: an incontinence pad's size is the resident's health. */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"rsa_ospiti_taglia_pannolone_it.csv, Taglia pannolone", "care_home_pad_size_en.csv, Pad size"})
    void aSizeOfSomethingElseThanAGarmentIsNotReleased(String file, String column) {
        assertHeld(FILES.file(file).column(column));
    }

    /** One-letter licence categories alone ("B", "Cat") are no licence's name: a health questionnaire's coded items. */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"questionnaire_sante_items_codes.csv, B", "questionnaire_sante_items_codes.csv, Cat"})
    void itemsCodedByALetterBesideADiagnosisAreNoLicenceFlags(String file, String column) {
        assertHeld(FILES.file(file).column(column));
    }

    /** Steps restarting for each pupil beside an offence are the sanction's escalation, no household rank. */
    @Test
    void aCountRestartingForEachPersonBesideAnOffenceIsNoHouseholdRank() {
        assertHeld(FILES.file("schule_ordnungsmassnahmen_stufen_de.csv").column("Stufe"));
    }

    /** A patient's nth episode beside the diagnosis is the care's history, no household rank. */
    @Test
    @Disabled("left open: householdRanks.notBeside with HEALTH holds it, but also the rank SPORDER of a census person "
        + "file with disability columns (moved acs_pums_persons; rounds 1-2 macro-F1 below its 0.891 floor); telling a "
        + "person's records from a household's persons needs more than the domains beside")
    void aCountRestartingForEachPatientBesideADiagnosisIsNoHouseholdRank() {
        assertHeld(FILES.file("psychiatric_readmissions_episodes_en.csv").column("Episode"));
    }

    /** A day and month beside each member's name is a birthday (part of a date of birth), not a period of the year. */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"verjaardagen_vereniging_nl.csv, Jarig", "circolo_soci_compleanni_it.csv, Compleanno"})
    void aDayAndMonthForEachNamedPersonIsNotReleasedAsAPeriod(String file, String column) {
        assertThat(FILES.file(file).column(column).attributeType()).isNotEqualTo(AttributeType.INSENSITIVE);
    }

    /** A social landlord's single-family houses by month: each "site" is a household's home, its readings personal data. */
    @Test
    void aLandlordsHousesByMonthAreNoTableOfSites() {
        ClassificationResult r = FILES.file("pavillons_bailleur_releves.csv");

        assertThat(r.dataset().personalData()).isTrue();
        assertHeld(r.column("Code bâtiment"));
    }

    /** Months beside a pregnancy's diagnosis: the expected month of delivery is the mother's health, not a period. */
    @Test
    void anExpectedMonthOfDeliveryBesideADiagnosisIsNotReleasedAsAPeriod() {
        assertHeld(FILES.file("pmi_suivi_grossesses.csv").column("Terme prévu"));
    }

    /** A rank under "Officier" is no officer's name: the column stays held, not released by the role word alone. */
    @Test
    void ranksUnderOfficierAndRolesUnderAdjointStayHeld() {
        ClassificationResult firefighters = Fixtures.folder("attacks-28c").file("sapeurs_volontaires_grades.csv");

        assertHeld(firefighters.column("Officier"));
        assertHeld(firefighters.column("Adjoint"));
        assertHeld(firefighters.column("Notes"));
    }

    /** The term of a pregnancy named in German is the mother's health; a lease's term is no pregnancy. */
    @Test
    void anExpectedTermNamedSoIsHealthAndALeasesTermIsNot() {
        ClassificationResult midwives = Fixtures.folder("attacks-28c").file("hebammen_betreuung_de.csv");
        ClassificationResult leases = Fixtures.folder("attacks-28c").file("baux_commerciaux_echeances.csv");

        assertThat(midwives.column("Errechneter Termin").domain()).isEqualTo(Domain.HEALTH);
        assertThat(leases.column("Terme du bail").domain()).isNull();
    }

    /** Protected or held for review: SENSITIVE or IDENTIFYING, or any type with reviewNeeded. */
    private static void assertHeld(ColumnClassification c) {
        assertThat(c.attributeType() == AttributeType.SENSITIVE || c.attributeType() == AttributeType.IDENTIFYING
            || c.reviewNeeded()).as("%s held: %s, review %s", c.name(), c.attributeType(), c.reviewNeeded()).isTrue();
    }
}
