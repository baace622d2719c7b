package dev.cascade.okr.build;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.Assert.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchUnitRunner;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.runner.RunWith;

/**
 * The service layer's own rules (docs/decisions/0010): access to a goal is decided in one place, {@code GoalAccess},
 * over core's {@code AccessPolicy}; the shared kernel (access, trees, progress recompute, the issue-counting setting)
 * depends on no feature service; and no two services depend on each other, directly or round a longer circle.
 */
@RunWith(ArchUnitRunner.class)
@AnalyzeClasses(packages = LayerArchitectureTest.ROOT,
        importOptions = LayerArchitectureTest.PluginMainClasses.class)
public class ServiceCouplingArchitectureTest {

    private static final String SERVICE = LayerArchitectureTest.ROOT + ".service.";
    private static final String CORE = LayerArchitectureTest.ROOT + ".core..";
    private static final String ACCESS_POLICY = LayerArchitectureTest.ROOT + ".core.access.AccessPolicy";
    private static final String KERNEL = SERVICE + "kernel";
    private static final String GOAL_ACCESS = KERNEL + ".GoalAccess";

    /** Core's rules about one goal (may see, may change, may track) and the audience clause they make for queries. */
    private static final Set<String> GOAL_RULES = Set.of("canSee", "canChange", "canTrack", "audience");

    private static final DescribedPredicate<JavaMethodCall> GOAL_RULE_CALL = new DescribedPredicate<>(
            "a call of AccessPolicy's goal rules " + GOAL_RULES) {
        @Override
        public boolean test(JavaMethodCall call) {
            return call.getTargetOwner().getName().equals(ACCESS_POLICY) && GOAL_RULES.contains(call.getName());
        }
    };

    private static final DescribedPredicate<JavaClass> GOAL_ACCESS_ITSELF = new DescribedPredicate<>(
            "GoalAccess (and its nested classes)") {
        @Override
        public boolean test(JavaClass type) {
            return topLevel(type).equals(GOAL_ACCESS);
        }
    };

    private static final DescribedPredicate<JavaClass> KERNEL_CLASS = new DescribedPredicate<>(
            "a class of the service kernel (" + KERNEL + ")") {
        @Override
        public boolean test(JavaClass type) {
            return inKernel(type);
        }
    };

    private static final DescribedPredicate<JavaClass> FEATURE_SERVICE = new DescribedPredicate<>(
            "a feature service (a service class named *Service outside the kernel)") {
        @Override
        public boolean test(JavaClass type) {
            return isService(type) && simpleTopLevel(type).endsWith("Service") && !inKernel(type);
        }
    };

    /**
     * Whether a caller may see, change or track a goal is asked of core in one place: tracking, drill-down, action
     * plans, series and lists all go through {@code GoalAccess}, so no copy of the 401/404/403 order can drift.
     */
    @ArchTest
    public static final ArchRule onlyGoalAccessShouldAskCoreAboutAGoal = noClasses()
            .that().resideOutsideOfPackage(CORE).and(DescribedPredicate.not(GOAL_ACCESS_ITSELF))
            .should().callMethodWhere(GOAL_RULE_CALL)
            .because("access to a goal is decided in one place, service.kernel.GoalAccess (issue 11)");

    /**
     * The kernel uses no feature service: {@code GoalTrees} does not reach into {@code GoalService}, and
     * {@code ProgressService} reads the issue-counting setting through the store port, not {@code SettingsService}.
     */
    @ArchTest
    public static final ArchRule kernelShouldNotDependOnFeatureServices = noClasses()
            .that(KERNEL_CLASS).should().dependOnClassesThat(FEATURE_SERVICE)
            .because("the service kernel is what features share; a feature may use it, never the other way round");

    /** No two services depend on each other, directly or round a longer circle. */
    @ArchTest
    public static void servicesShouldNotDependOnEachOtherInACircle(JavaClasses imported) {
        Map<String, Set<String>> uses = new TreeMap<>();
        for (JavaClass type : imported) {
            if (!isNode(type)) {
                continue;
            }
            Set<String> targets = uses.computeIfAbsent(simpleTopLevel(type), key -> new TreeSet<>());
            for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                JavaClass target = dependency.getTargetClass();
                if (isNode(target) && !simpleTopLevel(target).equals(simpleTopLevel(type))) {
                    targets.add(simpleTopLevel(target));
                }
            }
        }
        assertTrue("no services were imported", !uses.isEmpty());
        List<String> circles = new ArrayList<>();
        for (String start : uses.keySet()) {
            Deque<List<String>> open = new ArrayDeque<>();
            open.push(List.of(start));
            Set<String> reached = new TreeSet<>();
            while (!open.isEmpty()) {
                List<String> path = open.pop();
                for (String next : uses.getOrDefault(path.get(path.size() - 1), Set.of())) {
                    if (next.equals(start)) {
                        List<String> circle = new ArrayList<>(path);
                        circle.add(start);
                        circles.add(String.join(" -> ", circle));
                    } else if (reached.add(next)) {
                        List<String> longer = new ArrayList<>(path);
                        longer.add(next);
                        open.push(longer);
                    }
                }
            }
        }
        assertTrue("services depend on each other in a circle: " + circles, circles.isEmpty());
    }

    /**
     * The kernel's sources name no feature service outside comments: a constant such as a depth limit is inlined by the
     * compiler, so the class files alone cannot show that {@code GoalTrees} read it from {@code GoalService}.
     */
    @ArchTest
    public static void kernelSourcesShouldNameNoFeatureService(JavaClasses imported) throws IOException {
        Path base = Paths.get(System.getProperty("cascade.basedir", System.getProperty("user.dir")));
        Path kernelSources = base.resolve("src/main/java/" + KERNEL.replace('.', '/'));
        Set<String> features = new TreeSet<>();
        for (JavaClass type : imported) {
            if (FEATURE_SERVICE.test(type)) {
                features.add(simpleTopLevel(type));
            }
        }
        assertTrue("no feature services were imported", !features.isEmpty());
        List<String> found = new ArrayList<>();
        List<Path> sources;
        try (Stream<Path> listed = Files.list(kernelSources)) {
            sources = listed.filter(path -> path.toString().endsWith(".java")).sorted().collect(Collectors.toList());
        }
        assertTrue("no kernel sources under " + kernelSources, sources.size() > 5);
        for (Path source : sources) {
            String kernel = source.getFileName().toString().replace(".java", "");
            String code = Files.readString(source).replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\\n]*", " ")
                    .replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"");
            for (String feature : features) {
                if (Pattern.compile("\\b" + feature + "\\b").matcher(code).find()) {
                    found.add(kernel + " names " + feature);
                }
            }
        }
        assertTrue("the service kernel names feature services: " + found, found.isEmpty());
    }

    /** A node of the service graph: a service class named *Service, or the kernel's trees and access. */
    private static boolean isNode(JavaClass type) {
        return isService(type) && (simpleTopLevel(type).endsWith("Service") || inKernel(type));
    }

    private static boolean inKernel(JavaClass type) {
        return type.getPackageName().equals(KERNEL);
    }

    private static boolean isService(JavaClass type) {
        return type.getName().startsWith(SERVICE);
    }

    private static String topLevel(JavaClass type) {
        String name = type.getName();
        int nested = name.indexOf('$');
        return nested < 0 ? name : name.substring(0, nested);
    }

    private static String simpleTopLevel(JavaClass type) {
        return topLevel(type).substring(topLevel(type).lastIndexOf('.') + 1);
    }
}
