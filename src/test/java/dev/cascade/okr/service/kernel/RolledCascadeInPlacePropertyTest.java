package dev.cascade.okr.service.kernel;

import static dev.cascade.okr.core.progress.RandomRollups.bits;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import dev.cascade.okr.core.model.Alignment;
import dev.cascade.okr.core.model.Closing;
import dev.cascade.okr.core.model.GoalDetails;
import dev.cascade.okr.core.model.GoalType;
import dev.cascade.okr.core.model.KeyResult;
import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.Lifecycle;
import dev.cascade.okr.core.model.MilestoneMeasure;
import dev.cascade.okr.core.model.Objective;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.OrgUnit;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.Progress;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.model.Visibility;
import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.port.GoalStore.GoalSlice;
import dev.cascade.okr.core.port.GoalStore.StoredKeyResult;
import dev.cascade.okr.core.port.GoalStore.StoredObjective;
import dev.cascade.okr.core.port.Versioned;
import dev.cascade.okr.core.progress.RandomRollups;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.Test;

/**
 * Over thousands of random cascades (several parents per goal, goals that do and do not roll up, closed goals, zero
 * weights, key results without data) and random streams of progress changes (several key results of several goals at
 * once, values that do not move), a cached cascade updated in place ({@link RolledCascade#withProgress}) answers bit
 * for bit what a fresh roll-up of the stored goals answers, for every goal: progress, coverage and the goal itself;
 * the cascade it was updated from is left as it was. A goal whose structure changed is refused, never guessed.
 *
 * <p>Seeded, so a failure names the seed that reproduces it.
 */
public class RolledCascadeInPlacePropertyTest {

    private static final int CASCADES = 2_000;
    private static final Instant AT = Instant.parse("2026-03-20T02:00:00Z");

    @Test
    public void shouldEqualAFreshRollUpAfterEveryStreamOfProgressChanges() {
        for (int seed = 1; seed <= CASCADES; seed++) {
            check(seed);
        }
    }

    @Test
    public void shouldRefuseWhenAGoalsStructureChangedOrItWasDeleted() {
        Random random = new Random(7);
        Map<ObjectiveId, StoredObjective> goals = new HashMap<>();
        goals.put(new ObjectiveId(1), goal(new ObjectiveId(1), true, List.of(keyResult(1, 5000, Progress.of(0.5))),
                null));
        goals.put(new ObjectiveId(2), goal(new ObjectiveId(2), true, List.of(keyResult(2, 5000, Progress.of(0.2))),
                null));
        List<Versioned<Alignment>> alignments = List.of(new Versioned<>(new Alignment(new ObjectiveId(2),
                new ObjectiveId(1), Weight.FULL), 1));
        RolledCascade cached = RolledCascade.of(new GoalSlice(List.copyOf(goals.values()), alignments));
        ObjectiveId child = new ObjectiveId(2);
        StoredObjective before = goals.get(child);

        StoredObjective reweighted = goal(child, true, List.of(keyResult(2, 4000, Progress.of(0.9))), null);
        StoredObjective closed = goal(child, true, before.objective().keyResults(),
                new Closing(AT, new UserRef("admin"), Progress.of(0.2), 1.0));
        StoredObjective moreKeyResults = goal(child, true, List.of(keyResult(2, 5000, Progress.of(0.2)),
                keyResult(3, 5000, Progress.of(random.nextDouble()))), null);
        StoredObjective notRollingUp = goal(child, false, before.objective().keyResults(), null);

        for (StoredObjective changed : List.of(reweighted, closed, moreKeyResults, notRollingUp)) {
            assertEquals(Optional.empty(), cached.withProgress(List.of(child), Map.of(child, changed)));
        }
        assertEquals(Optional.empty(), cached.withProgress(List.of(child), Map.of()));
        assertSame("a goal outside the cascade changes nothing", cached,
                cached.withProgress(List.of(new ObjectiveId(99)), Map.of()).orElseThrow());
    }

    private static void check(long seed) {
        Random random = new Random(seed);
        int count = 1 + random.nextInt(random.nextBoolean() ? 12 : 60);
        Map<ObjectiveId, StoredObjective> goals = new HashMap<>();
        List<Versioned<Alignment>> alignments = new ArrayList<>();
        long nextKeyResult = 1;
        for (int o = 0; o < count; o++) {
            ObjectiveId id = new ObjectiveId(o + 1);
            List<KeyResult> keyResults = new ArrayList<>();
            for (int k = random.nextInt(5); k > 0; k--) {
                keyResults.add(keyResult(nextKeyResult++, RandomRollups.weight(random),
                        RandomRollups.progress(random)));
            }
            Closing closing = random.nextInt(8) == 0 ? new Closing(AT, new UserRef("admin"),
                    RandomRollups.progress(random), random.nextInt(11) / 10.0) : null;
            goals.put(id, goal(id, random.nextInt(4) != 0, keyResults, closing));
            // parents only among earlier goals keeps the graph acyclic; several parents make it a DAG, not a tree
            Set<Integer> parents = new HashSet<>();
            for (int p = o == 0 || random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(2); p > 0; p--) {
                int parent = Math.max(0, o - 1 - random.nextInt(Math.min(o, 6)));
                if (parents.add(parent)) {
                    alignments.add(new Versioned<>(new Alignment(id, new ObjectiveId(parent + 1),
                            new Weight(RandomRollups.weight(random))), 1));
                }
            }
        }
        RolledCascade first = RolledCascade.of(slice(goals, alignments));
        Map<ObjectiveId, StoredObjective> firstGoals = new HashMap<>(goals);
        RolledCascade cached = first;
        for (int step = random.nextInt(15); step >= 0; step--) {
            Set<ObjectiveId> changed = new LinkedHashSet<>();
            for (int g = 1 + random.nextInt(3); g > 0; g--) {
                ObjectiveId id = new ObjectiveId(1 + random.nextInt(count));
                changed.add(id);
                goals.put(id, withNewProgress(goals.get(id), random));
            }
            Map<ObjectiveId, StoredObjective> fresh = new HashMap<>();
            changed.forEach(id -> fresh.put(id, goals.get(id)));
            cached = cached.withProgress(changed, fresh).orElseThrow();
            assertSameRollUp("seed " + seed + ", step " + step, RolledCascade.of(slice(goals, alignments)), cached,
                    goals);
        }
        assertSameRollUp("seed " + seed + ", the first cascade", RolledCascade.of(slice(firstGoals, alignments)),
                first, firstGoals);
    }

    private static void assertSameRollUp(String where, RolledCascade expected, RolledCascade actual,
            Map<ObjectiveId, StoredObjective> goals) {
        for (ObjectiveId id : goals.keySet()) {
            GoalTree want = expected.root(id);
            GoalTree got = actual.root(id);
            assertEquals(where + ", goal " + id.value(), bits(want.progress()), bits(got.progress()));
            assertEquals(where + ", goal " + id.value(), Double.doubleToLongBits(want.coverage()),
                    Double.doubleToLongBits(got.coverage()));
            assertEquals(where + ", goal " + id.value(), goals.get(id), got.goal());
            assertTrue(actual.contains(id));
        }
    }

    private static StoredObjective withNewProgress(StoredObjective goal, Random random) {
        List<KeyResult> keyResults = new ArrayList<>();
        for (KeyResult k : goal.objective().keyResults()) {
            keyResults.add(random.nextBoolean() ? k : new KeyResult(k.id(), k.title(), k.weight(), k.measure(),
                    RandomRollups.progress(random), null));
        }
        return goal(goal.id(), goal.objective().rollsUpFromChildren(), keyResults, goal.closed().orElse(null));
    }

    private static GoalSlice slice(Map<ObjectiveId, StoredObjective> goals, List<Versioned<Alignment>> alignments) {
        return new GoalSlice(List.copyOf(goals.values()), alignments);
    }

    private static StoredObjective goal(ObjectiveId id, boolean rollsUp, List<KeyResult> keyResults,
            Closing closing) {
        Objective objective = new Objective(id, "Goal " + id.value(), null, new UserRef("alice"), "team",
                Period.quarter(2026, 1), new OrgUnit.Project("CASC"), GoalType.RESULT,
                closing == null ? Lifecycle.ACTIVE : Lifecycle.CLOSED, Visibility.MEMBERS, rollsUp, keyResults,
                GoalDetails.NONE);
        List<StoredKeyResult> stored = keyResults.stream().map(k -> new StoredKeyResult(id, k, 1, k.progress(), null,
                AT)).toList();
        return new StoredObjective(objective, 1, stored, "alice", AT, "alice", AT, closing, null);
    }

    private static KeyResult keyResult(long id, int weight, Progress progress) {
        return new KeyResult(new KeyResultId(id), "KR " + id, new Weight(weight), new MilestoneMeasure("Done"),
                progress, null);
    }
}
