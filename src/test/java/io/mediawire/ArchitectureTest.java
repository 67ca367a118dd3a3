package io.mediawire;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The architecture of the compiled main classes (tests are left out). */
@AnalyzeClasses(packages = "io.mediawire", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final ArchitectureRules RULES = new ArchitectureRules("io.mediawire");

    @ArchTest
    static final ArchRule productDoesNotUseTheHost = RULES.productDoesNotUseTheHost();

    @ArchTest
    static final ArchRule contractUsesNeitherHostNorProduct = RULES.contractUsesNeitherHostNorProduct();

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = RULES.packagesAreFreeOfCycles();

    @ArchTest
    static final ArchRule productAndContractDoNotServeHttp = RULES.productAndContractDoNotServeHttp();
}
