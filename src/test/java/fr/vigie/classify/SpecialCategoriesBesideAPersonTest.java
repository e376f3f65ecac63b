package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * In a file about organisations or places, a special category is the organisation's own (a health centre's
 * specialities, a place of worship's religion, a union's local office) unless a column of the file names a person:
 * then the diagnosis, the disability, the religion or the union may be that person's. Such a column is held for
 * review (SENSITIVE, confidence under 0.6, reviewNeeded), the file staying what it is.
 */
class SpecialCategoriesBesideAPersonTest {
    private static final Fixtures.Folder FILES = Fixtures.folder("organisation-attacks");

    @ParameterizedTest(name = "{0}: {2} beside {3}")
    @CsvSource({
        "cabinets_pathologies.csv, ORGANISATION, pathologie_suivie, contact, HEALTH",
        "clubs_handisport_membres.csv, ORGANISATION, handicap, contact, HEALTH",
        "ehpad_residents_cultes.csv, PLACE, religion, contact_resident, SPECIAL_CATEGORY",
        "associations_presidents_syndicats.csv, ORGANISATION, syndicat, president, SPECIAL_CATEGORY"})
    void aSpecialCategoryBesideAColumnNamingAPersonIsHeldForReview(String name, DataSubject subject, String column,
            String person, fr.vigie.model.Domain domain) {
        ClassificationResult r = FILES.file(name);

        assertThat(r.dataset().dataSubject()).isEqualTo(subject);
        ColumnClassification held = r.column(column);
        assertThat(held.attributeType()).isEqualTo(AttributeType.SENSITIVE);
        assertThat(held.domain()).isEqualTo(domain);
        assertThat(held.confidence()).isLessThan(0.6);
        assertThat(held.reviewNeeded()).isTrue();
        assertThat(held.evidence().notes()).anyMatch(n -> n.contains(person) && n.contains("pin the column"));
        assertThat(r.dataset().columnsNeedingReview()).contains(column);
        assertThat(r.column(person).attributeType()).isEqualTo(AttributeType.IDENTIFYING);
    }

    /** The same families about the organisation or the place itself, with no column naming a person, stay as they are. */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource({
        "centres_sante_pathologies.csv, PLACE, pathologie_suivie",
        "lieux_de_culte.csv, PLACE, religion",
        "permanences_syndicales.csv, ORGANISATION, syndicat"})
    void theOrganisationsOwnSpecialCategoryWithNoPersonNamedStaysNotPersonal(String name, DataSubject subject,
            String column) {
        ClassificationResult r = FILES.file(name);

        assertThat(r.dataset().dataSubject()).isEqualTo(subject);
        assertThat(r.column(column).attributeType()).isEqualTo(AttributeType.INSENSITIVE);
        assertThat(r.column(column).reviewNeeded()).isFalse();
        assertThat(r.dataset().columnsNeedingReview()).isEmpty();
        assertThat(r.dataset().personalData()).isFalse();
    }

    /**
     * Free text of an organisation file is the organisation's description when all it tells is of no person (an
     * address, a phone); when it tells a diagnosis beside a column naming a person, it may be that person's, and is
     * not waved through as a description.
     */
    @Test
    void freeTextTellingADiagnosisBesideAPersonsNameIsNotTakenForTheOrganisationsDescription() {
        String[] pathologies = {"diabète", "VIH", "dépression", "sclérose en plaques", "épilepsie", "asthme"};
        String[][] rows = new String[30][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new String[] {"Cabinet Martin " + i, String.format("04 67 47 %02d %02d", i, 91 - i),
                new String[] {"Chloé", "Enzo", "Nadia", "Killian", "Yanis", "Inès"}[i % 6],
                "Suivi de son " + pathologies[i % pathologies.length] + " depuis " + (2010 + i)
                    + ", rendez-vous le mardi matin au cabinet numéro " + i};
        }
        ClassificationResult r = Fixtures.table(List.of("raison_sociale", "telephone", "contact", "observations"), rows);

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.ORGANISATION);
        assertThat(r.column("observations").attributeType()).isNotEqualTo(AttributeType.INSENSITIVE);
    }

    /**
     * A column whose name says it is the facility's (its name, its category) stays the facility's beside its director:
     * "IME", "MAS", "SAMSAH Le Lien" are kinds of facilities for disabled persons, not the director's disability.
     */
    @Test
    void aColumnNamedAsTheFacilitysStaysTheFacilitysBesideItsDirector() {
        ClassificationResult r = Fixtures.table(List.of("finess", "raison_sociale", "categorie_etablissement", "telephone",
                "nom_directeur"),
            new String[] {"340020402", "Foyer de vie Les Tilleuls", "MAS", "04 67 47 49 91", "Chloé ROUX"},
            new String[] {"340824028", "SAMSAH Les Oliviers", "SAVS", "04 67 73 83 64", "Enzo BENALI"},
            new String[] {"340214459", "IME Le Lien", "IME", "04 67 31 23 86", "Killian PETIT"},
            new String[] {"340214460", "ESAT Les Ateliers du Lez", "ESAT", "04 67 31 23 87", "Nadia HADDAD"});

        assertThat(r.dataset().dataSubject()).isEqualTo(DataSubject.PLACE);
        for (String facility : List.of("raison_sociale", "categorie_etablissement")) {
            assertThat(r.column(facility).attributeType()).as(facility).isEqualTo(AttributeType.INSENSITIVE);
            assertThat(r.column(facility).reviewNeeded()).as(facility).isFalse();
        }
    }
}
