package fr.vigie.bench;

import fr.vigie.sample.Dataset;
import fr.vigie.sample.SampleData;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Prints how fast each dataset is generated and encoded, and the peak heap used, to show that
 * large files stream in constant memory. Not a test: run it by hand, for example
 * {@code java -Xmx64m -cp ... fr.vigie.bench.SampleDataBenchmark 10000000 [DIR]}. Without DIR
 * the bytes go to a counting sink (generation and encoding only); with DIR, to real files.
 */
public final class SampleDataBenchmark {

    private SampleDataBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        long rows = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        Path dir = args.length > 1 ? Path.of(args[1]) : null;
        System.out.printf("sample-data benchmark: %,d rows per dataset, max heap %d MB, %s%n", rows,
                Runtime.getRuntime().maxMemory() >> 20, dir == null ? "counting sink" : "files in " + dir);
        for (String name : SampleData.datasets()) {
            Dataset dataset = SampleData.dataset(name);
            resetPeaks();
            long start = System.nanoTime();
            long bytes;
            if (dir == null) {
                CountingSink sink = new CountingSink();
                dataset.write(sink, rows, SampleData.COMMITTED_SEED);
                bytes = sink.count;
            } else {
                bytes = Files.size(dataset.write(dir, rows, SampleData.COMMITTED_SEED));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("%-9s %,12d rows %8.1f s %,12.0f rows/s %7.1f MB/s %8.1f MB written  peak heap %5d MB%n",
                    name, rows, seconds, rows / seconds, bytes / 1e6 / seconds, bytes / 1e6, peakHeapMb());
        }
    }

    private static void resetPeaks() {
        System.gc();
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapMb() {
        return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20;
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }

    /** Discards bytes, counting them. */
    private static final class CountingSink extends OutputStream {
        private long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
