package fr.vigie.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.LinkedHashMap;
import java.util.Map;

/** The JVM and machine a benchmark ran on, and its clocks: process CPU time and heap peaks. */
public final class Machine {

    private Machine() {
    }

    /** Cores, max heap, Java version, OS and the load average at the time of the call. */
    public static Map<String, Object> describe() {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("maxHeapBytes", Runtime.getRuntime().maxMemory());
        machine.put("javaVersion", System.getProperty("java.version"));
        machine.put("javaVm", System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version"));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        machine.put("loadAverage", loadAverage());
        machine.put("gc", String.join(", ", ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(java.lang.management.GarbageCollectorMXBean::getName).toList()));
        return machine;
    }

    /** The one-minute system load average, or -1 where the platform has none. */
    public static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** CPU time used by the whole process so far (all threads, GC included), in nanoseconds. */
    public static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return System.nanoTime();
    }

    /** Forgets the heap pools' peaks, so the next {@link #peakHeapBytes()} covers what runs from now on. */
    public static void resetHeapPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
                pool.resetPeakUsage();
            }
        }
    }

    /**
     * Peak usage of the old generation since the last reset: what survived young collections. It stays low
     * and flat while a stage streams, and grows with what a stage holds (the anonymisation's table); -1 when
     * the collector has no such pool.
     */
    public static long peakOldGenBytes() {
        long peak = -1;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            String name = pool.getName();
            if (pool.getType() == MemoryType.HEAP && pool.isValid()
                    && (name.contains("Old Gen") || name.contains("Tenured"))) {
                peak = Math.max(peak, 0) + pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    /**
     * Sum of the heap pools' peak usage since the last reset: an upper bound of the heap in use at any one
     * time (garbage not yet collected included, so a streaming stage shows about the young generation's size).
     */
    public static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
