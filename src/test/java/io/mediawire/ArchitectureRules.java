package io.mediawire;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The line between the product (what a Magnolia install loads), the contract it is written
 * against ({@code magnolia}) and the stand-in host ({@code host}), as ArchUnit rules over the
 * packages below {@code root}. The real suite checks {@code io.mediawire}; the rules' own test
 * checks a small fixture tree with the same layout and deliberate breaks.
 */
final class ArchitectureRules {
    /**
     * The web server side: the servlet API and Jetty, except Jetty's HTTP client and the modules it
     * is built on, which the importer's fetcher uses as a plain library to read other sites.
     */
    static final DescribedPredicate<JavaClass> WEB_SERVER = resideInAnyPackage("jakarta.servlet..", "org.eclipse.jetty..")
            .and(not(resideInAnyPackage("org.eclipse.jetty.client..", "org.eclipse.jetty.http..",
                    "org.eclipse.jetty.io..", "org.eclipse.jetty.util..")))
            .as("the servlet API or Jetty's server side");

    private final String root;
    private final DescribedPredicate<JavaClass> host;
    private final DescribedPredicate<JavaClass> contract;
    private final DescribedPredicate<JavaClass> product;

    ArchitectureRules(String root) {
        this.root = root;
        this.host = resideInAPackage(root + ".host..").as("the stand-in host (" + root + ".host..)");
        this.contract = resideInAPackage(root + ".magnolia..").as("the contract (" + root + ".magnolia..)");
        this.product = resideInAPackage(root + "..").and(not(resideInAnyPackage(root + ".host..", root + ".magnolia..")))
                .as("the product (" + root + ".. but host and magnolia)");
    }

    /** The product never reaches into the stand-in: in Magnolia there is no such host. */
    ArchRule productDoesNotUseTheHost() {
        return noClasses().that(product).should().dependOnClassesThat(host);
    }

    /** The contract stands alone: it knows neither the stand-in nor the product written against it. */
    ArchRule contractUsesNeitherHostNorProduct() {
        return noClasses().that(contract).should().dependOnClassesThat(host)
                .orShould().dependOnClassesThat(product);
    }

    /** Every package its own slice, subpackages apart: no two packages lean on each other. */
    ArchRule packagesAreFreeOfCycles() {
        return slices().matching(root + ".(**)").namingSlices("$1").should().beFreeOfCycles();
    }

    /** Serving HTTP is the host's job; product and contract never see a servlet or Jetty's server. */
    ArchRule productAndContractDoNotServeHttp() {
        return noClasses().that(product.or(contract)).should().dependOnClassesThat(WEB_SERVER);
    }
}
