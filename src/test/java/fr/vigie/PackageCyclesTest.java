package fr.vigie;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

/**
 * No package cycle, tests included: the tests of a package form their own slice (a test depends on the code
 * and on the shared fixtures of {@code fr.vigie.testing}; the code never depends on a test), so that a
 * fixture reaching back into code that itself reaches the fixture shows as a cycle.
 */
@AnalyzeClasses(packages = "fr.vigie")
class PackageCyclesTest {
    /** {@code job} for the code of fr.vigie.job, {@code job (tests)} for its tests; {@code testing} alone. */
    static final SliceAssignment CODE_AND_TESTS = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass c) {
            String name = c.getPackageName();
            if (!name.startsWith("fr.vigie.")) {
                return SliceIdentifier.ignore();
            }
            String top = name.substring("fr.vigie.".length()).split("\\.")[0];
            boolean test = c.getSource().map(s -> s.getUri().toString().contains("/test-classes/")).orElse(false);
            return SliceIdentifier.of(test && !top.equals("testing") ? top + " (tests)" : top);
        }

        @Override
        public String getDescription() {
            return "the top packages of fr.vigie, the tests of each apart";
        }
    };

    @ArchTest
    static final ArchRule noCycleBetweenPackagesTestsIncluded = SlicesRuleDefinition.slices()
            .assignedFrom(CODE_AND_TESTS).should().beFreeOfCycles();
}
