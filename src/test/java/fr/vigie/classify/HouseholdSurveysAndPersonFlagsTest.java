package fr.vigie.classify;

import static fr.vigie.classify.Fixtures.assertProtected;
import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import fr.vigie.model.Domain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Ordinary columns of person files that round 9 held for review (stop 26), attacked with files written in
 * other languages and layouts than the corpus files that revealed them ({@code attacks-26/}, README there): a person's
 * rank in a household survey, the domain a vetting check lent to unrelated columns, and flags named as a licence, a
 * certificate handed over or a consent to news. Each release needs evidence from the values and the structure; the
 * codes beside them stay held.
 */
class HouseholdSurveysAndPersonFlagsTest {
    private static final Fixtures.Folder FILES = Fixtures.folder("attacks-26");

    /**
     * A Portuguese household survey's person file, coded without its code book: "IND" counts the persons of each household
     * from 1, restarting at every household number ("DOM"). The rank of a person in their household is no identifier and
     * no trait: the structure (every household's ranks exactly 1 to its size) says so, not the name.
     */
    @Test
    void aPersonsRankRestartingInEveryHouseholdIsNoIdentifier() {
        ColumnClassification rank = FILES.file("inquerito_mobilidade_individuos_pt.csv").column("IND");

        assertThat(rank.attributeType()).isEqualTo(AttributeType.INSENSITIVE);
        assertThat(rank.reviewNeeded()).isFalse();
    }

    /** The household's number the ranks restart on gathers the household's persons: a key, protected. */
    @Test
    void theHouseholdNumberTheRanksRestartOnIsAKey() {
        assertThat(FILES.file("inquerito_mobilidade_individuos_pt.csv").column("DOM").attributeType())
            .isEqualTo(AttributeType.IDENTIFYING);
    }

    /**
     * Beside the ranks, codes stay held: a 1/2 (the sex, or anything else: no code book), the relationship to the
     * reference person (codes repeated within a household: several children), a disability code.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"S1", "S2", "DEF", "S4"})
    void codesBesideTheRanksStayHeld(String column) {
        ColumnClassification c = FILES.file("inquerito_mobilidade_individuos_pt.csv").column(column);

        assertThat(c.attributeType()).as(column).isNotEqualTo(AttributeType.INSENSITIVE);
        assertThat(c.reviewNeeded()).as(column).isTrue();
    }

    /**
     * A German volunteer export with a certificate of good conduct ("Führungszeugnis": liegt vor, ausstehend): the check
     * is an offence column, but a T-shirt size, a count of shifts and tags held beside it take no OFFENCE from it: a
     * domain given to a held column comes from that column.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"T-Shirt-Größe", "Einsätze", "Schlagwörter"})
    void aColumnBesideAVettingCheckTakesNoOffenceFromIt(String column) {
        assertThat(FILES.file("ehrenamt_plattform_export_de.csv").column(column).domain()).isNotEqualTo(Domain.OFFENCE);
    }

    /** The vetting check itself stays an offence column. */
    @Test
    void theVettingCheckStaysAnOffence() {
        ColumnClassification check = FILES.file("ehrenamt_plattform_export_de.csv").column("Führungszeugnis");

        assertThat(check.attributeType()).isEqualTo(AttributeType.SENSITIVE);
        assertThat(check.domain()).isEqualTo(Domain.OFFENCE);
    }

    /** A yes/no under a name made only of words of a consent to news or marketing is a contact preference. */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"ehrenamt_plattform_export_de.csv, Newsletter-Einwilligung", "bon_prawo_jazdy_krakow_pl.csv, Zgoda marketingowa"})
    void aConsentToNewsOrMarketingIsAFlag(String name, String column) {
        assertThat(FILES.file(name).column(column).attributeType()).isEqualTo(AttributeType.INSENSITIVE);
    }

    /**
     * A Polish driving-licence grant: whether the young person holds the licence ("tak", "nie", "w trakcie") and whether
     * the certificate was handed over ("tak", "wysłane pocztą"), under names made only of words of a licence or a
     * certificate handed over: flags of the procedure, released even beside a disability column, which stays held.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"Prawo jazdy kat. B", "Zaświadczenie wydane"})
    void aLicenceOrACertificateHandedOverIsAFlag(String column) {
        assertThat(FILES.file("bon_prawo_jazdy_krakow_pl.csv").column(column).attributeType()).isEqualTo(AttributeType.INSENSITIVE);
    }

    @Test
    void theDisabilityFlagBesideTheLicenceStaysProtected() {
        assertProtected(FILES.file("bon_prawo_jazdy_krakow_pl.csv").column("Orzeczenie o niepełnosprawności"));
    }

    /** Beside offences (a German fines office's drivers), a yes/no on the licence may say it was withdrawn: held. */
    @Test
    void aLicenceFlagBesideOffencesStaysHeld() {
        assertProtected(FILES.file("bussgeld_fahrer_de.csv").column("Führerschein"));
    }
}
