package io.mediawire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import io.mediawire.testing.architecture.magnolia.ContractUsingHost;
import io.mediawire.testing.architecture.magnolia.ContractUsingProduct;
import io.mediawire.testing.architecture.story.ProductServingHttp;
import io.mediawire.testing.architecture.story.ProductUsingHost;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The architecture rules can fail: over a fixture tree with deliberate breaks
 * ({@code io.mediawire.testing.architecture}) each rule reports its break, and only that.
 */
class ArchitectureRulesTest {
    private static final String ROOT = "io.mediawire.testing.architecture";
    private static final JavaClasses FIXTURE = new ClassFileImporter().importPackages(ROOT);
    private static final ArchitectureRules RULES = new ArchitectureRules(ROOT);

    @Test
    void productUsingTheHostIsReported() {
        assertEquals(Set.of(ProductUsingHost.class.getName()), violators(RULES.productDoesNotUseTheHost()));
    }

    @Test
    void contractUsingHostOrProductIsReported() {
        assertEquals(Set.of(ContractUsingHost.class.getName(), ContractUsingProduct.class.getName()),
                violators(RULES.contractUsesNeitherHostNorProduct()));
    }

    @Test
    void aPackageCycleIsReported() {
        EvaluationResult result = RULES.packagesAreFreeOfCycles().evaluate(FIXTURE);
        assertTrue(result.hasViolation());
        String report = String.join("\n", result.getFailureReport().getDetails());
        assertTrue(report.contains("Cycle detected: cycle.a -> ") && report.contains("cycle.b"), report);
        assertFalse(report.contains("story") || report.contains("magnolia"), "no other cycle: " + report);
    }

    @Test
    void servingHttpIsReportedButFetchingWithJettysClientIsNot() {
        // ProductFetching, which holds a Jetty HttpClient, is not among them.
        assertEquals(Set.of(ProductServingHttp.class.getName()), violators(RULES.productAndContractDoNotServeHttp()));
    }

    /** The fixture classes a rule reports: those that a line of its failure report starts from. */
    private static Set<String> violators(ArchRule rule) {
        EvaluationResult result = rule.evaluate(FIXTURE);
        List<String> details = result.getFailureReport().getDetails();
        Set<String> classes = new TreeSet<>();
        for (JavaClass fixtureClass : FIXTURE) {
            // "Field <a.B.x> has type ...", "Class <a.B> extends ...", "Constructor <a.B.<init>()> calls ..."
            Pattern origin = Pattern.compile("^\\w+ <" + Pattern.quote(fixtureClass.getName()) + "[.>$]");
            if (details.stream().anyMatch(detail -> origin.matcher(detail).find())) {
                classes.add(fixtureClass.getName());
            }
        }
        assertEquals(result.hasViolation(), !classes.isEmpty(), String.join("\n", details));
        return classes;
    }
}
