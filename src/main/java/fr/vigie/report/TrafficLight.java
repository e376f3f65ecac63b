package fr.vigie.report;

/** The overall status of a run, at the top of its report: one definition, {@link Summary#of}. */
public enum TrafficLight {
    GREEN("VERT — rien ne bloque / GREEN — nothing blocks"),
    AMBER("ORANGE — à vérifier / AMBER — to be checked"),
    RED("ROUGE — décision ou correction requise / RED — action required");

    private final String label;

    TrafficLight(String label) {
        this.label = label;
    }

    /** The status in words, French then English. */
    public String label() {
        return label;
    }
}
