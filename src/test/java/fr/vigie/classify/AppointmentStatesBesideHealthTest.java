package fr.vigie.classify;

import static fr.vigie.classify.Fixtures.assertNotReleased;

import org.junit.jupiter.api.Test;

/**
 * The state of an appointment or a visit (HL7 FHIR AppointmentStatus: booked, fulfilled, cancelled, no-show; and who
 * cancelled it or the weather, FHIR appointment cancellation reasons), under a name made only of a status and of the
 * appointment, in a file about persons one column of which is health: whether the slot was kept, not what the person
 * has. The other side stays held: a state with the person's reason (a hospitalisation, an illness, a death, a debt), a
 * state beside an offence (a summons), and a state of the person's health itself. Files in
 * {@code src/test/resources/classify/attacks-32g/} (README there).
 */
class AppointmentStatesBesideHealthTest {
    private static final Fixtures.Folder FILES = Fixtures.folder("attacks-32g");

    private static void assertReleased(String file, String column) {
        Fixtures.assertReleased(FILES.column(file, column));
    }

    @Test
    void anAppointmentsStateAndWhoCancelledItBesideAPathologyIsReleased() {
        assertReleased("h32_rdv_ergotherapie_domicile_fr.csv", "Statut RDV");
    }

    @Test
    void anAppointmentsStateBesideADiagnosisIsReleasedInGerman() {
        assertReleased("h32_termine_sozialdienst_de.csv", "Status");
    }

    @Test
    void anAppointmentsStateBesideAPathologyIsReleasedInItalian() {
        assertReleased("h32_appuntamenti_assistenza_it.csv", "Stato");
    }

    @Test
    void anAppointmentsStateCancelledForTheWeatherIsReleasedInEnglish() {
        assertReleased("h32_home_visits_status_en.csv", "Appointment status");
    }

    /** Other side: "Annulé - hospitalisation", "Absent (maladie)", "Refusé (dette)" tell why: the person's health or money. */
    @Test
    void aStateWithThePersonsReasonStaysHeld() {
        assertNotReleased(FILES.column("h32_rdv_statut_motifs_fr.csv", "Statut"));
    }

    /** Other side: beside an offence, kept or missed is a summons answered or not. */
    @Test
    void anAppointmentsStateBesideAnOffenceStaysHeld() {
        assertNotReleased(FILES.column("h32_convocations_statut_infraction_fr.csv", "Statut"));
    }

    /** Other side: a status of the person's health (stable, relapse, in treatment) is no appointment's. */
    @Test
    void aStatusOfThePersonsHealthStaysHeld() {
        assertNotReleased(FILES.column("h32_suivi_statut_sante_de.csv", "Status"));
    }
}
