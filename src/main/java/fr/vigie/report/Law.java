package fr.vigie.report;

/** The metropolis' "10 laws of data and AI", in the order they were adopted. */
public enum Law {
    PERSONAL_DATA_PROTECTION("Protection des données personnelles d'abord", "Personal data protection first"),
    ANONYMISED_SHARING("Données anonymisées lorsqu'elles sont partagées", "Anonymised data when shared"),
    NO_HEALTH_FINANCE_CROSSING("Pas de croisement des données de santé et financières",
            "No crossing of health and financial data"),
    IMPACT_STUDY("Étude d'impact avant d'utiliser des données personnelles", "Impact study before using personal data"),
    MINIMISATION("Données limitées à l'essentiel", "Data limited to what is essential"),
    BIAS_VIGILANCE("Vigilance contre les biais de genre et d'origine", "Vigilance against gender and origin bias"),
    TRANSPARENCY("Transparence et traçabilité", "Transparency and audit trail"),
    LOCAL_DATA("Données conservées localement", "Data kept local"),
    FRUGALITY("Sobriété : mesure de l'empreinte", "Frugality: footprint measured"),
    HUMAN_DECISION("Décision finale humaine", "Final decision is human");

    private final String titleFr;
    private final String titleEn;

    Law(String titleFr, String titleEn) {
        this.titleFr = titleFr;
        this.titleEn = titleEn;
    }

    /** 1 to 10. */
    public int number() {
        return ordinal() + 1;
    }

    public String titleFr() {
        return titleFr;
    }

    public String titleEn() {
        return titleEn;
    }
}
