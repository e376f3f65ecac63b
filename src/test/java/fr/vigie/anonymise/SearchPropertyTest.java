package fr.vigie.anonymise;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.model.AttributeType;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.LongStream;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Properties of the search on generated data, checked against brute force and independently of the engine. */
class SearchPropertyTest {
    private static final String[] L_DIVERSITY = {"", "  l-diversity: {variant: distinct, l: 2}\n",
        "  l-diversity: {variant: entropy, l: 1.8}\n", "  l-diversity: {variant: recursive, l: 2, c: 3}\n",
        "  t-closeness: {t: 0.35, distance: equal}\n", "  t-closeness: {t: 0.3, distance: ordered}\n",
        "  averageRisk: 0.15\n", "  l-diversity: {variant: distinct, l: 2}\n  averageRisk: 0.2\n"};
    private static final QualityModel[] QUALITY = QualityModel.values();

    @TempDir
    Path dir;

    private record Case(DataTable table, int k, double suppression, String extra, QualityModel quality) {
    }

    private static Case caseFor(long seed) {
        Random random = new Random(seed);
        int qis = 3 + random.nextInt(2);
        DataTable table = Fixtures.generated(seed, 150 + random.nextInt(250), qis, 8 + random.nextInt(10),
                2 + random.nextInt(4));
        int k = 2 + random.nextInt(4);
        double suppression = new double[] {0, 0.02, 0.05, 0.1}[random.nextInt(4)];
        return new Case(table, k, suppression, L_DIVERSITY[random.nextInt(L_DIVERSITY.length)],
                QUALITY[random.nextInt(QUALITY.length)]);
    }

    private static List<ColumnHierarchy> hierarchies(DataTable table) {
        List<ColumnHierarchy> qis = new ArrayList<>();
        for (int c = 0; c < table.columnCount() - 1; c++) {
            qis.add(new ColumnHierarchy(table, c, Hierarchies.interval("q" + c, table.dictionary(c),
                    List.of(BigDecimal.valueOf(2), BigDecimal.valueOf(4)))));
        }
        return qis;
    }

    private List<PrivacyModel> models(Case c) {
        Policy policy = policy(c);
        List<PrivacyModel> models = new ArrayList<>(List.of(new PrivacyModel.KAnonymity(c.k())));
        if (policy.lDiversity() != null) {
            Policy.LDiversity l = policy.lDiversity();
            models.add(switch (l.variant()) {
                case DISTINCT -> new PrivacyModel.DistinctLDiversity("s", (int) l.l());
                case ENTROPY -> new PrivacyModel.EntropyLDiversity("s", l.l());
                case RECURSIVE -> new PrivacyModel.RecursiveCLDiversity("s", l.c(), (int) l.l());
            });
        }
        if (policy.tCloseness() != null) {
            models.add(new PrivacyModel.TCloseness("s", policy.tCloseness().t(), policy.tCloseness().distance()));
        }
        if (policy.averageRisk() != null) {
            models.add(new PrivacyModel.AverageRisk(policy.averageRisk()));
        }
        return models;
    }

    private Policy policy(Case c) {
        StringBuilder yaml = new StringBuilder("id: generated\nquality: " + c.quality().name().toLowerCase()
                + "\nprivacy:\n  k: " + c.k() + "\n  suppressionLimit: " + c.suppression() + "\n" + c.extra()
                + "columns:\n  s: {transform: keep}\nhierarchies:\n");
        for (int q = 0; q < c.table().columnCount() - 1; q++) {
            yaml.append("  q").append(q).append(": {builtin: interval, widths: [2, 4]}\n");
        }
        return Fixtures.policy(dir, yaml.toString());
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 80);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void searchFindsTheBruteForceOptimum(long seed) {
        Case c = caseFor(seed);
        DataTable table = c.table();
        List<SensitiveColumn> sensitive = List.of(new SensitiveColumn(table, table.columnCount() - 1, null));
        Search.Settings settings = new Search.Settings(models(c), c.suppression(), c.quality(), 0);
        Search search = new Search(table, hierarchies(table), sensitive, settings);
        Search.Result result = search.run();

        Search brute = new Search(table, hierarchies(table), sensitive, settings);
        Search.Evaluation best = null;
        int[] max = brute.maxLevels();
        int[] levels = new int[max.length];
        int acceptable = 0;
        do {
            Search.Evaluation eval = brute.evaluate(levels.clone(), false);
            if (eval.acceptable()) {
                acceptable++;
                if (best == null || brute.better(eval, best)) {
                    best = eval;
                }
            }
        } while (next(levels, max));

        assertThat(result.stats().optimal()).isTrue();
        if (best == null) {
            assertThat(result.best()).isNull();
        } else {
            assertThat(result.best()).as("seed %d: %d acceptable nodes", seed, acceptable).isNotNull();
            assertThat(result.best().levels()).as("seed %d", seed).containsExactly(best.levels());
            assertThat(result.best().objective()).isEqualTo(best.objective());
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {41, 42, 43, 44, 45, 46, 47, 48})
    void twoSensitiveColumnsEachKeepTheirOwnHistogram(long seed) {
        DataTable base = Fixtures.generated(seed, 200, 3, 10, 3);
        Random random = new Random(seed);
        DataTable.Builder builder = DataTable.builder(List.of("q0", "q1", "q2", "s2", "s"));
        for (int r = 0; r < base.rowCount(); r++) {
            builder.add(new String[] {base.value(r, 0), base.value(r, 1), base.value(r, 2),
                "w" + random.nextInt(2 + (int) (seed % 3)), base.value(r, 3)});
        }
        DataTable table = builder.build();
        List<ColumnHierarchy> qis = new ArrayList<>();
        for (int c = 0; c < 3; c++) {
            qis.add(new ColumnHierarchy(table, c, Hierarchies.interval("q" + c, table.dictionary(c),
                    List.of(BigDecimal.valueOf(2), BigDecimal.valueOf(4)))));
        }
        List<SensitiveColumn> sensitive = List.of(new SensitiveColumn(table, 3, null),
                new SensitiveColumn(table, 4, null));
        List<PrivacyModel> models = List.of(new PrivacyModel.KAnonymity(2),
                new PrivacyModel.DistinctLDiversity("s2", 2),
                new PrivacyModel.EntropyLDiversity("s", 1.5), new PrivacyModel.TCloseness("s2", 0.4,
                        PrivacyModel.Distance.EQUAL));
        QualityModel quality = QUALITY[(int) (seed % QUALITY.length)];
        Search.Settings settings = new Search.Settings(models, 0.1, quality, 0);
        Search.Result result = new Search(table, qis, sensitive, settings).run();
        Search brute = new Search(table, qis, sensitive, settings);
        Search.Evaluation best = null;
        int[] max = brute.maxLevels();
        int[] levels = new int[max.length];
        do {
            Search.Evaluation eval = brute.evaluate(levels.clone(), true);
            if (eval.acceptable() && (best == null || brute.better(eval, best))) {
                best = eval;
            }
        } while (next(levels, max));
        if (best == null) {
            assertThat(result.best()).as("seed %d", seed).isNull();
        } else {
            assertThat(result.best().levels()).as("seed %d %s", seed, quality).containsExactly(best.levels());
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {31, 32, 33, 34, 35, 36, 37, 38, 39, 40})
    void releasedRowsSatisfyTheModelsWithinTheSuppressionLimit(long seed) {
        Case c = caseFor(seed);
        DataTable table = c.table();
        List<ColumnInfo> columns = new ArrayList<>(Fixtures.all(table, AttributeType.QUASI_IDENTIFYING));
        columns.set(table.columnCount() - 1, new ColumnInfo("s", AttributeType.SENSITIVE, null));
        Anonymisation result;
        try {
            result = new Anonymiser(policy(c), dir).anonymise(table, columns, null);
        } catch (PolicyRefusedException refused) {
            assertThat(refused.exitCode()).isEqualTo(3);
            return;
        }
        AnonymisationReport report = result.report();
        Map<List<String>, List<String>> classes = new HashMap<>();
        int[] released = {0};
        result.forEachReleasedRow(row -> {
            released[0]++;
            List<String> key = List.of(row).subList(0, row.length - 1);
            classes.computeIfAbsent(key, x -> new ArrayList<>()).add(row[row.length - 1]);
        });
        assertThat(released[0]).isEqualTo(report.rowsReleased());
        assertThat(report.rowsIn()).isEqualTo(report.rowsReleased() + report.suppressedRows());
        assertThat(report.suppressedRows()).isLessThanOrEqualTo((int) Math.floor(c.suppression() * table.rowCount()));
        assertThat(classes.size()).isEqualTo(report.achieved().classes());
        for (List<String> values : classes.values()) {
            assertThat(values.size()).isGreaterThanOrEqualTo(c.k());
            if (c.extra().contains("distinct")) {
                Set<String> distinct = new HashSet<>(values);
                assertThat(distinct.size()).isGreaterThanOrEqualTo(2);
            }
        }
    }

    private static boolean next(int[] levels, int[] max) {
        for (int d = levels.length - 1; d >= 0; d--) {
            if (levels[d] < max[d]) {
                levels[d]++;
                return true;
            }
            levels[d] = 0;
        }
        return false;
    }
}
