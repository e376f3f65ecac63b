package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The DPO's review load (reviewload25): columns of a file about persons whose values are the codes of a public
 * nomenclature, named as such, on files of our own ({@code src/test/resources/classify/reviewload-25/}): housing
 * typologies (RPLS and INSEE rooms: "T3", "F4", "T2/T3", "3-Zimmer", "2 dormitorios"), HTTP methods and status codes
 * (IANA registries, RFC 9110: "GET", "404"), codes of an economic activity (INSEE NAF rév. 2, ATECO 2007, NACE Rev. 2:
 * "47.82Z", "47.81.01"), kinds of a civil-status act and matrimonial property regimes as the civil codes list them
 * (Geburt, Eheschließung; gananciales, Gütertrennung), SIRENE's bands of staff and administrative states ("NN", "11";
 * "A", "F"), the stars of a tourist accommodation (Hotelstars Union, Code du tourisme: "3 Sterne", "4 stelle") and
 * the length of a grave's concession (CGCT L2223-14: trentenaire, perpétuelle; DPR 285/1990: "99 anni"). They are explained, so not held for review. The same shapes that tell something of the person
 * stay held: diabetes types T1/T2 under a typology's name, tumour stages T1-T4 beside a diagnosis, a housing need with
 * a disability, statuses coded 100-400 beside a social benefit, codes no registry holds, diagnoses (ICD-10) under an
 * activity code's name, a NAF code beside a diagnosis, a change of sex among the kinds of act, diets under a regime's
 * name, bands of a family quotient coded like bands of staff, states under a plain "Etat", sentences of 15 to 50 years beside an offence, years of residence, dependency levels
 * (GIR) under "Classement", and stars beside a disease.
 */
class NomenclatureValuesAboutPersonsTest {
    private static final Fixtures.Folder FILES = Fixtures.folder("reviewload-25");

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "vivienda_solicitudes_es.csv|Tipología",
        "wohnungsvergabe_de.csv|Wohnungstyp",
        "mutations_logement_export_fr.csv|Typologie souhaitée",
        "mutations_logement_export_fr.csv|Typo actuelle",
        "zugriffsprotokoll_buergerportal_de.csv|HTTP-Methode",
        "zugriffsprotokoll_buergerportal_de.csv|HTTP-Status",
        "registro_accessi_sportello_it.csv|metodo",
        "registro_accessi_sportello_it.csv|codice_risposta",
        "abonnes_marches_export_fr.csv|Code APE",
        "abonnes_marches_export_fr.csv|Code NAF rév. 2",
        "ambulanti_concessioni_it.csv|Codice ATECO",
        "standesamt_eintraege_de.csv|Art des Eintrags",
        "standesamt_eintraege_de.csv|Güterstand",
        "registro_civil_inscripciones_es.csv|Tipo de inscripción",
        "registro_civil_inscripciones_es.csv|Régimen económico matrimonial",
        "sirene_etablissements_export_fr.csv|Tranche effectif salarié",
        "sirene_etablissements_export_fr.csv|État administratif",
        "kurtaxe_gastgeber_de.csv|Klassifizierung",
        "tassa_soggiorno_strutture_it.csv|classificazione",
        "concessions_funeraires_export_fr.csv|Durée concession"})
    void codesOfAPublicNomenclatureNamedAsSuchAreNotHeld(String file, String name) {
        ColumnClassification c = FILES.column(file, name);

        assertThat(c.attributeType()).as(name + " " + c.evidence()).isEqualTo(AttributeType.INSENSITIVE);
        assertThat(c.reviewNeeded()).as(name).isFalse();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "association_adherents_typologie_fr.csv|Typologie",
        "oncologie_parcours_logement_fr.csv|Typologie",
        "oncologie_parcours_logement_fr.csv|Logement",
        "beneficiaires_statut_code_fr.csv|Statut",
        "beneficiaires_statut_code_fr.csv|Code statut",
        "medecine_travail_codes_fr.csv|Code activité",
        "medecine_travail_codes_fr.csv|Code NAF employeur",
        "etat_civil_mentions_regimes_fr.csv|Type d'acte",
        "etat_civil_mentions_regimes_fr.csv|Régime",
        "cantine_tranches_qf_fr.csv|Tranche QF",
        "cantine_tranches_qf_fr.csv|Etat",
        "detenus_peines_durees_fr.csv|Durée",
        "titres_sejour_durees_fr.csv|Durée",
        "ehpad_residents_classement_fr.csv|Classement",
        "ehpad_residents_classement_fr.csv|Classement chambre"})
    void theSameShapesTellingSomethingOfThePersonStayHeld(String file, String name) {
        ColumnClassification c = FILES.column(file, name);

        assertThat(c.attributeType()).as(name + " " + c.evidence()).isNotEqualTo(AttributeType.INSENSITIVE);
    }

    @Test
    void bandsOfAFamilyQuotientUnderAPlainTrancheStayHeld() {
        ColumnClassification c = FILES.column("cantine_tranches_qf_fr.csv", "Tranche");

        assertThat(c.attributeType()).as(c.evidence().toString()).isNotEqualTo(AttributeType.INSENSITIVE);
    }

    /** "30 anni", "99 anni": a quantity, whatever word follows the number, is no first name. */
    @Test
    void lengthsOfAConcessionInItalianAreNotReadAsFirstNames() {
        ColumnClassification c = FILES.column("concessioni_cimiteriali_it.csv", "durata");

        assertThat(c.attributeType()).as(c.evidence().toString()).isEqualTo(AttributeType.INSENSITIVE);
    }
}
