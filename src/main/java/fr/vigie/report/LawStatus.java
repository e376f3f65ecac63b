package fr.vigie.report;

/** How a run stands against one of the 10 laws. */
public enum LawStatus {
    MET("Respectée"),
    ATTENTION("À vérifier"),
    NOT_MET("Non respectée"),
    NOT_APPLICABLE("Sans objet");

    private final String labelFr;

    LawStatus(String labelFr) {
        this.labelFr = labelFr;
    }

    public String labelFr() {
        return labelFr;
    }
}
