package fr.vigie.sample;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Library members of the media-library network. The favourite shelf (Dewey classes) can reveal
 * religion, political opinion or sexual orientation: special-category data hidden in a column
 * that looks harmless. Home delivery ({@code portage_domicile}) is a disability proxy held by a
 * tiny group, the case a bias scan must report as "insufficient data".
 */
final class BibliothequesGenerator implements RowGenerator {
    static final List<String> COLUMNS = List.of("numero_carte", "nom", "prenom", "date_naissance", "sexe",
            "adresse", "code_postal", "commune", "email", "telephone", "mediatheque", "date_inscription",
            "categorie_lecteur", "nb_prets_12_mois", "rayon_prefere", "retards", "amende", "portage_domicile",
            "commentaire");

    private static final People MEMBERS = new People(0.58,
            new int[][] {{6, 11, 12}, {12, 17, 10}, {18, 25, 14}, {26, 44, 24}, {45, 64, 22}, {65, 90, 18}},
            88, 5, 7);
    private static final LocalDate FIRST_REGISTRATION = LocalDate.of(2010, 1, 4);
    private static final List<String> LIBRARIES = List.of(
            "Médiathèque centrale Émile Zola", "Médiathèque Federico Fellini", "Médiathèque Shakespeare",
            "Médiathèque Jean-Jacques Rousseau", "Médiathèque Victor Hugo", "Médiathèque Jules Verne",
            "Médiathèque Aimé Césaire", "Médiathèque Françoise Giroud", "Médiathèque George Sand",
            "Médiathèque Albert Camus");
    private static final Weighted<String> SHELVES = Weighted.pairs(
            "840 Romans", 24, "BD Bandes dessinées", 12, "J Jeunesse", 10, "900 Histoire et géographie", 8,
            "700 Arts et loisirs", 7, "780 Musique", 6, "600 Techniques", 5, "610 Santé", 4, "500 Sciences", 4,
            "300 Sciences sociales", 4, "100 Philosophie et psychologie", 4, "400 Langues", 3,
            "000 Informatique", 3, "200 Religion", 2.5, "320 Science politique", 2, "306.76 Études LGBT+", 1);
    private static final List<String> COMMENTS = List.of(
            "Carte perdue, remplacée (2 €).", "Œuvres complètes réservées, à prévenir au retour.",
            "Inscription avec justificatif de domicile.", "Demande de prolongation acceptée.",
            "Document abîmé, remboursement demandé.");

    private final Formats formats;

    BibliothequesGenerator(Dialect dialect) {
        this.formats = new Formats(dialect);
    }

    @Override
    public String[] next(SplittableRandom random, long index) {
        Person p = MEMBERS.next(random);
        int age = p.age(People.REFERENCE_DAY);
        String category = age < 12 ? "Enfant" : age < 18 ? "Adolescent" : age <= 25 && random.nextDouble() < 0.6
                ? "Étudiant" : age >= 65 ? "Senior" : "Adulte";
        int loans = (int) Math.round(18 * StrictMath.exp(0.9 * CcasGenerator.gaussian(random)));
        int late = random.nextDouble() < 0.7 ? 0 : 1 + random.nextInt(Math.max(1, Math.min(12, loans / 4 + 1)));
        long fineCents = late == 0 ? 0 : late * 50L * (1 + random.nextInt(4));
        boolean homeDelivery = age >= 60 && random.nextDouble() < 0.035;
        LocalDate registered = FIRST_REGISTRATION.plusDays(random.nextInt(5600));
        if (registered.isBefore(p.birthDate())) {
            registered = p.birthDate().plusYears(3);
        }
        return new String[] {
            "29" + Identifiers.padded(index + 1, 9),
            p.surname().toUpperCase(Locale.ROOT),
            p.firstName(),
            formats.date(p.birthDate()),
            p.sex(),
            p.address(),
            p.postalCode(),
            p.commune().name(),
            age >= 13 && random.nextDouble() < 0.8
                    ? Identifiers.email(random, p.firstName(), p.surname(), p.birthDate().getYear()) : "",
            age >= 15 && random.nextDouble() < 0.6 ? Identifiers.phone(random) : "",
            Identifiers.pick(random, LIBRARIES),
            formats.date(registered),
            category,
            Integer.toString(loans),
            age < 12 ? "J Jeunesse" : SHELVES.draw(random),
            Integer.toString(late),
            formats.money(fineCents),
            homeDelivery ? "oui" : "non",
            random.nextDouble() < 0.06 ? Identifiers.pick(random, COMMENTS) : ""
        };
    }
}
