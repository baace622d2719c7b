package dev.cascade.okr.service.kernel;

import static dev.cascade.okr.service.kernel.HostDoubles.admin;
import static dev.cascade.okr.service.kernel.HostDoubles.everyProject;
import static dev.cascade.okr.service.kernel.HostDoubles.freeLocks;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheLoader;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettings;
import dev.cascade.okr.core.model.Alignment;
import dev.cascade.okr.core.model.Closing;
import dev.cascade.okr.core.model.GoalType;
import dev.cascade.okr.core.model.IssueMeasure;
import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.Lifecycle;
import dev.cascade.okr.core.model.NoDataReason;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.OrgUnit;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.Progress;
import dev.cascade.okr.core.model.ProgressBasis;
import dev.cascade.okr.core.model.StatusCategory;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.model.Visibility;
import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.model.WorkLink;
import dev.cascade.okr.core.port.GoalStore;
import dev.cascade.okr.core.port.GoalStore.KeyResultFields;
import dev.cascade.okr.core.port.GoalStore.Measured;
import dev.cascade.okr.core.port.GoalStore.NewKeyResult;
import dev.cascade.okr.core.port.GoalStore.NewObjective;
import dev.cascade.okr.core.port.GoalStore.ObjectiveFields;
import dev.cascade.okr.core.port.GoalStore.StoredObjective;
import dev.cascade.okr.core.port.IssueRequest;
import dev.cascade.okr.core.port.IssueSource;
import dev.cascade.okr.core.port.LinkedIssues;
import dev.cascade.okr.core.progress.IssueFact;
import dev.cascade.okr.devhost.DevCacheManager;
import dev.cascade.okr.devhost.ao.DevActiveObjects;
import dev.cascade.okr.service.goal.AlignmentService;
import dev.cascade.okr.service.goal.GoalService;
import dev.cascade.okr.service.goal.GoalStateService;
import dev.cascade.okr.service.goal.KeyResultMeasuring;
import dev.cascade.okr.store.H2Database;
import dev.cascade.okr.store.goal.AlignmentAo;
import dev.cascade.okr.store.goal.AoAlignmentStore;
import dev.cascade.okr.store.goal.AoGoalQueries;
import dev.cascade.okr.store.goal.AoGoalStateStore;
import dev.cascade.okr.store.goal.AoGoalStore;
import dev.cascade.okr.store.goal.AoKeyResultStore;
import dev.cascade.okr.store.goal.KeyResultAo;
import dev.cascade.okr.store.goal.ObjectiveAo;
import dev.cascade.okr.store.goal.WorkLinkAo;
import dev.cascade.okr.store.kernel.VersionClaimAo;
import dev.cascade.okr.store.settings.AoPeopleStore;
import dev.cascade.okr.store.settings.AoSettingsStore;
import dev.cascade.okr.store.settings.ManagerAo;
import dev.cascade.okr.store.settings.PersonAo;
import dev.cascade.okr.store.settings.SettingAo;
import dev.cascade.okr.store.tracking.AoTrackingStore;
import dev.cascade.okr.store.tracking.CheckInAo;
import dev.cascade.okr.store.tracking.CheckInHeadAo;
import dev.cascade.okr.store.tracking.SnapshotAo;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

/**
 * A write forgets exactly the cascades that show the goals it changed (the goal's own and its ancestors', under every
 * parent) and the goals themselves; every other cascade stays cached. Real goal store (H2), a map-backed stand-in for
 * the host's cache manager that counts loads per key.
 *
 * <p>The cascade used throughout: {@code company} ← {@code department} ← {@code team} and {@code partner} ←
 * {@code team} (the team goal sits under two parents), {@code team} ← {@code squad}; apart from them {@code other} ←
 * {@code otherTeam}, a quarter later (2026-Q2; the rest is in 2026-Q1).
 */
public class GoalTreesInvalidationTest {

    private static final Instant AT = Instant.parse("2026-03-20T02:00:00Z");
    private static final WorkLink EPIC = new WorkLink.Epic("CASC-1");

    @Rule
    public final H2Database h2 = new H2Database(ObjectiveAo.class, KeyResultAo.class, WorkLinkAo.class,
            AlignmentAo.class, VersionClaimAo.class, SnapshotAo.class, CheckInAo.class, CheckInHeadAo.class,
            SettingAo.class, ManagerAo.class, PersonAo.class);

    private DevActiveObjects ao;
    private AoGoalStore goals;
    private AoGoalQueries queries;
    private AoKeyResultStore keyResultStore;
    private AoGoalStateStore goalStates;
    private AoAlignmentStore alignmentStore;
    private RecordingCaches caches;
    private GoalTrees trees;
    private ObjectiveId company;
    private ObjectiveId department;
    private ObjectiveId partner;
    private ObjectiveId team;
    private ObjectiveId squad;
    private ObjectiveId other;
    private ObjectiveId otherTeam;
    private KeyResultId teamKeyResult;
    private List<ObjectiveId> all;

    @Before
    public void setUp() {
        ao = h2.ao();
        goals = new AoGoalStore(ao);
        queries = new AoGoalQueries(ao);
        keyResultStore = new AoKeyResultStore(ao);
        goalStates = new AoGoalStateStore(ao);
        alignmentStore = new AoAlignmentStore(ao);
        caches = new RecordingCaches();
        trees = new GoalTrees(caches, goals, alignmentStore);
        company = goal("Company");
        department = goal("Department");
        partner = goal("Partner");
        StoredObjective teamGoal = goals.insert(new NewObjective(fields("Team"), List.of(new NewKeyResult(
                new KeyResultFields("Close the epic", Weight.ofPercent(100),
                        IssueMeasure.of(ProgressBasis.ISSUE_COUNT_DONE, List.of(EPIC)), null),
                new Measured(Progress.noData(NoDataReason.NOT_COMPUTED), null)))), "alice", AT);
        team = teamGoal.id();
        teamKeyResult = teamGoal.keyResults().get(0).id();
        squad = goal("Squad");
        other = goal("Other", Period.quarter(2026, 2));
        otherTeam = goal("Other team", Period.quarter(2026, 2));
        align(department, company);
        align(team, department);
        align(team, partner);
        align(squad, team);
        align(otherTeam, other);
        all = List.of(company, department, partner, team, squad, other, otherTeam);
        readAll();
    }

    @Test
    public void shouldUpdateTheCascadesAboveAKeyResultInPlaceWhenItsProgressIsRecomputed() {
        // Until issue 16 this forgot the cascades of team, department, partner and company and the team goal, which
        // the next read loaded again; now they are updated in place and nothing is loaded.
        progress().recompute(List.of(teamKeyResult));
        readAll();

        assertEquals(Set.of(), reloaded());
        assertEquals(Set.of(), reloadedGoals());
        assertEquals(1.0, trees.below(company).root(company).progress().fraction(), 1e-9);
        assertEquals(1.0, trees.below(partner).root(partner).progress().fraction(), 1e-9);
        assertEquals(1.0, trees.goals(List.of(team)).get(0).keyResults().get(0).computedProgress().fraction(), 0);
        assertSameAsAFreshRollUp(trees);
    }

    @Test
    public void shouldUpdateInPlaceOnTheWritingNodeAndDropExactlyTheChangedEntriesOnTheOther() {
        List<DevCacheManager> cluster = DevCacheManager.cluster(2);
        RecordingCaches nodeA = new RecordingCaches(cluster.get(0));
        RecordingCaches nodeB = new RecordingCaches(cluster.get(1));
        GoalTrees treesA = new GoalTrees(nodeA, goals, alignmentStore);
        GoalTrees treesB = new GoalTrees(nodeB, goals, alignmentStore);
        readAll(treesA, nodeA);
        readAll(treesB, nodeB);

        storeProgress(teamKeyResult, 0.25);
        treesA.progressChanged(List.of(team)); // what ProgressService does on node A
        readAll(treesA, nodeA);
        readAll(treesB, nodeB);

        assertEquals(Set.of(), loaded(nodeA, GoalTrees.CACHE_NAME));
        assertEquals(Set.of(), loaded(nodeA, GoalTrees.GOALS_CACHE_NAME));
        assertEquals(Set.of(company, department, partner, team), loaded(nodeB, GoalTrees.CACHE_NAME));
        assertEquals(Set.of(team), loaded(nodeB, GoalTrees.GOALS_CACHE_NAME));
        assertSameAsAFreshRollUp(treesA);
        assertSameAsAFreshRollUp(treesB);
        assertEquals(0.25, treesB.below(company).root(team).progress().fraction(), 0);
    }

    @Test
    public void shouldDropRatherThanKeepAnUpdateWhenAnotherNodesWriteArrivesWhileItIsMade() {
        List<DevCacheManager> cluster = DevCacheManager.cluster(2);
        GoalTrees treesB = new GoalTrees(cluster.get(1), goals, alignmentStore);
        StoredObjective squadGoal = goals.insert(new NewObjective(fields("Squad KR"), List.of(new NewKeyResult(
                new KeyResultFields("Ship", Weight.ofPercent(100),
                        IssueMeasure.of(ProgressBasis.ISSUE_COUNT_DONE, List.of(EPIC)), null),
                new Measured(Progress.of(0.1), null)))), "alice", AT);
        align(squadGoal.id(), team);
        // node A: while it replaces its first cascade, node B stores other progress below team and tells the cluster
        Runnable otherNodeWrites = () -> {
            storeProgress(squadGoal.keyResults().get(0).id(), 0.9);
            treesB.progressChanged(List.of(squadGoal.id()));
        };
        RecordingCaches nodeA = new RecordingCaches(cluster.get(0), otherNodeWrites);
        GoalTrees treesA = new GoalTrees(nodeA, goals, alignmentStore);
        readAll(treesA, nodeA);

        storeProgress(teamKeyResult, 0.5);
        treesA.progressChanged(List.of(team));

        assertTrue(nodeA.interrupted);
        assertSameAsAFreshRollUp(treesA);
        assertEquals(0.9, treesA.below(team).root(squadGoal.id()).progress().fraction(), 0);
    }

    @Test
    public void shouldReadTheGoalsANodeDoesNotHoldInOneBatch() {
        CountingGoals counting = new CountingGoals();
        GoalTrees counted = new GoalTrees(new DevCacheManager(), counting.store(goals), alignmentStore);
        counted.goals(List.of(company, squad));

        List<StoredObjective> found = counted.goals(all);

        assertEquals(all, found.stream().map(StoredObjective::id).toList());
        assertEquals("one read of the five missing goals, after one of the two", 2, counting.batches);
        assertEquals(0, counting.single);
        assertEquals(all.size(), counting.read);
    }

    @Test
    public void shouldForgetNothingElseWhenAGoalAtTheTopChanges() {
        trees.goalsChanged(company);
        readAll();

        assertEquals(Set.of(company), reloaded());
    }

    @Test
    public void shouldForgetTheClosedGoalsAndTheirCascadesWhenAPeriodIsClosed() {
        AccessService access = new AccessService(admin(), new AoPeopleStore(ao), new AoSettingsStore(ao));
        GoalStateService states = new GoalStateService(goals, queries, goalStates, alignmentStore,
                goalAccess(access), trees, progress(), Clock.fixed(AT, ZoneOffset.UTC));

        Outcome<GoalStateService.PeriodClosed> closed = states.closePeriod(Caller.user("admin"), "2026-Q1");
        readAll();

        assertTrue(closed.isSuccess());
        assertEquals(5, closed.value().closed().size());
        assertEquals(Set.of(company, department, partner, team, squad), reloaded()); // not Q2's other, otherTeam
        assertEquals(Set.of(company, department, partner, team, squad), reloadedGoals());
    }

    @Test
    public void shouldForgetOneClosedGoalsCascadesOnlyWhenOneGoalIsClosed() {
        // what closing a single goal (GoalService) and closing a period pass on: the goals closed
        List<ObjectiveId> closed = goalStates.closeAll(Map.of(squad, new Closing(AT, new UserRef("admin"),
                Progress.of(0.5), 1.0)));
        trees.goalsChanged(closed);
        readAll();

        assertEquals(Set.of(company, department, partner, team, squad), reloaded());
        assertEquals(Set.of(squad), reloadedGoals());
    }

    @Test
    public void shouldForgetTheParentsCascadesNotTheChildsWhenAnAlignmentChanges() {
        // AlignmentService.align / changeContribution / unalign: trees.cascadesChanged(the parent)
        alignmentStore.unalign(team, partner);
        trees.cascadesChanged(List.of(partner));
        readAll();

        assertEquals(Set.of(partner), reloaded());
        assertFalse(trees.below(partner).contains(team));
        assertEquals(Set.of(), reloadedGoals());

        alignmentStore.align(new Alignment(otherTeam, department, Weight.FULL), "alice", AT);
        trees.cascadesChanged(List.of(department));
        readAll();

        assertEquals(Set.of(company, department), reloaded());
    }

    @Test
    public void shouldForgetWhatGoalServiceChangesWhenAlignmentsChangeAndAGoalIsDeleted() {
        GoalService service = goalService();
        AlignmentService alignments = alignmentService();
        Caller admin = Caller.user("admin");

        assertTrue(alignments.unalign(admin, team, partner).isSuccess());
        readAll();
        assertEquals(Set.of(partner), reloaded());
        assertEquals(Set.of(), reloadedGoals());

        assertTrue(alignments.align(admin, team, partner.value(), new BigDecimal("50")).isSuccess());
        readAll();
        assertEquals(Set.of(partner), reloaded());
        assertTrue(trees.below(partner).contains(squad));

        long version = alignmentStore.alignmentsAround(Set.of(team)).stream()
                .filter(a -> a.value().parent().equals(department)).findFirst().orElseThrow().version();
        assertTrue(alignments.changeContribution(admin, team, department, version, new BigDecimal("40")).isSuccess());
        readAll();
        assertEquals(Set.of(company, department), reloaded());

        assertTrue(service.delete(admin, squad, goals.goal(squad).orElseThrow().version()).isSuccess());
        readAll();
        assertEquals(Set.of(company, department, partner, team, squad), reloaded()); // read before the delete
        assertEquals(Set.of(squad), reloadedGoals());
    }

    @Test
    public void shouldForgetTheDraftAndTheCascadesAboveItsNewParentWhenAGoalIsCarriedOver() {
        // CarryOverService.carry: trees.goalsChanged(the draft), then AlignmentService.align to the parent's successor
        ObjectiveId draft = goal("Team, carried over");
        trees.goalsChanged(draft);
        alignmentStore.align(new Alignment(draft, partner, Weight.FULL), "alice", AT);
        trees.cascadesChanged(List.of(partner));
        readAll();

        assertEquals(Set.of(partner), reloaded());
    }

    @Test
    public void shouldForgetTheFormerParentsCascadesWhenAGoalIsDeleted() {
        // GoalService.delete: its parents are read before the delete, which takes the alignments with it
        StoredObjective found = goals.goal(squad).orElseThrow();
        goals.delete(squad, found.version());
        trees.goalsChanged(squad);
        trees.cascadesChanged(List.of(team));
        readAll();

        assertEquals(Set.of(company, department, partner, team, squad), reloaded());
    }

    // ---- fixtures ----

    /** Reads every cascade and every goal (each a cache hit unless forgotten), then starts counting afresh. */
    private void readAll() {
        readAll(trees, caches);
    }

    private void readAll(GoalTrees node, RecordingCaches nodeCaches) {
        nodeCaches.loads.clear();
        for (ObjectiveId id : all) {
            node.below(id);
        }
        node.goals(all);
    }

    /** Every goal's rolled-up progress and coverage, and the goal itself, as a roll-up of the store now has them. */
    private void assertSameAsAFreshRollUp(GoalTrees node) {
        for (ObjectiveId root : all) {
            RolledCascade fresh = RolledCascade.of(alignmentStore.descendantsOf(root, GoalTrees.MAX_DEPTH));
            RolledCascade cached = node.below(root);
            for (StoredObjective goal : alignmentStore.descendantsOf(root, GoalTrees.MAX_DEPTH).objectives()) {
                GoalTree want = fresh.root(goal.id());
                GoalTree got = cached.root(goal.id());
                assertEquals(want.goal(), got.goal());
                assertEquals(want.progress(), got.progress());
                assertEquals(Double.doubleToLongBits(want.coverage()), Double.doubleToLongBits(got.coverage()));
            }
        }
        assertEquals(goals.goals(all), node.goals(all));
    }

    private void storeProgress(KeyResultId id, double progress) {
        keyResultStore.storeProgress(Map.of(id, new Measured(Progress.of(progress), null)), AT);
    }

    private Set<ObjectiveId> reloaded() {
        return loaded(GoalTrees.CACHE_NAME);
    }

    private Set<ObjectiveId> reloadedGoals() {
        return loaded(GoalTrees.GOALS_CACHE_NAME);
    }

    /** The goals whose entry the cache loaded since the last {@link #readAll}. */
    private Set<ObjectiveId> loaded(String cache) {
        return loaded(caches, cache);
    }

    private static Set<ObjectiveId> loaded(RecordingCaches nodeCaches, String cache) {
        return nodeCaches.loads.getOrDefault(cache, Set.of()).stream().map(id -> new ObjectiveId((Long) id))
                .collect(Collectors.toSet());
    }

    private ObjectiveId goal(String title) {
        return goal(title, Period.quarter(2026, 1));
    }

    private ObjectiveId goal(String title, Period period) {
        return goals.insert(new NewObjective(fields(title, period), List.of()), "alice", AT).id();
    }

    private void align(ObjectiveId child, ObjectiveId parent) {
        alignmentStore.align(new Alignment(child, parent, Weight.FULL), "alice", AT);
    }

    private static ObjectiveFields fields(String title) {
        return fields(title, Period.quarter(2026, 1));
    }

    private static ObjectiveFields fields(String title, Period period) {
        return new ObjectiveFields(title, null, new UserRef("alice"), "team", period,
                new OrgUnit.Project("CASC"), GoalType.RESULT, Lifecycle.ACTIVE, Visibility.MEMBERS, true);
    }

    private ProgressService progress() {
        return new ProgressService(keyResultStore, goalStates, new AoTrackingStore(ao), new DoneIssues(),
                new AoSettingsStore(ao), trees, freeLocks(), Clock.fixed(AT, ZoneOffset.UTC));
    }

    private GoalAccess goalAccess(AccessService access) {
        return new GoalAccess(goals, keyResultStore, queries, access);
    }

    private AlignmentService alignmentService() {
        AoSettingsStore settings = new AoSettingsStore(ao);
        AccessService access = new AccessService(admin(), new AoPeopleStore(ao), settings);
        return new AlignmentService(goals, alignmentStore, goalAccess(access), settings, trees,
                Clock.fixed(AT, ZoneOffset.UTC));
    }

    private GoalService goalService() {
        AoSettingsStore settings = new AoSettingsStore(ao);
        AccessService access = new AccessService(admin(), new AoPeopleStore(ao), settings);
        Clock clock = Clock.fixed(AT, ZoneOffset.UTC);
        KeyResultMeasuring measuring = new KeyResultMeasuring(progress(), new ProgressHistoryService(goals, queries,
                keyResultStore, new AoTrackingStore(ao), settings, new DoneIssues()));
        return new GoalService(goals, queries, goalStates, alignmentStore, everyProject(),
                goalAccess(access), settings, trees, measuring, clock);
    }

    /** Every issue of every epic is done. */
    private static final class DoneIssues implements IssueSource {
        @Override
        public LinkedIssues read(IssueRequest request) {
            Map<WorkLink, List<IssueFact>> found = new HashMap<>();
            for (WorkLink link : request.links()) {
                found.put(link, List.of(new IssueFact("CASC-2", "Done", StatusCategory.DONE, AT, null, Map.of(),
                        false)));
            }
            return new LinkedIssues(found, Set.of(), 1);
        }

        @Override
        public List<IssueFact> visibleIssues(IssueRequest request, String userKey, int limit) {
            throw new UnsupportedOperationException("not used by the recompute");
        }
    }

    /**
     * A node's caches: the dev host's stand-in, watched to remember which keys each cache loaded (by its loader or a
     * supplier) since the last {@link #readAll}; optionally running another node's write once, just before this
     * node's first replace of a cascade (when a removal from elsewhere can arrive between reading a cascade and
     * replacing it).
     */
    private static final class RecordingCaches implements CacheManager, DevCacheManager.Watcher {
        final Map<String, Set<Object>> loads = new HashMap<>();
        private final DevCacheManager caches;
        private Runnable beforeFirstReplace;
        boolean interrupted;

        RecordingCaches() {
            this(new DevCacheManager());
        }

        RecordingCaches(DevCacheManager caches) {
            this(caches, null);
        }

        RecordingCaches(DevCacheManager caches, Runnable beforeFirstReplace) {
            this.caches = caches;
            this.beforeFirstReplace = beforeFirstReplace;
            caches.watch(this);
        }

        @Override
        public <K, V> Cache<K, V> getCache(String name, CacheLoader<K, V> loader, CacheSettings settings) {
            return caches.getCache(name, loader, settings);
        }

        @Override
        public void loaded(String cache, Object key) {
            loads.computeIfAbsent(cache, n -> new HashSet<>()).add(key);
        }

        @Override
        public void replacing(String cache, Object key) {
            if (beforeFirstReplace != null && cache.equals(GoalTrees.CACHE_NAME)) {
                Runnable write = beforeFirstReplace;
                beforeFirstReplace = null;
                write.run();
                interrupted = true;
            }
        }
    }

    /** Counts the goal store's reads of goals: batches, single goals, and goals read. */
    private static final class CountingGoals {
        int batches;
        int single;
        int read;

        GoalStore store(GoalStore real) {
            return (GoalStore) java.lang.reflect.Proxy.newProxyInstance(GoalStore.class.getClassLoader(),
                    new Class<?>[] {GoalStore.class}, (proxy, method, args) -> {
                        Object answer = method.invoke(real, args);
                        if (method.getName().equals("goals")) {
                            batches++;
                            read += ((List<?>) answer).size();
                        } else if (method.getName().equals("goal")) {
                            single++;
                        }
                        return answer;
                    });
        }
    }
}
