package fr.vigie.classify;

import static fr.vigie.classify.Fixtures.assertProtected;
import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import fr.vigie.model.Domain;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Free text and what it talks about: an opinion or a reason of a few categories under a note's name is released only
 * when neither its values nor its name tell a person's conduct, health or beliefs; notes take the domain their words
 * tell. Files in {@code src/test/resources/classify/attacks-31d/} (README there).
 */
class FreeTextAndItsDomainTest {
    private static final Fixtures.Folder FILES = Fixtures.folder("attacks-31d");

    /**
     * Opinions of a committee or a panel on an agent's conduct that name a breach of duty or a criminal qualification
     * ({@code Manquement au devoir de probité}, {@code qualification pénale}, {@code gross misconduct},
     * {@code bribery}) tell an offence, however few their categories.
     */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"t31_college_deontologie_avis.csv, Avis rendu", "t31_disciplinary_panel_outcomes_en.csv, Panel comments"})
    void opinionsNamingABreachOfDutyTellAnOffence(String file, String column) {
        ColumnClassification c = FILES.column(file, column);

        assertProtected(c);
        assertThat(c.domain()).as(c.name()).isEqualTo(Domain.OFFENCE);
    }

    /** The facts a referral or a complaint reports ({@code Exposé des faits}) are an offence's, whatever words they use. */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"t31_college_deontologie_avis.csv, Exposé des faits"})
    void theFactsOfAReferralAreAnOffences(String file, String column) {
        ColumnClassification c = FILES.column(file, column);

        assertProtected(c);
        assertThat(c.domain()).as(c.name()).isEqualTo(Domain.OFFENCE);
    }

    /**
     * The opinion of a psychologist or a doctor on a person ({@code Avis du psychologue}: Favorable, Réservé; {@code
     * Informe psicológico}: Apto, No apto) is health data: the name says who judged, the values only the verdict.
     */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"t31_police_municipale_port_arme.csv, Avis du psychologue",
        "t31_vigilantes_informe_psicologico_es.csv, Informe psicológico"})
    void anOpinionOfAHealthProfessionalIsHealth(String file, String column) {
        ColumnClassification c = FILES.column(file, column);

        assertProtected(c);
        assertThat(c.domain()).as(c.name()).isEqualTo(Domain.HEALTH);
    }

    /**
     * Notes and reasons take the domain their words tell: medical costs, suicidal talk, an alcoholic coma, a substitution
     * treatment (health, the most of the notes beside a complaint), a belief of the deceased (special category), a
     * child's allergy under instructions naming the child, a Swahili note of a blind or hospitalised person.
     */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"t31_commission_aides_facultatives.csv, Motif, HEALTH",
        "t31_maraude_sociale_journal.csv, Observations équipe, HEALTH",
        "t31_columbarium_cases.csv, Observations, SPECIAL_CATEGORY",
        "t31_transport_scolaire_consignes.csv, Consignes, HEALTH",
        "t31_wazee_pensheni_tz.csv, Maelezo, HEALTH"})
    void notesTakeTheDomainTheirWordsTell(String file, String column, Domain domain) {
        ColumnClassification c = FILES.column(file, column);

        assertProtected(c);
        assertThat(c.domain()).as(c.name() + " " + c.evidence().embeddedIdentifiers()).isEqualTo(domain);
    }

    /**
     * Instructions naming a child, their condition and a parent's phone are not a column of first names: the health
     * words decide the type and the phone inside still makes the column identifying.
     */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"t31_transport_scolaire_consignes.csv, Consignes"})
    void instructionsNamingAChildAndAPhoneIdentifyThePerson(String file, String column) {
        ColumnClassification c = FILES.column(file, column);

        assertThat(c.attributeType()).as(c.name()).isEqualTo(AttributeType.IDENTIFYING);
        assertThat(c.domain()).as(c.name()).isEqualTo(Domain.HEALTH);
    }

    /**
     * The other side: an architect's opinion on shop fronts, remarks on a gym's equipment and hours, and a
     * commission's ordinary verdicts on training leaves (Favorable, Ajourné; a refusal for the service's needs) tell
     * nothing of a person and stay released.
     */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"t31_vitrines_subventions_avis.csv, Avis architecte", "t31_gymnases_remarques.csv, Remarques",
        "t31_conges_formation_commission.csv, Avis commission", "t31_conges_formation_commission.csv, Motif refus"})
    void freeTextAboutThingsOrOrdinaryVerdictsStaysReleased(String file, String column) {
        ColumnClassification c = FILES.column(file, column);

        assertThat(c.attributeType()).as(c.name()).isEqualTo(AttributeType.INSENSITIVE);
        assertThat(c.reviewNeeded()).as(c.name()).isFalse();
    }
}
