package fr.vigie.report;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.lang.management.OperatingSystemMXBean;
import java.util.List;
import java.util.Objects;

/**
 * What a run cost: measured CPU time, wall time, bytes read and written, peak heap, and the energy
 * and CO2e estimated from them with {@link FootprintFactors}.
 *
 * <p>Measure with {@code Footprint.Meter meter = Footprint.start(); ... meter.stop(read, written, factors)}.
 * CPU time is the whole process's, and the peak is of the whole heap: run one job per process, or
 * accept that concurrent work is counted too.
 *
 * @param cpuSeconds process CPU time (all threads) during the measure
 * @param wallSeconds elapsed time
 * @param bytesRead bytes read, as counted by the caller
 * @param bytesWritten bytes written, as counted by the caller
 * @param peakMemoryBytes peak heap use during the measure (sum of the heap pools' peaks)
 * @param energyWh estimated energy in Wh
 * @param co2eGrams estimated emissions in grams of CO2 equivalent
 * @param factors the factors used for the estimates
 */
public record Footprint(double cpuSeconds, double wallSeconds, long bytesRead, long bytesWritten,
        long peakMemoryBytes, double energyWh, double co2eGrams, FootprintFactors factors) {

    private static final double GIB = 1024.0 * 1024 * 1024;

    public Footprint {
        Objects.requireNonNull(factors, "factors");
    }

    /** Starts measuring now; resets the heap pools' peak usage so the peak is this run's. */
    public static Meter start() {
        return new Meter();
    }

    /** Energy (Wh) and emissions for the given measures: CPU and memory power, times PUE, times grid intensity. */
    public static Footprint estimate(double cpuSeconds, double wallSeconds, long bytesRead, long bytesWritten,
            long peakMemoryBytes, FootprintFactors factors) {
        double joules = cpuSeconds * factors.wattsPerCore()
                + wallSeconds * (peakMemoryBytes / GIB) * factors.wattsPerGiB();
        double energyWh = joules * factors.pue() / 3600.0;
        double co2eGrams = energyWh / 1000.0 * factors.gridGramsCo2ePerKWh();
        return new Footprint(cpuSeconds, wallSeconds, bytesRead, bytesWritten, peakMemoryBytes, energyWh,
                co2eGrams, factors);
    }

    /** A running measure. */
    public static final class Meter {
        private final long startNanos;
        private final long startCpuNanos;

        private Meter() {
            for (MemoryPoolMXBean pool : heapPools()) {
                pool.resetPeakUsage();
            }
            this.startCpuNanos = processCpuNanos();
            this.startNanos = System.nanoTime();
        }

        /** Stops measuring and estimates energy and emissions. */
        public Footprint stop(long bytesRead, long bytesWritten, FootprintFactors factors) {
            double wall = (System.nanoTime() - startNanos) / 1e9;
            long cpuNow = processCpuNanos();
            double cpu = cpuNow < 0 || startCpuNanos < 0 ? 0.0 : (cpuNow - startCpuNanos) / 1e9;
            long peak = 0;
            for (MemoryPoolMXBean pool : heapPools()) {
                MemoryUsage usage = pool.getPeakUsage();
                peak += usage == null ? 0 : usage.getUsed();
            }
            return estimate(cpu, wall, bytesRead, bytesWritten, peak, factors);
        }
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isValid())
                .toList();
    }

    /** Process CPU time in ns, or -1 where the JVM does not expose it. */
    private static long processCpuNanos() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime();
        }
        return -1;
    }
}
