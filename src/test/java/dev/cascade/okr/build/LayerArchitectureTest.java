package dev.cascade.okr.build;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noCodeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.Assert.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchUnitRunner;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.runner.RunWith;

/**
 * The layer rules of ARCHITECTURE §3 (and the code rules of STYLE.md that a class file shows), over the plugin's
 * main classes ({@code dev.cascade.okr} in {@code target/classes}; tests and the dev host are not imported).
 *
 * <p>Every rule allows an empty selection because layers are written one after another; the first test proves that
 * the import really sees the compiled plugin, so an empty selection can only mean an empty layer.
 */
@RunWith(ArchUnitRunner.class)
@AnalyzeClasses(packages = LayerArchitectureTest.ROOT,
        importOptions = LayerArchitectureTest.PluginMainClasses.class)
public class LayerArchitectureTest {

    static final String ROOT = "dev.cascade.okr";
    private static final String CORE = ROOT + ".core..";
    private static final String SERVICE = ROOT + ".service..";
    private static final String STORE = ROOT + ".store..";
    private static final String REST = ROOT + ".rest..";
    private static final String WEB = ROOT + ".web..";
    private static final String JIRA = ROOT + ".jira..";
    private static final String CONFLUENCE = ROOT + ".confluence..";
    private static final String DEVHOST = ROOT + ".devhost..";
    private static final String AO_ENTITY = "net.java.ao.RawEntity";
    private static final String AO_TABLE = "net.java.ao.schema.Table";
    private static final int MAX_TABLE_NAME = 20;

    /**
     * The plugin's main classes, as every architecture test imports them: no tests, no jars, and not the dev host
     * (test-scope code that may use anything).
     */
    public static final class PluginMainClasses implements ImportOption {
        private static final List<ImportOption> PARTS = List.of(new ImportOption.DoNotIncludeTests(),
                new ImportOption.DoNotIncludeJars(), location -> !location.contains("/dev/cascade/okr/devhost/"));

        @Override
        public boolean includes(Location location) {
            return PARTS.stream().allMatch(part -> part.includes(location));
        }
    }

    // --- the import itself ------------------------------------------------------------------------------------------

    /** A rule over an empty import passes vacuously: make sure every compiled main class is seen. */
    @ArchTest
    public static void shouldImportEveryCompiledMainClassWhenTheyExist(JavaClasses imported) throws IOException {
        Path base = Paths.get(System.getProperty("cascade.basedir", System.getProperty("user.dir")));
        Path classes = base.resolve("target/classes");
        Path plugin = classes.resolve(ROOT.replace('.', '/'));
        Set<String> onDisk = new TreeSet<>();
        if (Files.isDirectory(plugin)) {
            try (Stream<Path> walk = Files.walk(plugin)) {
                onDisk = walk.filter(path -> path.toString().endsWith(".class"))
                        .map(path -> classes.relativize(path).toString().replace('\\', '/'))
                        .filter(name -> !name.startsWith("dev/cascade/okr/devhost/"))
                        .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                        .filter(name -> !name.endsWith("package-info") && !name.endsWith("module-info"))
                        .collect(Collectors.toCollection(TreeSet::new));
            }
        }
        Set<String> seen = imported.stream().map(JavaClass::getName).collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>(onDisk);
        missing.removeAll(seen);
        assertTrue("ArchUnit did not import these compiled main classes, so no rule checks them: " + missing,
                missing.isEmpty());
    }

    // --- rule 1: a pure core -----------------------------------------------------------------------------------------

    @ArchTest
    public static final ArchRule coreShouldDependOnlyOnTheJdk = classes()
            .that().resideInAPackage(CORE)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", CORE)
            .because("the OKR rules are pure Java (ARCHITECTURE §3 rule 1): no host, framework, ORM or JSON type "
                    + "may reach them, so they run and test anywhere")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule coreShouldDoNoIo = noClasses()
            .that().resideInAPackage(CORE)
            .should().dependOnClassesThat(ioTypes())
            .because("core does no I/O (ARCHITECTURE §3): files, sockets and databases are reached through ports")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule coreShouldNotReadTheSystemClock = noClasses()
            .that().resideInAPackage(CORE)
            .should().callMethodWhere(systemClockRead())
            .because("core has no clock (ARCHITECTURE §3, STYLE.md): time comes from the Clock port, so rules are "
                    + "testable and the same on every cluster node")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule coreShouldCarryNoFrameworkAnnotations = classes()
            .that().resideInAPackage(CORE)
            .should(carryOnlyJdkAnnotations())
            .because("core has no annotations from outside the JDK (ARCHITECTURE §3): no Spring, JAX-RS, Jackson, "
                    + "AO or nullness-library annotations on the OKR rules")
            .allowEmptyShould(true);

    // --- rule 1b: core's packages in layers, without cycles (docs/decisions/0012-core-package-layers.md) ----------

    @ArchTest
    public static final ArchRule corePackagesShouldBeFreeOfCycles = slices()
            .matching(ROOT + ".core.(*)..")
            .should().beFreeOfCycles()
            .because("a package of core that uses another must not be used by it (docs/architecture.md, core's "
                    + "layers): a cycle means neither can be read, tested or moved without the other")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule corePackagesShouldKeepTheirLayers = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("validation").definedBy(ROOT + ".core.validation..")
            .layer("model").definedBy(ROOT + ".core.model..")
            .layer("progress").definedBy(ROOT + ".core.progress..")
            .layer("tracking").definedBy(ROOT + ".core.tracking..")
            .layer("appraisal").definedBy(ROOT + ".core.appraisal..")
            .layer("plan").definedBy(ROOT + ".core.plan..")
            .layer("access").definedBy(ROOT + ".core.access..")
            .layer("port").definedBy(ROOT + ".core.port..")
            .whereLayer("port").mayNotBeAccessedByAnyLayer()
            .whereLayer("tracking").mayOnlyBeAccessedByLayers("port")
            .whereLayer("appraisal").mayOnlyBeAccessedByLayers("port")
            .whereLayer("plan").mayOnlyBeAccessedByLayers("port")
            .whereLayer("access").mayOnlyBeAccessedByLayers("port")
            .whereLayer("progress").mayOnlyBeAccessedByLayers("tracking", "appraisal", "plan", "access", "port")
            .whereLayer("model").mayOnlyBeAccessedByLayers("progress", "tracking", "appraisal", "plan", "access",
                    "port")
            .because("core's packages stand in layers (docs/architecture.md): the validation vocabulary, then the "
                    + "goal model, then progress, then the rooms tracking, appraisal, plan and access beside each "
                    + "other, then the ports that store and fetch all of them")
            .allowEmptyShould(true);

    // --- rule 2: a host-neutral service layer ------------------------------------------------------------------------

    @ArchTest
    public static final ArchRule serviceShouldStayHostNeutral = noClasses()
            .that().resideInAPackage(SERVICE)
            .should().dependOnClassesThat().resideInAnyPackage(
                    JIRA, CONFLUENCE, REST, WEB, "net.java.ao..", "jakarta.ws.rs..", "com.fasterxml..",
                    "jakarta.servlet..")
            .because("use cases are host-neutral (ARCHITECTURE §3 rule 1): the edges call the services, never the "
                    + "other way round, and persistence, HTTP and JSON stay in store and rest")
            .allowEmptyShould(true);

    // --- rule 3: Active Objects stays in store -----------------------------------------------------------------------

    @ArchTest
    public static final ArchRule onlyStoreShouldUseActiveObjects = noClasses()
            .that().resideOutsideOfPackage(STORE)
            .should().dependOnClassesThat().resideInAPackage("net.java.ao..")
            .because("AO entities never leave store (ARCHITECTURE §3 rule 2); stores map them to core objects")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule onlyStoreShouldTouchEntityTypes = noClasses()
            .that().resideOutsideOfPackage(STORE)
            .should().dependOnClassesThat().areAssignableTo(AO_ENTITY)
            .because("AO entities never leave store (ARCHITECTURE §3 rule 2): caches and callers hold core objects "
                    + "or ids, never AO proxies bound to a transaction")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule entitiesShouldBeNamedStoreTypes = classes()
            .that().areAssignableTo(AO_ENTITY)
            .should().resideInAPackage(STORE)
            .andShould().haveSimpleNameEndingWith("Ao")
            .because("AO entities are *Ao types in store (STYLE.md naming, ARCHITECTURE §3)")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule entitiesShouldHaveShortExplicitTableNames = classes()
            .that().areAssignableTo(AO_ENTITY)
            .should(haveAShortTableAnnotationUnlessABaseInterface())
            .because("the table name must survive renaming the interface, and AO_<hash>_<name> is limited to 30 "
                    + "characters, so our part is at most " + MAX_TABLE_NAME + " (shared/host-api.md §4.3)")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule publicApiOutsideStoreShouldNotExposeEntities = noCodeUnits()
            .that().areDeclaredInClassesThat().resideOutsideOfPackage(STORE)
            .and().arePublic()
            .should(takeOrReturnAoEntities())
            .because("AO entities never leave store (ARCHITECTURE §3 rule 2): public signatures outside store speak "
                    + "in core types")
            .allowEmptyShould(true);

    // --- rule 4: host types only in their adapters -------------------------------------------------------------------

    @ArchTest
    public static final ArchRule onlyJiraAdaptersShouldUseJira = noClasses()
            .that().resideOutsideOfPackage(JIRA)
            .should().dependOnClassesThat().resideInAPackage("com.atlassian.jira..")
            .because("Jira types live in the jira adapters only (ARCHITECTURE §3 rule 5), so the same JAR starts in "
                    + "Confluence, where they do not exist")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule onlyConfluenceAdaptersShouldUseConfluenceOrApplinks = noClasses()
            .that().resideOutsideOfPackage(CONFLUENCE)
            .should().dependOnClassesThat().resideInAnyPackage("com.atlassian.confluence..", "com.atlassian.applinks..")
            .because("Confluence and Application Links types live in the confluence adapters only (ARCHITECTURE §3 "
                    + "rule 5), so the same JAR starts in Jira")
            .allowEmptyShould(true);

    // --- rule 5: HTTP and JSON only in rest --------------------------------------------------------------------------

    @ArchTest
    public static final ArchRule onlyRestShouldUseJaxRs = noClasses()
            .that().resideOutsideOfPackage(REST)
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..")
            .because("rest is the only place with JAX-RS (ARCHITECTURE §3), which keeps the later move to jakarta.* "
                    + "mechanical")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule onlyRestAndTheMacrosShouldUseJackson = noClasses()
            .that().resideOutsideOfPackages(REST, CONFLUENCE)
            .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..")
            .because("rest writes and reads the API's JSON (ARCHITECTURE §3); the Confluence macros only read Jira's "
                    + "answers to it (decision 0021); nothing else touches JSON")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule resourcesShouldBeNamedRestTypes = classes()
            .that().areAnnotatedWith("jakarta.ws.rs.Path")
            .should().resideInAPackage(REST)
            .andShould().haveSimpleNameEndingWith("Resource")
            .because("JAX-RS resources are *Resource classes in rest (STYLE.md naming)")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule dtosShouldLiveInRest = classes()
            .that().haveSimpleNameEndingWith("Dto")
            .should().resideInAPackage(REST)
            .because("*Dto types are the REST contract and live in rest (STYLE.md naming)")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule restShouldNotNameTypesEntity = noClasses()
            .that().resideInAPackage(REST)
            .should().haveSimpleNameEndingWith("Entity")
            .because("REST types are *Dto, never *Entity (STYLE.md naming): 'entity' means a stored AO row here")
            .allowEmptyShould(true);

    // --- rule 6: the dev host is never shipped -----------------------------------------------------------------------

    @ArchTest
    public static final ArchRule mainShouldNotDependOnTheDevHost = noClasses()
            .should().dependOnClassesThat().resideInAPackage(DEVHOST)
            .because("the dev host is test-scope code that is never in the JAR (ARCHITECTURE §2, §5)")
            .allowEmptyShould(true);

    // --- rule 7: names that say what a class is ----------------------------------------------------------------------

    @ArchTest
    public static final ArchRule classesShouldNotBeNamedImplOrDefault = noClasses()
            .should().haveSimpleNameEndingWith("Impl")
            .orShould().haveNameMatching(".*[.$]Default(?![a-z]).*")
            .because("adapters are named by technology or host (AoGoalStore, JiraIssueSource), never bare "
                    + "Default* / *Impl (STYLE.md naming)")
            .allowEmptyShould(true);

    // --- rule 8: constructor injection, no state in statics ----------------------------------------------------------

    @ArchTest
    public static final ArchRule fieldsShouldNotBeInjected = noFields()
            .should().beAnnotatedWith("jakarta.inject.Inject")
            .orShould().beAnnotatedWith("org.springframework.beans.factory.annotation.Autowired")
            .because("constructor injection only (STYLE.md): dependencies are final and visible in the constructor")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule methodsShouldNotBeInjected = noCodeUnits()
            .that().areDeclaredInClassesThat().resideInAPackage(ROOT + "..")
            .and(not(isConstructor()))
            .should().beAnnotatedWith("jakarta.inject.Inject")
            .orShould().beAnnotatedWith("org.springframework.beans.factory.annotation.Autowired")
            .because("constructor injection only (STYLE.md): no setter or method injection either")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule staticFieldsShouldBeFinal = fields()
            .that().areStatic()
            .and(not(synthetic()))
            .should().beFinal()
            .because("Data Center: a node's memory is not the cluster's truth, so no state in statics (STYLE.md); "
                    + "only static final constants")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule staticFinalFieldsShouldNotHoldMutableContainers = noFields()
            .that().areStatic()
            .and(not(synthetic()))
            .should().haveRawType(mutableContainer())
            .because("Data Center: a static final map, list or counter is still state in a static (STYLE.md); use "
                    + "an immutable constant or a cluster-wide cache")
            .allowEmptyShould(true);

    // ---------------------------------------------------------------------------------------------------------------

    private static DescribedPredicate<JavaClass> ioTypes() {
        Set<String> types = Set.of("java.io.File", "java.io.FileInputStream", "java.io.FileOutputStream",
                "java.io.FileReader", "java.io.FileWriter", "java.io.RandomAccessFile", "java.net.Socket",
                "java.net.ServerSocket", "java.net.URLConnection", "java.net.HttpURLConnection");
        return DescribedPredicate.describe("do I/O (files, sockets, HTTP, JDBC)", javaClass -> {
            String name = javaClass.getName();
            String pkg = javaClass.getPackageName();
            return types.contains(name) || pkg.startsWith("java.nio.file") || pkg.startsWith("java.nio.channels")
                    || pkg.startsWith("java.net.http") || pkg.startsWith("java.sql");
        });
    }

    private static DescribedPredicate<JavaMethodCall> systemClockRead() {
        return DescribedPredicate.describe("reads the system clock (java.time *.now(), Clock.system*(), "
                + "System.currentTimeMillis/nanoTime)", call -> {
                    String owner = call.getTargetOwner().getName();
                    String name = call.getName();
                    boolean noArguments = call.getTarget().getRawParameterTypes().isEmpty();
                    return owner.startsWith("java.time.") && name.equals("now") && noArguments
                            || owner.equals("java.time.Clock") && name.startsWith("system")
                            || owner.equals("java.lang.System")
                                    && (name.equals("currentTimeMillis") || name.equals("nanoTime"));
                });
    }

    private static DescribedPredicate<JavaMember> synthetic() {
        return DescribedPredicate.describe("synthetic (compiler-made, e.g. $VALUES, $assertionsDisabled)",
                member -> member.getModifiers().contains(JavaModifier.SYNTHETIC));
    }

    private static DescribedPredicate<JavaCodeUnit> isConstructor() {
        return DescribedPredicate.describe("constructors", JavaCodeUnit::isConstructor);
    }

    private static DescribedPredicate<JavaClass> mutableContainer() {
        Set<String> types = Set.of("java.util.HashMap", "java.util.LinkedHashMap", "java.util.TreeMap",
                "java.util.WeakHashMap", "java.util.IdentityHashMap", "java.util.EnumMap", "java.util.HashSet",
                "java.util.LinkedHashSet", "java.util.TreeSet", "java.util.ArrayList", "java.util.LinkedList",
                "java.util.ArrayDeque", "java.util.Vector", "java.util.Hashtable", "java.util.Stack",
                "java.lang.StringBuilder", "java.lang.StringBuffer", "java.lang.ThreadLocal");
        return DescribedPredicate.describe("a mutable JDK container or counter type", javaClass ->
                types.contains(javaClass.getName())
                        || javaClass.getPackageName().equals("java.util.concurrent")
                                && (javaClass.getSimpleName().startsWith("Concurrent")
                                        || javaClass.getSimpleName().endsWith("Queue")
                                        || javaClass.getSimpleName().startsWith("CopyOnWrite"))
                        || javaClass.getPackageName().equals("java.util.concurrent.atomic"));
    }

    /** Class, member and parameter annotations must all come from java.*. */
    private static ArchCondition<JavaClass> carryOnlyJdkAnnotations() {
        return new ArchCondition<>("carry only annotations from java..") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                List<String> found = new ArrayList<>();
                collect(javaClass.getAnnotations(), javaClass.getName(), found);
                for (JavaMember member : javaClass.getMembers()) {
                    collect(member.getAnnotations(), member.getFullName(), found);
                    if (member instanceof JavaCodeUnit) {
                        ((JavaCodeUnit) member).getParameters().forEach(parameter ->
                                collect(parameter.getAnnotations(), parameter.getDescription(), found));
                    }
                }
                for (String problem : found) {
                    events.add(SimpleConditionEvent.violated(javaClass, problem));
                }
            }

            private void collect(Set<? extends JavaAnnotation<?>> annotations, String where, List<String> found) {
                for (JavaAnnotation<?> annotation : annotations) {
                    if (!annotation.getRawType().getPackageName().startsWith("java.")) {
                        found.add(where + " is annotated with @" + annotation.getRawType().getName());
                    }
                }
            }
        };
    }

    /**
     * Every entity needs {@code @Table} with a value of at most 20 characters, except a base interface that other
     * entities extend (e.g. the one carrying the {@code Long} id), which has no table of its own.
     */
    private static ArchCondition<JavaClass> haveAShortTableAnnotationUnlessABaseInterface() {
        return new ArchCondition<>("be annotated @" + AO_TABLE + "(\"<at most " + MAX_TABLE_NAME
                + " characters>\") unless a base interface of other entities") {
            @Override
            public void check(JavaClass entity, ConditionEvents events) {
                if (!entity.isAnnotatedWith(AO_TABLE)) {
                    boolean base = entity.getAllSubclasses().stream()
                            .anyMatch(sub -> sub.getPackageName().startsWith(ROOT));
                    if (!base) {
                        events.add(SimpleConditionEvent.violated(entity,
                                entity.getName() + " has no @Table annotation"));
                    }
                    return;
                }
                Object value = entity.getAnnotationOfType(AO_TABLE).get("value").orElse("");
                String table = String.valueOf(value);
                if (table.isEmpty() || table.length() > MAX_TABLE_NAME) {
                    events.add(SimpleConditionEvent.violated(entity, entity.getName() + " has @Table(\"" + table
                            + "\"), " + table.length() + " characters (1.." + MAX_TABLE_NAME + " allowed)"));
                }
            }
        };
    }

    private static ArchCondition<JavaCodeUnit> takeOrReturnAoEntities() {
        return new ArchCondition<>("take or return AO entity types") {
            @Override
            public void check(JavaCodeUnit codeUnit, ConditionEvents events) {
                List<JavaType> types = new ArrayList<>(codeUnit.getParameterTypes());
                if (codeUnit instanceof JavaMethod) {
                    types.add(codeUnit.getReturnType());
                }
                Set<String> entities = new TreeSet<>();
                for (JavaType type : types) {
                    for (JavaClass raw : type.getAllInvolvedRawTypes()) {
                        if (raw.isAssignableTo(AO_ENTITY)) {
                            entities.add(raw.getName());
                        }
                    }
                }
                if (!entities.isEmpty()) {
                    events.add(SimpleConditionEvent.satisfied(codeUnit,
                            codeUnit.getFullName() + " exposes AO entity types " + entities));
                }
            }
        };
    }
}
