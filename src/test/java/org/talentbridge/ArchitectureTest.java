package org.talentbridge;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The shape of the code (README, "Architecture"), kept by the build. */
@AnalyzeClasses(packages = "org.talentbridge", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featureModulesDoNotDependOnEachOtherInCycles = slices()
            .matching("org.talentbridge.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule viewsCallServicesNeverRepositoriesOrTheEngine = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
            .orShould().dependOnClassesThat().haveNameMatching("org\\.camunda\\.bpm\\.engine\\.(\\w+Service|ProcessEngine)")
            .orShould().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..");

    @ArchTest
    static final ArchRule theSharedKernelKnowsNoFeature = noClasses()
            .that().resideInAPackage("org.talentbridge.shared..")
            .should().dependOnClassesThat().resideInAnyPackage("org.talentbridge.casework..", "org.talentbridge.applicant..",
                    "org.talentbridge.eligibility..", "org.talentbridge.catalog..", "org.talentbridge.demo..",
                    "org.talentbridge.integrity..", "org.talentbridge.account..");

    @ArchTest
    static final ArchRule featureInternalsAreNotReachedFromOtherFeaturesExceptThroughServices = noClasses()
            .that().resideOutsideOfPackage("org.talentbridge.account..")
            .should().dependOnClassesThat().haveSimpleName("AccountRepository");

    /**
     * The system methods that grant, void and stop (issue 5: the grant; issue 6: a confirmed finding) run inside the
     * process's or the finding's transaction: no screen and no API may call them.
     */
    @ArchTest
    static final ArchRule screensAndApisNeverGrantVoidOrStop = noClasses()
            .that().resideInAnyPackage("..ui..", "..api..")
            .should().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                    com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching(
                            "grantTitle|grantSkillLevel|recordGranted.*|voidIssuedFor|voidRecordsGrantedBy|recordFinding"
                                    + "|stopRunningCasesOf|investigationCleared|publicityEnded|committeeDecided|joinEngineGroup")));
}
