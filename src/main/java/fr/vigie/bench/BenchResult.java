package fr.vigie.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a benchmark measured: per-stage lines (time, rows/s, MB/s, CPU, peak heap), further named
 * figures (ratios, totals), notes on how it was measured, and the machine. Printed as an aligned
 * table and written as JSON with the same figures.
 *
 * @param benchmark which benchmark ({@code all}, {@code ingest}...)
 * @param stages    measured lines, in order
 * @param figures   further figures by stable name ({@code endToEnd.wallSeconds}...), in order
 * @param notes     how it was measured, in plain words
 * @param machine   cores, max heap, Java version, load average...
 */
public record BenchResult(String benchmark, List<StageFigures> stages, Map<String, Double> figures,
        List<String> notes, Map<String, Object> machine) {
    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    public BenchResult {
        stages = List.copyOf(stages);
        figures = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(figures));
        notes = List.copyOf(notes);
        machine = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(machine));
    }

    /** The figures as an aligned text table (stages first, then the named figures and the notes). */
    public String toTable() {
        StringBuilder out = new StringBuilder();
        if (!stages.isEmpty()) {
            int width = Math.max(5, stages.stream().mapToInt(s -> s.label().length()).max().orElse(0));
            String format = "%-" + width + "s %12s %10s %13s %9s %9s %11s %11s%n";
            out.append(String.format(Locale.ROOT, format, "stage", "rows", "seconds", "rows/s", "MB/s", "CPU s",
                    "peak heap", "peak old"));
            for (StageFigures s : stages) {
                out.append(String.format(Locale.ROOT, format, s.label(), String.format(Locale.ROOT, "%,d", s.rows()),
                        String.format(Locale.ROOT, "%.2f", s.seconds()),
                        String.format(Locale.ROOT, "%,.0f", s.rowsPerSecond()),
                        s.bytes() == 0 ? "-" : String.format(Locale.ROOT, "%.1f", s.megabytesPerSecond()),
                        s.cpuSeconds() < 0 ? "-" : String.format(Locale.ROOT, "%.2f", s.cpuSeconds()),
                        megabytes(s.peakHeapBytes()), megabytes(s.peakOldGenBytes())));
            }
        }
        if (!figures.isEmpty()) {
            int width = figures.keySet().stream().mapToInt(String::length).max().orElse(0);
            out.append('\n');
            figures.forEach((name, value) -> out.append(String.format(Locale.ROOT, "%-" + width + "s %s%n", name,
                    number(value))));
        }
        if (!notes.isEmpty()) {
            out.append('\n');
            notes.forEach(n -> out.append("- ").append(n).append('\n'));
        }
        out.append(String.format(Locale.ROOT, "%nmachine: %s cores, max heap %,d MB, Java %s, load average %.2f%n",
                machine.get("cores"), ((Number) machine.getOrDefault("maxHeapBytes", 0L)).longValue() / 1_000_000,
                machine.get("javaVersion"), ((Number) machine.getOrDefault("loadAverage", -1.0)).doubleValue()));
        return out.toString();
    }

    private static String megabytes(long bytes) {
        return bytes < 0 ? "-" : String.format(Locale.ROOT, "%,d MB", bytes / 1_000_000);
    }

    private static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) value);
        }
        return Math.abs(value) >= 1000 ? String.format(Locale.ROOT, "%,.0f", value)
                : String.format(Locale.ROOT, "%.3f", value);
    }

    /** The same figures as a JSON document. */
    public ObjectNode toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("benchmark", benchmark);
        ArrayNode lines = root.putArray("stages");
        for (StageFigures s : stages) {
            ObjectNode line = lines.addObject();
            line.put("key", s.key());
            line.put("label", s.label());
            line.put("rows", s.rows());
            line.put("seconds", s.seconds());
            line.put("rowsPerSecond", s.rowsPerSecond());
            if (s.bytes() > 0) {
                line.put("bytes", s.bytes());
                line.put("megabytesPerSecond", s.megabytesPerSecond());
            }
            if (s.cpuSeconds() >= 0) {
                line.put("cpuSeconds", s.cpuSeconds());
            }
            if (s.peakHeapBytes() >= 0) {
                line.put("peakHeapBytes", s.peakHeapBytes());
            }
            if (s.peakOldGenBytes() >= 0) {
                line.put("peakOldGenBytes", s.peakOldGenBytes());
            }
        }
        ObjectNode named = root.putObject("figures");
        figures.forEach(named::put);
        ArrayNode said = root.putArray("notes");
        notes.forEach(said::add);
        root.set("machine", JSON.valueToTree(machine));
        return root;
    }

    /** Writes {@link #toJson()} to {@code file}, creating its folder. */
    public void write(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, JSON.writeValueAsString(toJson()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Collects the parts of a result as a benchmark runs. */
    public static final class Builder {
        private final String benchmark;
        private final List<StageFigures> stages = new ArrayList<>();
        private final Map<String, Double> figures = new LinkedHashMap<>();
        private final List<String> notes = new ArrayList<>();

        public Builder(String benchmark) {
            this.benchmark = benchmark;
        }

        public Builder stage(StageFigures figures) {
            stages.add(figures);
            return this;
        }

        public Builder figure(String name, double value) {
            figures.put(name, value);
            return this;
        }

        public Builder note(String note) {
            notes.add(note);
            return this;
        }

        public BenchResult build() {
            return new BenchResult(benchmark, stages, figures, notes, Machine.describe());
        }
    }
}
