package fr.vigie;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

/**
 * The layout of DESIGN.md, kept true as the code grows: cli/job → stages → store; stages apart; the
 * console (web) on top, reached only from the CLI; identity below it, free of the web.
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

    @ArchTest
    static final ArchRule theJobLayerDoesNotUseTheCli = noClasses().that().resideInAPackage("fr.vigie.job..")
            .should().dependOnClassesThat().resideInAPackage("fr.vigie.cli..");
}
