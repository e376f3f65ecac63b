package fr.vigie.sample;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Lists of common first names and surnames. Synthetic people are assembled from them at random:
 * a real person may carry the same name, but no row describes anyone.
 *
 * <p>First names depend on sex, on the generation (so that a first name hints at age, as real
 * ones do) and on the origin group (so that the bias scan finds first names as a proxy).
 */
final class Names {
    /** Origin groups, matching the CCAS nationality categories. */
    enum Origin { FRENCH, EU, NON_EU }

    private static final Weighted<String> FEMALE_CLASSIC = Weighted.zipf(List.of(
            "Marie", "Monique", "Nathalie", "Isabelle", "Sylvie", "Catherine", "Françoise", "Martine",
            "Christine", "Valérie", "Sandrine", "Nicole", "Véronique", "Patricia", "Brigitte", "Chantal",
            "Florence", "Danielle", "Jacqueline", "Stéphanie", "Céline", "Corinne", "Annie", "Josiane",
            "Éliane", "Colette", "Michèle", "Hélène", "Christiane", "Claudine", "Odile", "Béatrice"), 4);
    private static final Weighted<String> FEMALE_MODERN = Weighted.zipf(List.of(
            "Julie", "Camille", "Laura", "Sarah", "Manon", "Léa", "Emma", "Chloé", "Pauline", "Marion",
            "Aurélie", "Émilie", "Élodie", "Mélanie", "Claire", "Lucie", "Anaïs", "Inès", "Jade",
            "Louise", "Alice", "Mathilde", "Océane", "Justine", "Charlotte", "Clara", "Margaux", "Zoé",
            "Élise", "Audrey", "Laetitia", "Jessica"), 4);
    private static final Weighted<String> MALE_CLASSIC = Weighted.zipf(List.of(
            "Jean", "Michel", "Philippe", "Alain", "Patrick", "Christian", "Daniel", "Bernard",
            "Éric", "Pascal", "Gérard", "Thierry", "Jacques", "Didier", "Frédéric", "Dominique",
            "Serge", "Claude", "Pierre", "Laurent", "Olivier", "Christophe", "Bruno", "Gilles",
            "Robert", "André", "René", "Joël", "Francis", "Marc", "Hervé", "Yves"), 4);
    private static final Weighted<String> MALE_MODERN = Weighted.zipf(List.of(
            "Nicolas", "Julien", "Thomas", "Maxime", "Kevin", "Alexandre", "Romain", "Guillaume",
            "Antoine", "Sébastien", "Mathieu", "Florian", "Jérémy", "Anthony", "Lucas", "Hugo",
            "Théo", "Louis", "Nathan", "Léo", "Gabriel", "Arthur", "Jules", "Raphaël", "Quentin",
            "Benjamin", "Clément", "Adrien", "Damien", "Vincent", "Cédric", "Loïc"), 4);
    private static final Weighted<String> FEMALE_EU = Weighted.zipf(List.of(
            "Maria", "Ana", "Carmen", "Isabel", "Rosa", "Sofia", "Giulia", "Francesca", "Elena",
            "Laura", "Cristina", "Andreea", "Ioana", "Anna", "Marta", "Lucia", "Teresa", "Inês"), 3);
    private static final Weighted<String> MALE_EU = Weighted.zipf(List.of(
            "José", "Antonio", "Manuel", "Juan", "Carlos", "Francisco", "João", "Luis", "Marco",
            "Giuseppe", "Alessandro", "Andrei", "Ion", "Mihai", "Pedro", "Miguel", "Paulo", "Stefan"), 3);
    private static final Weighted<String> FEMALE_NON_EU = Weighted.zipf(List.of(
            "Fatima", "Khadija", "Aïcha", "Yasmina", "Nadia", "Samira", "Malika", "Leïla", "Amina",
            "Meriem", "Salma", "Aminata", "Fatoumata", "Mariama", "Awa", "Zeynep", "Houria", "Naïma",
            "Soraya", "Rahma"), 3);
    private static final Weighted<String> MALE_NON_EU = Weighted.zipf(List.of(
            "Mohamed", "Ahmed", "Karim", "Youssef", "Rachid", "Mustapha", "Samir", "Abdelkader",
            "Mehdi", "Nabil", "Hamza", "Bilal", "Mamadou", "Moussa", "Ibrahima", "Ousmane", "Mehmet",
            "Omar", "Khaled", "Said"), 3);

    private static final Weighted<String> SURNAMES_FRENCH = Weighted.zipf(List.of(
            "Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois", "Moreau",
            "Laurent", "Simon", "Michel", "Lefebvre", "Leroy", "Roux", "David", "Bertrand", "Morel",
            "Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent",
            "Muller", "Lefèvre", "Faure", "André", "Mercier", "Blanc", "Guérin", "Boyer", "Garnier",
            "Chevalier", "François", "Legrand", "Gauthier", "Garcia", "Perrin", "Robin", "Clément",
            "Morin", "Nicolas", "Henry", "Roussel", "Mathieu", "Gautier", "Masson", "Marchand",
            "Duval", "Denis", "Dumont", "Marie", "Lemaire", "Noël", "Meyer", "Dufour", "Meunier",
            "Brun", "Blanchard", "Giraud", "Joly", "Rivière", "Lucas", "Brunet", "Gaillard", "Barbier",
            "Arnaud", "Martinez", "Gérard", "Roche", "Renard", "Schmitt", "Roy", "Leroux", "Colin",
            "Vidal", "Caron", "Picard", "Roger", "Fabre", "Aubert", "Lemoine", "Renaud", "Dumas",
            "Lacroix", "Olivier", "Philippe", "Bourgeois", "Pierre", "Benoît", "Rey", "Leclerc",
            "Payet", "Rolland", "Guillaume", "Lecomte", "Boucher", "Cœur", "Granier", "Pagès",
            "Bousquet", "Delmas", "Chauvet", "Vialla", "Sabatier", "Cabanel", "Salles", "Fabregat"), 8);
    private static final Weighted<String> SURNAMES_EU = Weighted.zipf(List.of(
            "Garcia", "Martinez", "Lopez", "Sanchez", "Fernandez", "Gonzalez", "Rodriguez", "Perez",
            "Da Silva", "Pereira", "Ferreira", "Dos Santos", "Oliveira", "Rodrigues", "Rossi",
            "Russo", "Ferrari", "Esposito", "Romano", "Popescu", "Ionescu", "Schneider", "Fischer",
            "Weber", "Kowalski", "Nowak"), 4);
    private static final Weighted<String> SURNAMES_NON_EU = Weighted.zipf(List.of(
            "Benali", "Haddad", "Mansouri", "Bouzid", "Cherif", "Belkacem", "Benamar", "Amrani",
            "El Idrissi", "Benyahia", "Hamdi", "Saidi", "Ouali", "Meziane", "Boukhari", "Ziani",
            "Diallo", "Traoré", "Ndiaye", "Diop", "Camara", "Sow", "Koné", "Yilmaz", "Kaya",
            "Demir", "Hassani", "Rahmani", "Toumi", "Larbi"), 4);

    private Names() {
    }

    /** A first name for someone of this sex, birth year and origin group. */
    static String firstName(SplittableRandom random, boolean female, int birthYear, Origin origin) {
        // Origin groups are not closed: some French nationals carry names of the other lists and back.
        Origin pool = random.nextDouble() < 0.12 ? otherOrigin(random, origin) : origin;
        return switch (pool) {
            case FRENCH -> modern(random, birthYear)
                    ? (female ? FEMALE_MODERN : MALE_MODERN).draw(random)
                    : (female ? FEMALE_CLASSIC : MALE_CLASSIC).draw(random);
            case EU -> (female ? FEMALE_EU : MALE_EU).draw(random);
            case NON_EU -> (female ? FEMALE_NON_EU : MALE_NON_EU).draw(random);
        };
    }

    static String surname(SplittableRandom random, Origin origin) {
        Origin pool = random.nextDouble() < 0.12 ? otherOrigin(random, origin) : origin;
        return switch (pool) {
            case FRENCH -> SURNAMES_FRENCH.draw(random);
            case EU -> SURNAMES_EU.draw(random);
            case NON_EU -> SURNAMES_NON_EU.draw(random);
        };
    }

    private static boolean modern(SplittableRandom random, int birthYear) {
        // A soft boundary around 1975 rather than a cliff.
        double shareModern = Math.max(0, Math.min(1, (birthYear - 1965) / 20.0));
        return random.nextDouble() < shareModern;
    }

    private static Origin otherOrigin(SplittableRandom random, Origin origin) {
        if (origin == Origin.FRENCH) {
            return random.nextBoolean() ? Origin.EU : Origin.NON_EU;
        }
        return Origin.FRENCH;
    }
}
