package fr.vigie.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.model.AttributeType;
import fr.vigie.model.ConfigException;
import fr.vigie.model.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/** Shared test fixtures: the project's real rules and small helpers. */
final class Fixtures {
    private static ClassificationRules rules;
    private static final Map<Path, ClassificationResult> FILES = new ConcurrentHashMap<>();

    private Fixtures() {
    }

    /** The rules directory of the project (tests run from the project root). */
    static Path rulesDir() {
        Path dir = Path.of("rules");
        if (!Files.isRegularFile(dir.resolve(ClassificationRules.FILE_NAME))) {
            throw new IllegalStateException("run the tests from the project root: " + dir.toAbsolutePath());
        }
        return dir;
    }

    /** The project's rules, loaded once. */
    static synchronized ClassificationRules rules() {
        if (rules == null) {
            rules = ClassificationRules.load(rulesDir());
        }
        return rules;
    }

    static Classifier classifier() {
        return new Classifier(rules());
    }

    /** A fixture file read with Vigie's ingest and classified with the project's rules, once however many tests ask. */
    static ClassificationResult file(Path path) {
        return FILES.computeIfAbsent(path, p -> CorpusEvaluation.classify(classifier(), p));
    }

    /**
     * The smallest rules file {@link #loadRules} accepts: one first-name list and a person's name read by its name and
     * its values, with {@code infoTypes} lines added to its info types ({@code "COMMUNE: {attributeType: ...}"}). Its
     * value rules come last, so a test may append its own rules to them.
     */
    static String minimalRules(String... infoTypes) {
        StringBuilder extra = new StringBuilder();
        for (String line : infoTypes) {
            extra.append("  ").append(line).append('\n');
        }
        return """
            dictionaries:
              first-names: {file: prenoms.txt, source: test}
            infoTypes:
              PERSON_NAME: {attributeType: IDENTIFYING}
              FREE_TEXT: {attributeType: INSENSITIVE}
            %snameRules:
              - {id: person, infoType: PERSON_NAME, names: [nom, prenom]}
            valueRules:
              - {id: first-name, infoType: PERSON_NAME, dictionary: first-names, match: token}
            """.formatted(extra);
    }

    /** The smallest {@code dataSubject} section, for rules tests of a section that needs one; its last key is {@code place}. */
    static final String MINIMAL_DATA_SUBJECT = """
        dataSubject:
          contactWords: [president]
          personInfoTypes: [PERSON_NAME]
          soleTraders: {legalFormRules: [first-name]}
          organisation: {notPersonal: []}
          place: {notPersonal: []}
        """;

    /** Writes {@code yaml} to {@code dir} as the rules file, beside a two-name first-name list, and loads it. */
    static ClassificationRules loadRules(Path dir, String yaml) throws IOException {
        Files.writeString(dir.resolve("prenoms.txt"), "# first names\nMarie\nJean\n");
        Files.writeString(dir.resolve(ClassificationRules.FILE_NAME), yaml);
        return ClassificationRules.load(dir);
    }

    /** The column is protected: IDENTIFYING or SENSITIVE (the message names it and its notes). */
    static void assertProtected(ColumnClassification c) {
        assertThat(c.attributeType()).as(c.name() + " " + c.evidence().notes())
            .isIn(AttributeType.IDENTIFYING, AttributeType.SENSITIVE);
    }

    /** The column is released: INSENSITIVE and not held for review (the message names it and its notes). */
    static void assertReleased(ColumnClassification c) {
        assertThat(c.attributeType()).as(c.name() + " " + c.evidence().notes()).isEqualTo(AttributeType.INSENSITIVE);
        assertThat(c.reviewNeeded()).as(c.name()).isFalse();
    }

    /** The column is not released: anything but INSENSITIVE (QUASI_IDENTIFYING included). */
    static void assertNotReleased(ColumnClassification c) {
        assertThat(c.attributeType()).as(c.name()).isNotEqualTo(AttributeType.INSENSITIVE);
    }

    /** Asserts that loading {@code yaml} as the rules file fails naming that file, {@code key} and {@code problem}. */
    static void assertRulesRejected(Path dir, String yaml, String key, String problem) {
        assertThatThrownBy(() -> loadRules(dir, yaml))
            .isInstanceOf(ConfigException.class)
            .satisfies(e -> {
                ConfigException ce = (ConfigException) e;
                assertThat(ce.file()).isEqualTo(dir.resolve(ClassificationRules.FILE_NAME));
                assertThat(ce.key()).isEqualTo(key);
                assertThat(ce.getMessage()).contains(problem);
                assertThat(ce.exitCode()).isEqualTo(ExitCode.BAD_CONFIGURATION);
            });
    }

    /**
     * The index, in the project's {@code failClosed.harmlessShapes}, of the one shape whose line holds {@code entry}:
     * the key an error names moves whenever a shape is added before it, so tests find it rather than hard-code it.
     */
    static int harmlessShapeIndex(String entry) throws IOException {
        List<String> lines = Files.readAllLines(rulesDir().resolve(ClassificationRules.FILE_NAME));
        int start = lines.indexOf("  harmlessShapes:");
        int index = -1;
        for (String line : lines.subList(start + 1, lines.size())) {
            if (!line.startsWith("    ")) {
                break;
            }
            if (line.startsWith("    - {")) {
                index++;
                if (line.contains(entry)) {
                    return index;
                }
            }
        }
        throw new IllegalStateException("no harmless shape holds " + entry);
    }

    /**
     * Asserts that the project's own rules, changed by {@code change} (which must change them), are refused on load,
     * naming the rules file, {@code key} and {@code problem}. The rules folder is copied into {@code dir} first.
     */
    static void assertProjectRulesRejected(Path dir, UnaryOperator<String> change, String key, String problem)
            throws IOException {
        Path copy = dir.resolve("rules");
        try (Stream<Path> files = Files.walk(rulesDir())) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = copy.resolve(rulesDir().relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
        String yaml = Files.readString(rulesDir().resolve(ClassificationRules.FILE_NAME));
        String changed = change.apply(yaml);
        assertThat(changed).as("the change changes the rules").isNotEqualTo(yaml);
        Files.writeString(copy.resolve(ClassificationRules.FILE_NAME), changed);
        assertThatThrownBy(() -> ClassificationRules.load(copy))
            .isInstanceOf(ConfigException.class)
            .satisfies(e -> {
                ConfigException ce = (ConfigException) e;
                assertThat(ce.file()).isEqualTo(copy.resolve(ClassificationRules.FILE_NAME));
                assertThat(ce.key()).isEqualTo(key);
                assertThat(ce.getMessage()).contains(problem);
            });
    }

    /** A folder of fixture files under the classify corpus ({@code src/test/resources/classify/<name>}). */
    static Folder folder(String name) {
        return new Folder(CorpusGenerator.DEFAULT_DIR.resolve(name));
    }

    /**
     * Fixture files of one folder, each read and classified once. With {@code -Dvigie.fixtures.dump=true} every file
     * read prints what each column gave: names and types only, never a value.
     */
    record Folder(Path dir) {
        ClassificationResult file(String name) {
            ClassificationResult result = Fixtures.file(dir.resolve(name));
            if (Boolean.getBoolean("vigie.fixtures.dump")) {
                System.out.println("FIXTURE " + name + " " + result.dataset().dataSubject() + " personal="
                    + result.dataset().personalData());
                result.columns().forEach(c -> System.out.println("FIXTURE   " + c.name() + " " + c.attributeType() + "/"
                    + c.infoType() + "/" + c.domain() + (c.reviewNeeded() ? " (review)" : "")));
            }
            return result;
        }

        ColumnClassification column(String file, String column) {
            return file(file).column(column);
        }
    }

    /** One column of {@code values} repeated to 60 rows, classified alone with the project's rules. */
    static ColumnClassification column(String name, String... values) {
        return classifier().classifyColumn(name, repeat(60, values));
    }

    /** Classifies a small table with the project's rules: {@code rows} repeated to 60 rows. */
    static ClassificationResult table(List<String> header, String[]... rows) {
        Classifier classifier = classifier();
        ColumnSampler sampler = classifier.sampler(header);
        for (int i = 0; i < 60; i++) {
            sampler.accept(rows[i % rows.length]);
        }
        return classifier.classify("test", 60, sampler, Map.of(), null);
    }

    /** A column of {@code n} values made by repeating {@code values}. */
    static List<String> repeat(int n, String... values) {
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(values[i % values.length]);
        }
        return out;
    }
}
