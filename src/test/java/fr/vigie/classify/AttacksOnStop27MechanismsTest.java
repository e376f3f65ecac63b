package fr.vigie.classify;

import static fr.vigie.classify.Fixtures.assertProtected;
import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import fr.vigie.model.Domain;
import java.nio.file.Path;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Attacks on the mechanisms of stop 27 that release a column or take a domain away: a line number that carries the
 * order of a sensitive column, a vehicle adapted for its driver's disability read as a make, sole traders whose legal
 * form is written in English or German, a count of sick days or of psychiatric sessions named in Ukrainian, Russian,
 * Arabic or Turkish, and a short Arabic skeleton that is also a Latin acronym. Files in
 * {@code src/test/resources/classify/attacks-27b/} (README there).
 */
class AttacksOnStop27MechanismsTest {
    private static final Fixtures.Folder FILES = Fixtures.folder("attacks-27b");
    private static final Fixtures.Folder STOP27 = Fixtures.folder("attacks-27");

    @TempDir
    Path dir;

    /**
     * A list sorted by a sensitive column (income ascending, disability rate descending) numbers its lines in that
     * order: the line number is the rank of the income, released it tells what the suppressed column hid.
     */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"zasilki_okresowe_dochod_pl.csv, Lp.", "divyang_pension_ranked_in.csv, S. No."})
    void aLineNumberOfAListSortedByASensitiveColumnIsNotReleased(String file, String column) {
        ColumnClassification c = FILES.column(file, column);

        assertThat(c.attributeType()).as(c.name()).isNotEqualTo(AttributeType.INSENSITIVE);
    }

    /** Look-alike: a list of benefits in no sensitive order keeps its line number released. */
    @Test
    void aLineNumberOfAnUnsortedListStaysReleased() {
        assertThat(STOP27.column("zasilki_lista_pl.csv", "Lp.").attributeType()).isEqualTo(AttributeType.INSENSITIVE);
    }

    /** The key is validated on load: a sorted column of one value would keep every line number. */
    @Test
    void rejectsASortedMinDistinctBelowTwo() {
        String rules = Fixtures.minimalRules() + Fixtures.MINIMAL_DATA_SUBJECT
            + "rowNumbers: {names: first-names, sortedMinDistinct: 1}\n";
        Fixtures.assertRulesRejected(dir, rules, "rowNumbers.sortedMinDistinct", "at least 2");
    }

    /** A small club numbering its members 1..n under "#": name and values are those of a line number. */
    @Disabled("reason: a member's number 1..n in order under '#' has the name and the values of a line number; nothing"
        + " in the file tells them apart (tried: another key in the file, gaps; both also occur in real line numbers)")
    @Test
    void aClubsMemberNumbersUnderAHashStayTheMembers() {
        assertThat(FILES.column("club_petanque_adherents.csv", "#").attributeType())
            .isNotEqualTo(AttributeType.INSENSITIVE);
    }

    /** A vehicle adapted for a wheelchair or hand controls tells its driver's disability: it is no mere make. */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"pch_amenagement_vehicule.csv, Véhicule", "fahrdienst_behinderte_fahrzeuge_de.csv, Fahrzeug"})
    void anAdaptedVehicleIsNotReleasedAsAMake(String file, String column) {
        ColumnClassification c = FILES.column(file, column);

        assertProtected(c);
        assertThat(c.infoType()).isNotEqualTo("VEHICLE_MODEL");
    }

    /** Look-alike: a fleet's makes and models stay the vehicle's. */
    @Test
    void aFleetsMakesStayTheVehicles() {
        assertThat(STOP27.column("parque_movil_conductores_es.csv", "Vehículo").infoType()).isEqualTo("VEHICLE_MODEL");
        assertThat(Fixtures.column("Véhicule", "Peugeot 308", "Renault Clio", "Citroën C3 Aircross",
            "Toyota Yaris hybride").infoType()).isEqualTo("VEHICLE_MODEL");
    }

    /**
     * Sole traders whose legal form is written in English ("Sole trader") beside their founder: the rows are persons,
     * their turnover and their taxpayer reference their own, not an organisation's figures.
     */
    @Test
    void soleTradersNamedInEnglishArePersons() {
        ClassificationResult r = FILES.file("enterprise_hub_sole_traders_en.csv");

        assertThat(r.dataset().dataSubject()).isNotEqualTo(DataSubject.ORGANISATION);
        assertThat(r.column("Turnover 2025 (GBP)").attributeType()).isNotEqualTo(AttributeType.INSENSITIVE);
        assertThat(r.column("UTR").attributeType()).isNotEqualTo(AttributeType.INSENSITIVE);
    }

    /** German sole traders: the legal form is read as such and the turnover stays the person's. */
    @Test
    void soleTradersNamedInGermanArePersons() {
        ClassificationResult r = FILES.file("gruenderzentrum_einzelunternehmen_de.csv");

        assertThat(r.dataset().dataSubject()).isNotEqualTo(DataSubject.ORGANISATION);
        assertProtected(r.column("Umsatz 2025 (EUR)"));
        assertThat(r.column("Rechtsform").infoType()).isEqualTo("LEGAL_FORM");
    }

    /** A count of sick days or of sessions with a psychiatrist or a psychologist is health, in any language. */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"likarniani_pratsivnyky_ua.csv, Кількість днів лікарняного",
        "likarniani_pratsivnyky_ua.csv, Кількість сеансів психотерапевта",
        "bolnichnye_sotrudniki_ru.csv, Количество дней на больничном",
        "bolnichnye_sotrudniki_ru.csv, Количество сеансов у психиатра",
        "ijazat_maradiya_muwazzafin_ar.csv, عدد أيام المرض",
        "ijazat_maradiya_muwazzafin_ar.csv, عدد جلسات العلاج النفسي",
        "personel_hastalik_izinleri_tr.csv, Hastalık izni gün sayısı",
        "personel_hastalik_izinleri_tr.csv, Psikolog seans sayısı"})
    void aCountOfSickDaysOrPsychiatricSessionsIsHealth(String file, String column) {
        ColumnClassification c = FILES.column(file, column);

        assertThat(c.attributeType()).as(c.name()).isEqualTo(AttributeType.SENSITIVE);
        assertThat(c.domain()).as(c.name()).isEqualTo(Domain.HEALTH);
    }

    /** Look-alike: counts of sessions of a course in these languages stay counts. */
    @Test
    void countsOfACoursesSessionsStayCounts() {
        assertThat(Fixtures.column("Кількість занять", "4", "8", "12", "6").attributeType())
            .isEqualTo(AttributeType.INSENSITIVE);
        assertThat(Fixtures.column("Kurs seans sayısı", "4", "8", "12", "6").attributeType())
            .isEqualTo(AttributeType.INSENSITIVE);
    }

    /** A guide dog, a hearing dog or a seizure alert dog among a tenant's animals tells the tenant's disability. */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"bailleur_animaux_logements.csv, Animal déclaré", "tenancy_pets_register_en.csv, Pet species"})
    void anAssistanceAnimalIsTheKeepersDisability(String file, String column) {
        ColumnClassification c = FILES.column(file, column);

        assertThat(c.attributeType()).as(c.name()).isEqualTo(AttributeType.SENSITIVE);
        assertThat(c.domain()).isEqualTo(Domain.HEALTH);
    }

    /** Look-alike: pets' breeds beside them, and a shelter's animals, stay the animal's. */
    @Test
    void petsBreedsStayTheAnimals() {
        assertThat(FILES.column("tenancy_pets_register_en.csv", "Pet breed").infoType()).isEqualTo("ANIMAL");
        assertThat(STOP27.column("pet_adoption_register_en.csv", "Species").infoType()).isEqualTo("ANIMAL");
    }

    /**
     * A psychiatric centre's codes, a letter and three digits all different under a bare "Code" ({@code F200},
     * {@code F431}), are whole ICD-10 codes without their dot, not a series of keys: the file keeps its HEALTH.
     */
    @Test
    void wholeIcd10CodesAllDifferentAreNoSeriesOfKeys() {
        ColumnClassification c = FILES.column("cmp_file_active_codes.csv", "Code");

        assertThat(c.infoType()).isEqualTo("ICD10_CODE");
        assertThat(c.domain()).isEqualTo(Domain.HEALTH);
    }

    /**
     * An adopter's origin written as a perceived origin ("Maghrébine", "Africaine subsaharienne") beside the animal's
     * columns is an ethnic origin, a special category, not a place of birth.
     */
    @Test
    void anAdoptersPerceivedOriginIsASpecialCategory() {
        ColumnClassification c = FILES.column("adoptions_profil_adoptants.csv", "Origine");

        assertThat(c.attributeType()).isEqualTo(AttributeType.SENSITIVE);
        assertThat(c.domain()).isEqualTo(Domain.SPECIAL_CATEGORY);
    }

    /** Look-alike: a nationality grouped as French, European or not stays a nationality. */
    @Test
    void aNationalityGroupedByContinentStaysANationality() {
        assertThat(Fixtures.column("Nationalité", "Française", "Européenne (UE)", "Hors UE", "Française",
            "Européenne (UE)").attributeType()).isNotEqualTo(AttributeType.SENSITIVE);
    }
}
