package fr.vigie.sample;

import java.util.List;

/**
 * A commune of Montpellier Méditerranée Métropole: public administrative data (INSEE code, postal
 * codes) and an approximate population used only as a sampling weight.
 */
record Commune(String name, String insee, List<String> postalCodes, int population) {

    /** The 31 communes of the metropolis, largest first. */
    static final List<Commune> METROPOLIS = List.of(
            new Commune("Montpellier", "34172", List.of("34000", "34070", "34080", "34090"), 302000),
            new Commune("Castelnau-le-Lez", "34057", List.of("34170"), 26000),
            new Commune("Lattes", "34129", List.of("34970"), 17000),
            new Commune("Juvignac", "34123", List.of("34990"), 11500),
            new Commune("Saint-Jean-de-Védas", "34270", List.of("34430"), 11000),
            new Commune("Villeneuve-lès-Maguelone", "34337", List.of("34750"), 10500),
            new Commune("Pérols", "34198", List.of("34470"), 9400),
            new Commune("Le Crès", "34090", List.of("34920"), 9600),
            new Commune("Grabels", "34116", List.of("34790"), 8900),
            new Commune("Pignan", "34202", List.of("34570"), 7000),
            new Commune("Baillargues", "34022", List.of("34670"), 7900),
            new Commune("Fabrègues", "34095", List.of("34690"), 7000),
            new Commune("Vendargues", "34327", List.of("34740"), 6700),
            new Commune("Cournonterral", "34088", List.of("34660"), 6300),
            new Commune("Jacou", "34120", List.of("34830"), 6800),
            new Commune("Castries", "34058", List.of("34160"), 6500),
            new Commune("Prades-le-Lez", "34217", List.of("34730"), 5800),
            new Commune("Clapiers", "34077", List.of("34830"), 5800),
            new Commune("Saint-Georges-d'Orques", "34259", List.of("34680"), 5600),
            new Commune("Montferrier-sur-Lez", "34169", List.of("34980"), 4200),
            new Commune("Cournonsec", "34087", List.of("34660"), 3400),
            new Commune("Saint-Brès", "34244", List.of("34670"), 3100),
            new Commune("Lavérune", "34134", List.of("34880"), 3300),
            new Commune("Saint-Drézéry", "34249", List.of("34160"), 2500),
            new Commune("Sussargues", "34307", List.of("34160"), 2900),
            new Commune("Restinclières", "34227", List.of("34160"), 2100),
            new Commune("Beaulieu", "34027", List.of("34160"), 1900),
            new Commune("Saint-Geniès-des-Mourgues", "34256", List.of("34160"), 2000),
            new Commune("Murviel-lès-Montpellier", "34179", List.of("34570"), 1900),
            new Commune("Saussan", "34295", List.of("34570"), 1600),
            new Commune("Montaud", "34164", List.of("34160"), 1000));

    Commune {
        postalCodes = List.copyOf(postalCodes);
    }

    /** The three digits after the department in the INSEE code, as written in a NIR. */
    String inseeSuffix() {
        return insee.substring(2);
    }
}
