package dev.cascade.okr.build;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.junit.Assert.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.runner.RunWith;

/**
 * The feature rooms inside the layers (docs/decisions/0013): {@code rest}, {@code service} and {@code store} each hold
 * one room per feature over a small kernel. A room may use its own room in any layer, the kernels, core and the host;
 * never another feature's room, except where the decision records why. Kernels use no room, and the layer roots hold
 * no code of their own beyond the schema upgrade that creates every room's tables.
 */
@RunWith(ArchUnitRunner.class)
@AnalyzeClasses(packages = LayerArchitectureTest.ROOT,
        importOptions = LayerArchitectureTest.PluginMainClasses.class)
public class RoomArchitectureTest {

    /** The layers split into rooms, and each one's kernel. */
    static final Map<String, String> KERNELS = Map.of("rest", "http", "service", "kernel", "store", "kernel");

    /** The feature rooms, the same in every layer that has rooms. */
    static final Set<String> ROOMS = Set.of("goal", "tracking", "appraisal", "plan", "settings", "table", "page");

    /**
     * The recorded exceptions (docs/decisions/0013): the period end creates and closes goals (carry-over, period
     * closing), the table room is a read model over every room's services (decision 0007), and so is the page room,
     * the read models of the Jira pages that show several rooms at once (decision 0015).
     */
    static final Map<String, Set<String>> MAY_ALSO_USE = Map.of(
            "appraisal", Set.of("goal"),
            "table", Set.of("goal", "tracking", "appraisal", "plan", "settings"),
            "page", Set.of("goal", "tracking", "appraisal", "plan", "settings"));

    /** The one class a layer root may hold: the schema upgrade, which creates the tables of every store room. */
    private static final Set<String> ROOT_CLASSES =
            Set.of(LayerArchitectureTest.ROOT + ".store.UpgradeTask001CreateSchema");

    private static final int MAX_SOURCE_LINES = 600;

    private static final DescribedPredicate<JavaClass> IN_A_ROOM_LAYER = new DescribedPredicate<>(
            "classes of the rest, service and store layers") {
        @Override
        public boolean test(JavaClass type) {
            return layerOf(type.getPackageName()).isPresent() && !type.getSimpleName().equals("package-info");
        }
    };

    /** Each room uses only itself, the kernels and what its recorded exceptions allow. */
    @ArchTest
    public static final ArchRule roomsShouldUseOnlyThemselvesAndTheKernels = classes().that(IN_A_ROOM_LAYER)
            .should(new ArchCondition<JavaClass>("use only their own room, the kernels, core and the host") {
                @Override
                public void check(JavaClass type, ConditionEvents events) {
                    String from = roomOf(type.getPackageName()).orElse(null);
                    for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                        Optional<String> to = roomOf(dependency.getTargetClass().getPackageName());
                        if (to.isEmpty() || to.get().equals(from)) {
                            continue;
                        }
                        if (from != null && MAY_ALSO_USE.getOrDefault(from, Set.of()).contains(to.get())) {
                            continue;
                        }
                        if (from == null && ROOT_CLASSES.contains(topLevel(type))) {
                            continue;
                        }
                        String where = from == null ? "the kernel" : "room " + from;
                        events.add(SimpleConditionEvent.violated(type, where + " uses room " + to.get() + ": "
                                + dependency.getDescription()));
                    }
                }
            })
            .allowEmptyShould(false)
            .because("a feature room uses the kernels and core, never another feature's room (decision 0013)");

    /** Every class of a layer with rooms is in a room or the kernel, so a newcomer finds a feature by its name. */
    @ArchTest
    public static final ArchRule classesShouldLiveInARoomOrTheKernel = classes().that(IN_A_ROOM_LAYER)
            .should(new ArchCondition<JavaClass>("live in a feature room or the layer's kernel") {
                @Override
                public void check(JavaClass type, ConditionEvents events) {
                    String[] parts = type.getPackageName().split("\\.");
                    String layer = parts[3];
                    boolean placed = parts.length == 5
                            && (ROOMS.contains(parts[4]) || KERNELS.get(layer).equals(parts[4]));
                    if (!placed && !ROOT_CLASSES.contains(topLevel(type))) {
                        events.add(SimpleConditionEvent.violated(type, type.getName()
                                + " is neither in a room " + ROOMS + " nor in the kernel of " + layer));
                    }
                }
            })
            .because("each layer is rooms over one kernel (decision 0013)");

    /** No source file of the plugin is longer than 600 lines: a longer one holds more than one job. */
    @ArchTest
    public static void noSourceFileShouldBeLongerThan600Lines(com.tngtech.archunit.core.domain.JavaClasses classes)
            throws IOException {
        Path base = Paths.get(System.getProperty("cascade.basedir", System.getProperty("user.dir")));
        Path sources = base.resolve("src/main/java");
        List<String> long_;
        try (Stream<Path> files = Files.walk(sources)) {
            long_ = files.filter(path -> path.toString().endsWith(".java"))
                    .filter(path -> lines(path) > MAX_SOURCE_LINES)
                    .map(path -> sources.relativize(path) + " (" + lines(path) + " lines)").sorted()
                    .collect(Collectors.toList());
        }
        assertTrue("source files over " + MAX_SOURCE_LINES + " lines: " + long_, long_.isEmpty());
    }

    private static long lines(Path path) {
        try (Stream<String> lines = Files.lines(path)) {
            return lines.count();
        } catch (IOException e) {
            throw new IllegalStateException(path.toString(), e);
        }
    }

    /** {@code rest}, {@code service} or {@code store} for a package inside one of them. */
    private static Optional<String> layerOf(String packageName) {
        String prefix = LayerArchitectureTest.ROOT + ".";
        if (!packageName.startsWith(prefix)) {
            return Optional.empty();
        }
        String layer = packageName.substring(prefix.length()).split("\\.")[0];
        return KERNELS.containsKey(layer) ? Optional.of(layer) : Optional.empty();
    }

    /** The feature room of a package of a layer with rooms; empty for kernels, layer roots and everything else. */
    static Optional<String> roomOf(String packageName) {
        if (layerOf(packageName).isEmpty()) {
            return Optional.empty();
        }
        String[] parts = packageName.split("\\.");
        return parts.length >= 5 && ROOMS.contains(parts[4]) ? Optional.of(parts[4]) : Optional.empty();
    }

    private static String topLevel(JavaClass type) {
        String name = type.getName();
        int nested = name.indexOf('$');
        return nested < 0 ? name : name.substring(0, nested);
    }
}
