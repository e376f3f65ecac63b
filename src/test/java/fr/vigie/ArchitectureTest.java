package fr.vigie;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.util.Set;
import java.util.TreeSet;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layout of docs/architecture.md, kept true as the code grows: cli → job, schedule, review → stages →
 * store; stages apart; the console (web) on top, reached only from the CLI; identity below it, free of the web;
 * benchmarks and the sample data beside the pipeline, never inside it. Every package is placed by a rule here
 * ({@link #everyPackageIsPlacedByARule}); no package cycle ({@link PackageCyclesTest} includes the tests).
 */
@AnalyzeClasses(packages = "fr.vigie", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String[] STAGES = {"fr.vigie.ingest..", "fr.vigie.classify..", "fr.vigie.anonymise..",
        "fr.vigie.bias..", "fr.vigie.export..", "fr.vigie.report.."};

    @ArchTest
    static final ArchRule stagesDoNotCallEachOther = SlicesRuleDefinition.slices()
            .matching("fr.vigie.(ingest|classify|anonymise|bias|export)..")
            .should().notDependOnEachOther();

    /** The report renders the stages' typed results (issue 15): it may read them; no stage reads the report. */
    @ArchTest
    static final ArchRule noStageDependsOnTheReport = noClasses()
            .that().resideInAnyPackage("fr.vigie.ingest..", "fr.vigie.classify..", "fr.vigie.anonymise..",
                    "fr.vigie.bias..", "fr.vigie.export..")
            .should().dependOnClassesThat().resideInAPackage("fr.vigie.report..");

    /** The report is built from the stages' typed results, never from the job that runs them nor the store. */
    @ArchTest
    static final ArchRule theReportReadsOnlyTheStagesResults = noClasses().that().resideInAPackage("fr.vigie.report..")
            .should().dependOnClassesThat().resideInAnyPackage("fr.vigie.job..", "fr.vigie.cli..", "fr.vigie.store..",
                    "fr.vigie.web..", "fr.vigie.identity..");

    @ArchTest
    static final ArchRule stageCoresKnowNothingOfSpring = noClasses().that().resideInAnyPackage(STAGES)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..");

    @ArchTest
    static final ArchRule stagesDoNotReachUpToTheJobOrTheCli = noClasses().that().resideInAnyPackage(STAGES)
            .should().dependOnClassesThat().resideInAnyPackage("fr.vigie.job..", "fr.vigie.cli..");

    @ArchTest
    static final ArchRule theStoreKnowsNoStage = noClasses().that().resideInAPackage("fr.vigie.store..")
            .should().dependOnClassesThat().resideInAnyPackage(STAGES)
            .orShould().dependOnClassesThat().resideInAnyPackage("fr.vigie.job..", "fr.vigie.cli..",
                    "fr.vigie.identity..", "fr.vigie.web..");

    @ArchTest
    static final ArchRule stagesKnowNoUserNorConsole = noClasses().that().resideInAnyPackage(STAGES)
            .should().dependOnClassesThat().resideInAnyPackage("fr.vigie.identity..", "fr.vigie.web..");

    /** Who a user is and may do: plain logic over the store, usable by the CLI without any web layer. */
    @ArchTest
    static final ArchRule identityIsFreeOfTheWebTheJobAndTheCli = noClasses().that()
            .resideInAPackage("fr.vigie.identity..")
            .should().dependOnClassesThat().resideInAnyPackage("fr.vigie.web..", "fr.vigie.job..", "fr.vigie.cli..",
                    "org.springframework.web..", "org.springframework.security.web..",
                    "org.springframework.security.config..", "jakarta.servlet..", "org.thymeleaf..");

    /** Only vigie serve starts the console: nothing else reaches into the web layer. */
    @ArchTest
    static final ArchRule onlyTheServeCommandUsesTheConsole = noClasses().that()
            .resideOutsideOfPackages("fr.vigie.web..", "fr.vigie.cli..")
            .should().dependOnClassesThat().resideInAPackage("fr.vigie.web..");

    @ArchTest
    static final ArchRule theJobLayerServesNoPage = noClasses().that().resideInAPackage("fr.vigie.job..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "jakarta.servlet..",
                    "org.springframework.security.web..");

    @ArchTest
    static final ArchRule theSharedVocabularyDependsOnNothingOfVigie = noClasses()
            .that().resideInAnyPackage("fr.vigie.model..", "fr.vigie.config..")
            .should().dependOnClassesThat().resideInAnyPackage(STAGES)
            .orShould().dependOnClassesThat().resideInAnyPackage("fr.vigie.job..", "fr.vigie.cli..", "fr.vigie.store..",
                    "fr.vigie.identity..", "fr.vigie.web..");

    /** The ordered pipeline on several threads is a tool of the stages and the job: it knows none of them. */
    @ArchTest
    static final ArchRule theOrderedPipelineDependsOnNothingOfVigie = noClasses()
            .that().resideInAPackage("fr.vigie.parallel..")
            .should().dependOnClassesThat(vigieOutside("fr.vigie.parallel."));

    @ArchTest
    static final ArchRule theJobLayerDoesNotUseTheCli = noClasses().that().resideInAPackage("fr.vigie.job..")
            .should().dependOnClassesThat().resideInAPackage("fr.vigie.cli..");

    /** The packages these rules place; a new package must be added here, with its rule. */
    static final Set<String> PLACED = Set.of("anonymise", "bench", "bias", "classify", "cli", "config", "export",
            "identity", "ingest", "job", "keys", "model", "parallel", "report", "review", "sample", "schedule", "store",
            "web");

    @ArchTest
    static void everyPackageIsPlacedByARule(JavaClasses classes) {
        Set<String> packages = new TreeSet<>();
        for (JavaClass c : classes) {
            String name = c.getPackageName();
            if (name.startsWith("fr.vigie.")) {
                packages.add(name.substring("fr.vigie.".length()).split("\\.")[0]);
            }
        }
        assertThat(PLACED).containsAll(packages);
    }

    @ArchTest
    static final ArchRule noCycleBetweenPackages = SlicesRuleDefinition.slices().matching("fr.vigie.(*)..")
            .should().beFreeOfCycles();

    /** The sample data generator knows only the shared vocabulary: the pipeline never shapes the data it is tried on. */
    @ArchTest
    static final ArchRule theSampleDataKnowsNoStage = noClasses().that().resideInAPackage("fr.vigie.sample..")
            .should().dependOnClassesThat(vigieOutside("fr.vigie.sample.", "fr.vigie.model."));

    /** Benchmarks sit beside the pipeline: only {@code vigie bench} reaches them. */
    @ArchTest
    static final ArchRule onlyTheCliRunsTheBenchmarks = noClasses().that()
            .resideOutsideOfPackages("fr.vigie.bench..", "fr.vigie.cli..")
            .should().dependOnClassesThat().resideInAPackage("fr.vigie.bench..");

    /** The scheduler starts jobs through the job layer; only {@code vigie schedule} starts it. */
    @ArchTest
    static final ArchRule theSchedulerStartsJobsThroughTheJobLayer = noClasses().that()
            .resideInAPackage("fr.vigie.schedule..")
            .should().dependOnClassesThat(vigieOutside("fr.vigie.schedule.", "fr.vigie.job.", "fr.vigie.store.",
                    "fr.vigie.model."));

    @ArchTest
    static final ArchRule onlyTheCliStartsTheScheduler = noClasses().that()
            .resideOutsideOfPackages("fr.vigie.schedule..", "fr.vigie.cli..")
            .should().dependOnClassesThat().resideInAPackage("fr.vigie.schedule..");

    /** The DPO's decisions: reached from the CLI and the console, above the job layer. */
    @ArchTest
    static final ArchRule reviewsAreReachedFromTheCliAndTheConsole = noClasses().that()
            .resideOutsideOfPackages("fr.vigie.review..", "fr.vigie.cli..", "fr.vigie.web..")
            .should().dependOnClassesThat().resideInAPackage("fr.vigie.review..");

    @ArchTest
    static final ArchRule reviewsKnowNoCommandNorPage = noClasses().that().resideInAPackage("fr.vigie.review..")
            .should().dependOnClassesThat().resideInAnyPackage("fr.vigie.cli..", "fr.vigie.web..",
                    "fr.vigie.schedule..", "fr.vigie.bench..");

    /** The keys live in the key folder; their code knows no job, only how keys are made and where they go. */
    @ArchTest
    static final ArchRule theKeysKnowNoJob = noClasses().that().resideInAPackage("fr.vigie.keys..")
            .should().dependOnClassesThat(vigieOutside("fr.vigie.keys.", "fr.vigie.export.", "fr.vigie.store.",
                    "fr.vigie.model."));

    /** The store's repositories and logs, as opposed to the records they hand out. */
    static final DescribedPredicate<JavaClass> STORE_SERVICES = DescribedPredicate.describe("a store service",
            c -> c.getPackageName().equals("fr.vigie.store") && !c.isRecord() && !c.isEnum()
                    && !c.getSimpleName().equals("package-info"));

    /**
     * The CLI reads and changes the store through the job layer and the reviews (and identity for accounts),
     * never through the store's repositories; {@code StoreSession}, which opens the store, is the one exception.
     */
    @ArchTest
    static final ArchRule theCliGoesThroughTheJobAndTheReviewsForTheStore = noClasses().that()
            .resideInAPackage("fr.vigie.cli..").and().doNotHaveSimpleName("StoreSession")
            .should().dependOnClassesThat(STORE_SERVICES);

    /** Classes of Vigie outside the given package prefixes. */
    static DescribedPredicate<JavaClass> vigieOutside(String... prefixes) {
        return DescribedPredicate.describe("Vigie classes outside " + String.join(", ", prefixes), c -> {
            if (!c.getPackageName().startsWith("fr.vigie.")) {
                return false;
            }
            for (String prefix : prefixes) {
                if ((c.getPackageName() + ".").startsWith(prefix)) {
                    return false;
                }
            }
            return true;
        });
    }
}
