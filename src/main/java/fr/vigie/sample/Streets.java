package fr.vigie.sample;

import java.util.List;
import java.util.SplittableRandom;

/** Generic street names found in every French town, and addresses built from them. */
final class Streets {
    private static final Weighted<String> STREETS = Weighted.zipf(List.of(
            "rue de la République", "avenue Jean Jaurès", "rue Victor Hugo", "boulevard Gambetta",
            "rue Pasteur", "avenue de la Liberté", "rue des Écoles", "rue du Moulin", "place de l'Église",
            "rue de la Mairie", "avenue du Général de Gaulle", "rue Jean Moulin", "rue Émile Zola",
            "avenue de la Gare", "rue Paul Bert", "rue Voltaire", "chemin des Vignes", "allée des Pins",
            "impasse des Lilas", "rue des Mimosas", "rue des Oliviers", "chemin de la Garrigue",
            "allée des Cigales", "rue des Tilleuls", "route de Nîmes", "avenue de Toulouse",
            "rue du Lavoir", "rue des Jardins", "chemin du Mas", "rue de la Fontaine", "rue Anatole France",
            "avenue des Platanes", "rue du Stade", "boulevard de la Mer", "rue des Amandiers",
            "rue de l'Aiguelongue", "impasse des Romarins", "rue des Micocouliers", "avenue de Lodève",
            "rue du Château", "place du Marché", "rue des Capucins", "allée des Arbousiers",
            "chemin des Canaux", "rue des Lauriers", "rue de la Croix", "rue Marcel Pagnol",
            "rue Louise Michel", "rue Simone Veil", "avenue Pierre Mendès France"), 6);
    private static final List<String> RESIDENCES = List.of(
            "Résidence Les Pins", "Résidence Le Parc", "Résidence Les Oliviers", "Résidence Le Clos",
            "Résidence Les Jardins d'Occitanie", "Résidence La Pinède");

    private Streets() {
    }

    /** {@code 12 rue de la République}, sometimes {@code 4 bis ...} or with a residence and building. */
    static String address(SplittableRandom random) {
        int number = 1 + (int) Math.floor(StrictMath.pow(random.nextDouble(), 2) * 180);
        String suffix = random.nextDouble() < 0.04 ? (random.nextBoolean() ? " bis" : " ter") : "";
        String street = number + suffix + " " + STREETS.draw(random);
        if (random.nextDouble() < 0.12) {
            // Collective housing: a comma inside the field, as real exports have.
            return Identifiers.pick(random, RESIDENCES) + ", bât. " + (char) ('A' + random.nextInt(6))
                    + ", " + street;
        }
        return street;
    }
}
