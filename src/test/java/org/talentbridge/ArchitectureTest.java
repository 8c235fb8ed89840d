package org.talentbridge;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

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

    /** The kernel depends on no feature (every package of the application but {@code shared} itself). */
    @ArchTest
    static final ArchRule theSharedKernelKnowsNoFeature = noClasses()
            .that().resideInAPackage("org.talentbridge.shared..")
            .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("org.talentbridge..")
                    .and(JavaClass.Predicates.resideOutsideOfPackage("org.talentbridge.shared..")));

    /**
     * A feature's repositories are its own: only classes of the same top-level package use them; other features call
     * its services.
     */
    @ArchTest
    static final ArchRule repositoriesAreUsedOnlyByTheirOwnFeature = classes()
            .that().haveSimpleNameEndingWith("Repository").and().resideInAPackage("org.talentbridge..")
            .should(new ArchCondition<JavaClass>("be used only by classes of their own feature") {
                @Override
                public void check(JavaClass repository, ConditionEvents events) {
                    String feature = featureOf(repository);
                    for (Dependency use : repository.getDirectDependenciesToSelf()) {
                        if (!featureOf(use.getOriginClass()).equals(feature)) {
                            events.add(SimpleConditionEvent.violated(use, use.getDescription()));
                        }
                    }
                }
            });

    /** {@code org.talentbridge.casework.ui.InboxView} → {@code casework}. */
    static String featureOf(JavaClass type) {
        String rest = type.getPackageName().substring(Math.min(type.getPackageName().length(), "org.talentbridge".length()));
        String[] parts = rest.startsWith(".") ? rest.substring(1).split("\\.") : new String[] {""};
        return parts[0];
    }

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

    /**
     * Every "now" comes from the application's {@link java.time.Clock} bean (issue 14.3), so that a test can set the day and
     * two services never disagree about it; the one exception is the static shape check of ID numbers.
     */
    @ArchTest
    static final ArchRule everyNowComesFromTheClock = noClasses()
            .that().doNotHaveFullyQualifiedName("org.talentbridge.shared.validation.ChineseIdNumber")
            .should().callMethod(java.time.LocalDate.class, "now")
            .orShould().callMethod(java.time.LocalDateTime.class, "now")
            .orShould().callMethod(java.time.OffsetDateTime.class, "now")
            .orShould().callMethod(java.time.ZonedDateTime.class, "now")
            .orShould().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(java.time.Year.class, "now")
            .orShould().callMethod(java.time.LocalTime.class, "now")
            .orShould().callMethod(System.class, "currentTimeMillis");
}
