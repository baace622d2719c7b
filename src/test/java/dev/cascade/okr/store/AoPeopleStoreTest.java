package dev.cascade.okr.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.port.PeopleStore;
import dev.cascade.okr.core.port.StoreWrite;
import dev.cascade.okr.core.port.Versioned;
import dev.cascade.okr.core.validation.Validated;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.store.kernel.VersionClaimAo;
import dev.cascade.okr.store.settings.AoPeopleStore;
import dev.cascade.okr.store.settings.ManagerAo;
import dev.cascade.okr.store.settings.PersonAo;
import dev.cascade.okr.store.settings.SettingAo;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.Test;

/** Who manages whom on the real Active Objects library, on H2 and PostgreSQL. */
public class AoPeopleStoreTest extends StoreTest<PeopleStore> {

    /** Runs on one database kind. */
    public AoPeopleStoreTest(String kind) {
        super(kind, AoPeopleStore::new, ManagerAo.class, PersonAo.class, SettingAo.class, VersionClaimAo.class);
    }

    @Test
    public void shouldReadDirectManagersAndReportsOrderedByKeyWhenSet() {
        assertTrue(store.setManagers(u("张三"), Set.of(u("zoe"), u("amy"))).isValid());
        store.setManagers(u("bob"), Set.of(u("amy")));

        assertEquals(List.of(u("amy"), u("zoe")), List.copyOf(store.managersOf(u("张三"))));
        assertEquals(List.of(u("bob"), u("张三")), List.copyOf(store.reportsOf(u("amy"))));
        assertEquals(Set.of(), store.managersOf(u("amy")));
        assertEquals(Set.of(), store.reportsOf(u("bob")));
    }

    @Test
    public void shouldReplaceManagersAndRemoveThemWhenSetAgain() {
        store.setManagers(u("bob"), Set.of(u("amy"), u("carl")));

        Validated<Set<UserRef>> replaced = store.setManagers(u("bob"), Set.of(u("dana")));
        store.setManagers(u("eve"), Set.of(u("amy")));
        store.setManagers(u("eve"), Set.of());

        assertEquals(Set.of(u("dana")), replaced.value());
        assertEquals(Set.of(u("dana")), store.managersOf(u("bob")));
        assertEquals(Set.of(), store.reportsOf(u("amy")));
        assertEquals(Set.of(), store.managersOf(u("eve")));
    }

    @Test
    public void shouldKnowManagersUpTenLevelsButNotBeyondWhenTheChainIsLong() {
        List<UserRef> chain = new ArrayList<>();
        for (int i = 0; i <= 11; i++) {
            chain.add(u("p" + i));
        }
        for (int i = 0; i < 11; i++) {
            store.setManagers(chain.get(i), Set.of(chain.get(i + 1)));
        }

        assertTrue(store.isManagerOf(chain.get(1), chain.get(0)));
        assertTrue(store.isManagerOf(chain.get(10), chain.get(0)));
        assertFalse(store.isManagerOf(chain.get(11), chain.get(0)));
        assertTrue(store.isManagerOf(chain.get(11), chain.get(1)));
        assertFalse(store.isManagerOf(chain.get(0), chain.get(1)));
        assertFalse(store.isManagerOf(chain.get(0), chain.get(0)));
    }

    @Test
    public void shouldFollowEveryManagerWhenAPersonHasSeveral() {
        store.setManagers(u("dev"), Set.of(u("lead"), u("pm")));
        store.setManagers(u("pm"), Set.of(u("director")));

        assertTrue(store.isManagerOf(u("director"), u("dev")));
        assertFalse(store.isManagerOf(u("director"), u("lead")));
    }

    @Test
    public void shouldRefuseAndChangeNothingWhenAPersonWouldManageThemselves() {
        store.setManagers(u("a"), Set.of(u("b")));
        store.setManagers(u("b"), Set.of(u("c")));
        long revision = store.revision();

        Validated<Set<UserRef>> throughChain = store.setManagers(u("c"), Set.of(u("x"), u("a")));
        Validated<Set<UserRef>> self = store.setManagers(u("c"), Set.of(u("c")));

        assertEquals(List.of(Violation.of(ViolationCode.PEOPLE_MANAGER_CYCLE, "managers", "c", "a")),
                throughChain.violations());
        assertEquals(ViolationCode.PEOPLE_MANAGER_CYCLE, self.errors().get(0).code());
        assertEquals(Set.of(), store.managersOf(u("c")));
        assertEquals(revision, store.revision());
        assertTrue(store.setManagers(u("c"), Set.of(u("x"))).isValid());
        assertEquals(revision + 1, store.revision());
    }

    @Test
    public void shouldWalkLevelsOfMoreThanFiveHundredPeopleWhenTheChartIsWide() {
        // 1,200 people, each with the same 600 team leads (a matrix of shared leads), the leads under one director.
        Set<UserRef> leads = new LinkedHashSet<>();
        for (int i = 0; i < 600; i++) {
            leads.add(u(String.format("lead-%04d", i)));
        }
        for (UserRef lead : leads) {
            store.setManagers(lead, Set.of(u("director")));
        }
        store.setManagers(u("worker"), leads);
        for (int i = 0; i < 600; i++) {
            store.setManagers(u(String.format("peer-%04d", i)), Set.of(u("lead-0599")));
        }

        assertEquals(600, store.managersOf(u("worker")).size());
        assertEquals(601, store.reportsOf(u("lead-0599")).size());
        assertTrue(store.isManagerOf(u("director"), u("worker")));
        assertFalse(store.isManagerOf(u("peer-0001"), u("worker")));
        Validated<Set<UserRef>> cycle = store.setManagers(u("director"), Set.of(u("worker")));
        assertEquals(ViolationCode.PEOPLE_MANAGER_CYCLE, cycle.errors().get(0).code());
    }

    @Test
    public void shouldNeverCloseACycleWhenTwoPeopleAreMadeEachOthersManagerAtOnce() throws Exception {
        for (int round = 0; round < 20; round++) {
            UserRef a = u("a" + round);
            UserRef b = u("b" + round);

            List<Validated<Set<UserRef>>> answers = Races.together(
                    () -> store.setManagers(a, Set.of(b)),
                    () -> store.setManagers(b, Set.of(a)));

            assertEquals("round " + round + ": " + answers, 1, answers.stream().filter(Validated::isValid).count());
            assertTrue(store.managersOf(a).isEmpty() != store.managersOf(b).isEmpty());
        }
    }

    @Test
    public void shouldCountTheVersionOfAPersonsManagersFromZeroWhenTheyAreChanged() {
        assertEquals(new Versioned<>(Set.of(), 0), store.managers(u("bob")));

        StoreWrite<Versioned<Set<UserRef>>> first = store.setManagers(u("bob"), 0, Set.of(u("amy"))).value();
        StoreWrite<Versioned<Set<UserRef>>> emptied = store.setManagers(u("bob"), 1, Set.of()).value();
        store.setManagers(u("bob"), Set.of(u("carl")));

        assertEquals(new StoreWrite.Written<>(new Versioned<>(Set.of(u("amy")), 1)), first);
        assertEquals(new StoreWrite.Written<>(new Versioned<>(Set.of(), 2)), emptied);
        assertEquals(new Versioned<>(Set.of(u("carl")), 3), store.managers(u("bob")));
        assertEquals(new Versioned<>(Set.of(), 0), store.managers(u("amy")));
    }

    @Test
    public void shouldAnswerStaleAndChangeNothingWhenTheManagersVersionIsOld() {
        store.setManagers(u("bob"), 0, Set.of(u("amy")));
        long revision = store.revision();

        Validated<StoreWrite<Versioned<Set<UserRef>>>> stale = store.setManagers(u("bob"), 0, Set.of(u("zoe")));
        Validated<StoreWrite<Versioned<Set<UserRef>>>> never = store.setManagers(u("eve"), 3, Set.of(u("zoe")));

        assertEquals(new StoreWrite.Stale<>(new Versioned<>(Set.of(u("amy")), 1)), stale.value());
        assertEquals(new StoreWrite.Stale<>(new Versioned<>(Set.of(), 0)), never.value());
        assertEquals(new Versioned<>(Set.of(u("amy")), 1), store.managers(u("bob")));
        assertEquals(Set.of(), store.reportsOf(u("zoe")));
        assertEquals(revision, store.revision());
        assertEquals(0, ao.count(PersonAo.class, "PERSON_KEY = ?", "eve"));
    }

    @Test
    public void shouldLetOneWriterWinAndAnswerTheOtherStaleWhenTwoChangeTheSameManagersAtOnce() throws Exception {
        for (int round = 0; round < 20; round++) {
            UserRef person = u("p" + round);
            if (round % 2 == 1) {
                store.setManagers(person, Set.of(u("old")));
            }
            long version = round % 2;

            List<Validated<StoreWrite<Versioned<Set<UserRef>>>>> answers = Races.together(
                    () -> store.setManagers(person, version, Set.of(u("x"))),
                    () -> store.setManagers(person, version, Set.of(u("y"))));

            List<StoreWrite<Versioned<Set<UserRef>>>> writes = answers.stream().map(Validated::value).toList();
            assertEquals("round " + round + ": " + writes, 1,
                    writes.stream().filter(w -> w instanceof StoreWrite.Written).count());
            assertEquals("round " + round + ": " + writes, 1,
                    writes.stream().filter(w -> w instanceof StoreWrite.Stale).count());
            Versioned<Set<UserRef>> winner = writes.stream().filter(w -> w instanceof StoreWrite.Written)
                    .map(w -> ((StoreWrite.Written<Versioned<Set<UserRef>>>) w).value()).findFirst().orElseThrow();
            assertEquals(version + 1, winner.version());
            assertEquals(winner, store.managers(person));
            StoreWrite.Stale<Versioned<Set<UserRef>>> loser = writes.stream()
                    .filter(w -> w instanceof StoreWrite.Stale)
                    .map(w -> (StoreWrite.Stale<Versioned<Set<UserRef>>>) w).findFirst().orElseThrow();
            assertEquals(winner, loser.current());
        }
    }

    private static UserRef u(String key) {
        return new UserRef(key);
    }
}
