package fr.vigie;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.JavaParser;
import com.github.javaparser.JavaToken;
import com.github.javaparser.Range;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ParserConfiguration.LanguageLevel;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CompactConstructorDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.stmt.BlockStmt;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Small methods (issue 15): nine methods in ten of the main sources have at most {@value #MAX_P90} lines of code
 * in their body, constructors included. A line of code is a line between the braces of the body that is neither
 * blank nor only a comment, so that a comment saying why costs nothing.
 */
class MethodsStayShortTest {
    static final int MAX_P90 = 20;
    private static final Path SOURCES = Path.of("src/main/java");

    /**
     * Hot parsers, kept in one piece on purpose: each is one loop over every character or every cell of every input
     * file with its state in locals; cut into methods, that state would travel through fields on the path that
     * dominates ingest time. They are left out of the measure, and must still exist.
     */
    static final Set<String> HOT_PARSERS = Set.of(
            "fr.vigie.ingest.Values.scanNumber",
            "fr.vigie.ingest.LineReader.next");

    record Method(String pkg, String name, String file, int line, int length) {
        @Override
        public String toString() {
            return "%4d  %s (%s:%d)".formatted(length, name, file, line);
        }
    }

    @Test
    void ninetyPercentOfMethodsHaveAtMostTwentyLines() throws IOException {
        List<Method> all = methodsOf(SOURCES);
        List<Method> measured = all.stream().filter(m -> !HOT_PARSERS.contains(m.name())).toList();

        int p90 = percentile90(measured);

        assertThat(p90)
                .withFailMessage(() -> failure(p90, measured))
                .isLessThanOrEqualTo(MAX_P90);
    }

    @Test
    void everyHotParserOfTheAllowListStillExists() throws IOException {
        Set<String> names = methodsOf(SOURCES).stream().map(Method::name).collect(Collectors.toSet());

        assertThat(names).containsAll(HOT_PARSERS);
    }

    @Test
    void theMeasureCountsCodeLinesOfEveryBodyAndNothingElse() {
        CompilationUnit unit = parser().parse("""
                package p;
                class A {
                    A() {
                        this(1);
                    }

                    A(int x) {
                        // why: nothing to say
                        int y = x;

                        y++;
                    }

                    abstract void none();

                    int one() { return 1; }

                    record R(int a) {
                        R {
                            /* a block
                               comment */
                            assert a > 0;
                        }
                    }
                }
                """).getResult().orElseThrow();

        Map<String, Integer> lengths = methodsOf(unit, "A.java").stream()
                .collect(Collectors.toMap(m -> m.name() + ":" + m.line(), Method::length));

        assertThat(lengths).containsExactlyInAnyOrderEntriesOf(Map.of(
                "p.A.<init>:3", 1, "p.A.<init>:7", 2, "p.A.one:16", 1, "p.A.R.<init>:19", 1));
    }

    static List<Method> methodsOf(Path root) throws IOException {
        JavaParser parser = parser();
        List<Method> methods = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                CompilationUnit unit = parser.parse(file).getResult()
                        .orElseThrow(() -> new IllegalStateException("cannot parse " + file));
                methods.addAll(methodsOf(unit, root.relativize(file).toString()));
            }
        }
        return methods;
    }

    private static JavaParser parser() {
        return new JavaParser(new ParserConfiguration().setLanguageLevel(LanguageLevel.JAVA_17));
    }

    private static List<Method> methodsOf(CompilationUnit unit, String file) {
        List<Method> methods = new ArrayList<>();
        for (MethodDeclaration method : unit.findAll(MethodDeclaration.class)) {
            method.getBody().ifPresent(body -> methods.add(measure(method, method.getNameAsString(), body, file)));
        }
        for (ConstructorDeclaration constructor : unit.findAll(ConstructorDeclaration.class)) {
            methods.add(measure(constructor, "<init>", constructor.getBody(), file));
        }
        for (CompactConstructorDeclaration constructor : unit.findAll(CompactConstructorDeclaration.class)) {
            methods.add(measure(constructor, "<init>", constructor.getBody(), file));
        }
        return methods;
    }

    private static Method measure(Node callable, String simpleName, BlockStmt body, String file) {
        String name = ownerName(callable) + "." + simpleName;
        String pkg = callable.findCompilationUnit().flatMap(CompilationUnit::getPackageDeclaration)
                .map(p -> p.getNameAsString()).orElse("");
        return new Method(pkg, name, file, callable.getBegin().orElseThrow().line, codeLines(body));
    }

    /** The fully qualified name of the type that declares the callable (anonymous classes count as their host). */
    private static String ownerName(Node callable) {
        Node node = callable.getParentNode().orElseThrow();
        while (!(node instanceof TypeDeclaration<?>)) {
            node = node.getParentNode().orElseThrow();
        }
        return ((TypeDeclaration<?>) node).getFullyQualifiedName().orElseThrow();
    }

    /** Lines holding a token of the body that is neither whitespace nor a comment, the body's own braces left out. */
    private static int codeLines(BlockStmt body) {
        List<JavaToken> tokens = new ArrayList<>();
        body.getTokenRange().orElseThrow().forEach(tokens::add);
        Set<Integer> lines = new TreeSet<>();
        for (JavaToken token : tokens.subList(1, tokens.size() - 1)) {
            if (!token.getCategory().isWhitespaceOrComment()) {
                Range range = token.getRange().orElseThrow();
                IntStream.rangeClosed(range.begin.line, range.end.line).forEach(lines::add);
            }
        }
        return lines.size();
    }

    static int percentile90(List<Method> methods) {
        int[] lengths = methods.stream().mapToInt(Method::length).sorted().toArray();
        int rank = (int) Math.ceil(0.9 * lengths.length);
        return lengths.length == 0 ? 0 : lengths[rank - 1];
    }

    private static String failure(int p90, List<Method> methods) {
        String longest = methods.stream()
                .sorted(Comparator.comparingInt(Method::length).reversed())
                .limit(20)
                .map(Method::toString)
                .collect(Collectors.joining("\n"));
        return "The 90th percentile of method length is %d lines of code (at most %d wanted) over %d methods.%n"
                .formatted(p90, MAX_P90, methods.size())
                + "Per package:\n" + perPackage(methods) + "\nThe 20 longest:\n" + longest;
    }

    private static String perPackage(List<Method> methods) {
        Map<String, List<Method>> byPackage = methods.stream()
                .collect(Collectors.groupingBy(Method::pkg, TreeMap::new, Collectors.toList()));
        return byPackage.entrySet().stream()
                .map(e -> "  p90 %3d  over %4d  %s".formatted(percentile90(e.getValue()), e.getValue().size(), e.getKey()))
                .collect(Collectors.joining("\n"));
    }
}
