package fr.vigie;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

/** The layout of DESIGN.md, kept true as the code grows: cli/job → stages → store; stages apart. */
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

    @ArchTest
    static final ArchRule theReportReadsOnlyTheBiasStagesResults = noClasses().that().resideInAPackage("fr.vigie.report..")
            .should().dependOnClassesThat().resideInAnyPackage("fr.vigie.ingest..", "fr.vigie.classify..",
                    "fr.vigie.anonymise..", "fr.vigie.export..");

    @ArchTest
    static final ArchRule stageCoresKnowNothingOfSpring = noClasses().that().resideInAnyPackage(STAGES)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..");

    @ArchTest
    static final ArchRule stagesDoNotReachUpToTheJobOrTheCli = noClasses().that().resideInAnyPackage(STAGES)
            .should().dependOnClassesThat().resideInAnyPackage("fr.vigie.job..", "fr.vigie.cli..");

    @ArchTest
    static final ArchRule theStoreKnowsNoStage = noClasses().that().resideInAPackage("fr.vigie.store..")
            .should().dependOnClassesThat().resideInAnyPackage(STAGES)
            .orShould().dependOnClassesThat().resideInAnyPackage("fr.vigie.job..", "fr.vigie.cli..");

    @ArchTest
    static final ArchRule theSharedVocabularyDependsOnNothingOfVigie = noClasses()
            .that().resideInAnyPackage("fr.vigie.model..", "fr.vigie.config..")
            .should().dependOnClassesThat().resideInAnyPackage(STAGES)
            .orShould().dependOnClassesThat().resideInAnyPackage("fr.vigie.job..", "fr.vigie.cli..", "fr.vigie.store..");

    @ArchTest
    static final ArchRule theJobLayerDoesNotUseTheCli = noClasses().that().resideInAPackage("fr.vigie.job..")
            .should().dependOnClassesThat().resideInAPackage("fr.vigie.cli..");
}
