package th.nithet;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.util.Map;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The package rules of docs/architecture.md, checked on the compiled classes (ArchUnit): a change that
 * breaks one fails the build with the classes and lines that do.
 */
@AnalyzeClasses(packages = "th.nithet", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** A feature package: anything under th.nithet except the shared platform and the launcher. */
    static final DescribedPredicate<JavaClass> IN_A_FEATURE = new DescribedPredicate<>("are in a feature package") {
        @Override
        public boolean test(JavaClass c) {
            String p = c.getPackageName();
            return p.startsWith("th.nithet.") && !p.startsWith("th.nithet.platform") && !p.startsWith("th.nithet.launcher");
        }
    };

    /** The WAR's classes: everything under th.nithet but the launcher. */
    static final DescribedPredicate<JavaClass> IN_THE_APPLICATION = new DescribedPredicate<>("are in the application (the WAR)") {
        @Override
        public boolean test(JavaClass c) {
            return c.getPackageName().startsWith("th.nithet.") && !c.getPackageName().startsWith("th.nithet.launcher");
        }
    };

    static final DescribedPredicate<JavaClass> WEB_FACING = new DescribedPredicate<>(
            "are REST resources (@Path) or page beans (@Named)") {
        @Override
        public boolean test(JavaClass c) {
            return c.isAnnotatedWith("jakarta.ws.rs.Path") || c.isAnnotatedWith("jakarta.inject.Named");
        }
    };

    @ArchTest
    static final ArchRule platformUsesNoFeature = noClasses().that().resideInAPackage("th.nithet.platform..")
            .should().dependOnClassesThat(IN_A_FEATURE)
            .because("platform is what every feature may use; a feature it needed would make the two one");

    @ArchTest
    static final ArchRule servicesNeverCallTheWebLayer = noClasses()
            .that().haveSimpleNameEndingWith("Service")
            .or().areAnnotatedWith("jakarta.ejb.Stateless")
            .or().areAnnotatedWith("jakarta.ejb.Singleton")
            .should().dependOnClassesThat(WEB_FACING)
            .because("services are the transaction and permission boundary; pages and the API call them, never the reverse");

    @ArchTest
    static final ArchRule onlyTheDemoOfficeActsAsSomebodyElseOrInThePast = noClasses()
            .that().resideOutsideOfPackages("th.nithet.demo..", "th.nithet.content", "th.nithet.platform.time")
            .should().callMethod(th.nithet.content.Viewers.class, "actingAs", String.class, java.util.function.Supplier.class)
            .orShould().callMethod(th.nithet.platform.time.PortalClock.class, "asOf", java.time.Instant.class,
                    java.util.function.Supplier.class)
            .because("a request is always the person who signed in, at the real time; only the demo office's generator writes its"
                    + " history as its people on past days");

    @ArchTest
    static final ArchRule theApplicationNeverUsesTheLauncher = noClasses().that().resideOutsideOfPackage("th.nithet.launcher..")
            .should().dependOnClassesThat().resideInAPackage("th.nithet.launcher..")
            .because("the launcher's classes are left out of the WAR (they run outside the application server)");

    @ArchTest
    static final ArchRule theLauncherUsesNoApplicationClass = noClasses().that().resideInAPackage("th.nithet.launcher..")
            .should().dependOnClassesThat(IN_THE_APPLICATION)
            .because("the launcher runs before the application server and the WAR's classes are not on its class path");

    /**
     * Entities every feature may hold: who (people), where (organisation) and what all content shares
     * (content). A feature's own entities are its own business.
     */
    static final Set<String> SHARED_ENTITY_PACKAGES = Set.of("th.nithet.people", "th.nithet.organisation", "th.nithet.content");

    /**
     * The other features' entities a feature holds today, each for a reason; one not listed here fails
     * the build, so that a new one is a decision (read it through the owner's service, and add it here).
     */
    static final Map<String, Set<String>> KNOWN_ENTITY_USES = Map.of(
            // the demo office writes every feature's data through that feature's service, keeping the ids of what it made
            "th.nithet.demo", Set.of("th.nithet.knowledge.Article", "th.nithet.knowledge.ArticleCategory", "th.nithet.news.News",
                    "th.nithet.practices.Practice", "th.nithet.questions.Question", "th.nithet.questions.Answer",
                    "th.nithet.supervision.Supervision", "th.nithet.supervision.CoachingStep", "th.nithet.supervision.SupervisionMessage",
                    "th.nithet.supervision.PlannedSupervision", "th.nithet.honours.Honour", "th.nithet.projects.Project",
                    "th.nithet.projects.ProjectTarget", "th.nithet.projects.ProjectActivity", "th.nithet.projects.ProjectBudgetLine",
                    "th.nithet.projects.ProjectTraining", "th.nithet.surveys.Survey", "th.nithet.surveys.SurveyQuestion",
                    "th.nithet.indicators.Indicator"),
            // the home page lists what these features' services give it
            "th.nithet.home", Set.of("th.nithet.knowledge.Article", "th.nithet.news.News", "th.nithet.practices.Practice"),
            // an honour may be given for a published practice
            "th.nithet.honours", Set.of("th.nithet.practices.Practice"),
            // indicators measure projects' targets and surveys' results
            "th.nithet.indicators", Set.of("th.nithet.projects.Project", "th.nithet.projects.ProjectTarget", "th.nithet.surveys.Survey"),
            // a project's training is assessed with a survey
            "th.nithet.projects", Set.of("th.nithet.surveys.Survey"),
            // a supervision may be evidence for an indicator and belong to a project
            "th.nithet.supervision", Set.of("th.nithet.indicators.Indicator", "th.nithet.projects.Project"),
            // a survey assesses a practice, a project's activity or training, or a supervision
            "th.nithet.surveys", Set.of("th.nithet.practices.Practice", "th.nithet.projects.Project", "th.nithet.projects.ProjectActivity",
                    "th.nithet.projects.ProjectTraining", "th.nithet.supervision.Supervision"));

    /** The feature a package belongs to: its web and API sub-packages are the feature's own (search.web → search). */
    static String feature(String packageName) {
        String[] parts = packageName.split("\\.");
        return parts.length <= 3 ? packageName : String.join(".", parts[0], parts[1], parts[2]);
    }

    static final ArchCondition<JavaClass> HOLD_ONLY_THEIR_OWN_OR_SHARED_ENTITIES =
            new ArchCondition<>("hold only their own entities, the shared ones (people, organisation, content) or a known use") {
                @Override
                public void check(JavaClass c, ConditionEvents events) {
                    for (Dependency d : c.getDirectDependenciesFromSelf()) {
                        JavaClass target = d.getTargetClass();
                        String owner = feature(target.getPackageName());
                        String holder = feature(c.getPackageName());
                        boolean entity = target.isAnnotatedWith("jakarta.persistence.Entity")
                                || target.isAnnotatedWith("jakarta.persistence.Embeddable");
                        if (entity && !owner.equals(holder) && !SHARED_ENTITY_PACKAGES.contains(owner)
                                && !KNOWN_ENTITY_USES.getOrDefault(holder, Set.of()).contains(target.getName())) {
                            events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                        }
                    }
                }
            };

    @ArchTest
    static final ArchRule featuresKeepToTheirOwnEntities = classes().that(IN_A_FEATURE)
            .should(HOLD_ONLY_THEIR_OWN_OR_SHARED_ENTITIES)
            .because("a feature's entities change with that feature; others read them through its service");

    @ArchTest
    static final ArchRule apiResourcesAreMadeOnce = classes().that().areAnnotatedWith("jakarta.ws.rs.Path")
            .should().beAnnotatedWith("jakarta.enterprise.context.ApplicationScoped")
            .because("a resource made and injected anew for every call cost a seventh of an API call (ApiApplication)");
}
