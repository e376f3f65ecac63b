package fr.vigie.report;

import fr.vigie.config.ConfigNode;

/**
 * Conversion factors from measured resources to energy and emissions. They are configuration, not
 * truth: the defaults are typical values of the kind used by footprint calculators such as Green
 * Algorithms (a busy server core draws around 10 W; memory around 0.37 W per GiB) and the French
 * grid's average carbon intensity (around 50 gCO2e per kWh, mostly nuclear and renewable).
 *
 * @param wattsPerCore power drawn per fully busy core, in W
 * @param wattsPerGiB power drawn per GiB of memory in use, in W
 * @param pue data-centre power usage effectiveness (1.0 = no overhead counted)
 * @param gridGramsCo2ePerKWh carbon intensity of the electricity, in gCO2e/kWh
 */
public record FootprintFactors(double wattsPerCore, double wattsPerGiB, double pue, double gridGramsCo2ePerKWh) {
    public FootprintFactors {
        requireNonNegative("wattsPerCore", wattsPerCore);
        requireNonNegative("wattsPerGiB", wattsPerGiB);
        requireNonNegative("gridGramsCo2ePerKWh", gridGramsCo2ePerKWh);
        if (!(pue >= 1.0)) {
            throw new IllegalArgumentException("pue must be at least 1.0");
        }
    }

    /** 10 W per core, 0.3725 W per GiB, PUE 1.0, 50 gCO2e/kWh. */
    public static FootprintFactors defaults() {
        return new FootprintFactors(10.0, 0.3725, 1.0, 50.0);
    }

    /**
     * Reads factors from a configuration mapping with the optional keys {@code wattsPerCore},
     * {@code wattsPerGiB}, {@code pue} and {@code gridGramsCo2ePerKWh}; absent keys keep their default.
     */
    public static FootprintFactors from(ConfigNode node) {
        if (node.isMissing()) {
            return defaults();
        }
        node.allowOnly("wattsPerCore", "wattsPerGiB", "pue", "gridGramsCo2ePerKWh");
        FootprintFactors d = defaults();
        return new FootprintFactors(
                node.number("wattsPerCore", d.wattsPerCore(), 0, 1_000),
                node.number("wattsPerGiB", d.wattsPerGiB(), 0, 100),
                node.number("pue", d.pue(), 1.0, 5.0),
                node.number("gridGramsCo2ePerKWh", d.gridGramsCo2ePerKWh(), 0, 2_000));
    }

    private static void requireNonNegative(String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number >= 0");
        }
    }
}
