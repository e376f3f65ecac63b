package fr.vigie.sample;

import java.time.LocalDate;

/**
 * A synthetic resident of the metropolis: the fields several datasets share, mutually consistent
 * (the NIR's sex digit, birth year and month agree with {@code female} and {@code birthDate}).
 */
record Person(boolean female, String firstName, String surname, LocalDate birthDate, Names.Origin origin,
              String nationality, Commune commune, String postalCode, String address, String nir) {

    String sex() {
        return female ? "F" : "M";
    }

    /** Age in whole years on {@code day}. */
    int age(LocalDate day) {
        int age = day.getYear() - birthDate.getYear();
        return day.getDayOfYear() < birthDate.getDayOfYear() ? age - 1 : age;
    }
}
