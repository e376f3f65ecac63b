package fr.vigie.classify;

import static fr.vigie.classify.Fixtures.assertNotReleased;

import org.junit.jupiter.api.Test;

/**
 * The length of an appointment or a visit in minutes, in a file about persons one column of which is health: a name
 * made only of a duration and a minute unit, and values that are slot lengths (multiples of five minutes up to two
 * hours), say how long the service's slot was, not what the person has. The other side stays held: minutes beside an
 * offence, lengths beyond any slot (a dialysis session), minutes measured to the minute (a seizure), days of sick
 * leave, and a name that says what lasted (a seizure, a session of physiotherapy). Files in
 * {@code src/test/resources/classify/attacks-32g/} (README there).
 */
class AppointmentLengthsBesideHealthTest {
    private static final Fixtures.Folder FILES = Fixtures.folder("attacks-32g");

    private static void assertReleased(String file, String column) {
        Fixtures.assertReleased(FILES.column(file, column));
    }

    @Test
    void anInterpretersAppointmentLengthInMinutesBesideADiagnosisIsReleased() {
        assertReleased("h32_interpretes_rendez_vous_fr.csv", "Durée (min)");
    }

    @Test
    void aHomeCareVisitsLengthInMinutesBesideADiagnosisIsReleasedInGerman() {
        assertReleased("h32_hausbesuche_pflege_de.csv", "Dauer (Min.)");
    }

    @Test
    void aHomeVisitsLengthInMinutesBesideAPathologyIsReleasedInItalian() {
        assertReleased("h32_visite_domiciliari_it.csv", "Durata (minuti)");
    }

    @Test
    void anAppointmentsLengthInMinutesBesideAConditionIsReleasedInEnglish() {
        assertReleased("h32_counselling_appointments_en.csv", "Duration (mins)");
    }

    /** Other side: three to five hours are no appointment's slot but a dialysis session's, the treatment itself. */
    @Test
    void minutesLongerThanAnySlotBesideATreatmentStayHeld() {
        assertNotReleased(FILES.column("h32_dialyse_seances_fr.csv", "Durée (min)"));
    }

    /** Other side: a seizure timed to the minute (1, 2, 7, 13 minutes) is measured, not booked. */
    @Test
    void minutesMeasuredToTheMinuteBesideHealthStayHeld() {
        assertNotReleased(FILES.column("h32_crises_epilepsie_ecole_fr.csv", "Durée (min)"));
    }

    /** Other side: beside an offence the minutes are an interview's or a custody's. */
    @Test
    void minutesBesideAnOffenceStayHeld() {
        assertNotReleased(FILES.column("h32_auditions_police_municipale_fr.csv", "Durée (min)"));
    }

    /** Other side: days beside a diagnosis are a sick leave's, whatever their multiples. */
    @Test
    void daysOfSickLeaveBesideADiagnosisStayHeld() {
        assertNotReleased(FILES.column("h32_krankmeldungen_dauer_de.csv", "Dauer (Tage)"));
    }

    /** Other side: a name that says what lasted (a seizure, a physiotherapy session) is no appointment's slot. */
    @Test
    void minutesUnderANameSayingWhatLastedStayHeld() {
        ClassificationResult r = FILES.file("h32_seances_kine_crise_fr.csv");

        assertNotReleased(r.column("Durée crise (min)"));
        assertNotReleased(r.column("Durée séance (min)"));
    }
}
