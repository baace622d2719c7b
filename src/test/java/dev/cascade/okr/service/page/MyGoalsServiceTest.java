package dev.cascade.okr.service.page;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

import dev.cascade.okr.core.tracking.CheckInDue;
import dev.cascade.okr.core.tracking.TrackingStatus;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.devhost.DevHostFixture;
import dev.cascade.okr.service.kernel.Caller;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.service.kernel.Outcome.Failure;
import dev.cascade.okr.service.page.MyGoalsService.MyGoal;
import dev.cascade.okr.service.page.MyGoalsService.MyGoals;
import dev.cascade.okr.service.page.MyGoalsService.MyKeyResult;
import java.util.List;
import java.util.Optional;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * "My goals" on the dev host's real services and stores: the caller's goals only, with core's next check-in and
 * tracking status per key result, overdue check-ins first; the goal list's errors as they are.
 */
public class MyGoalsServiceTest {

    @ClassRule
    public static final DevHostFixture HOST = DevHostFixture.seeded();

    private static MyGoalsFixture goals;

    @BeforeClass
    public static void insertGoals() throws Exception {
        assumeTrue("the fixture's period must lie inside one year", MyGoalsFixture.periodInOneYear());
        goals = new MyGoalsFixture(HOST, "On time", "Late", "Checked", "Never checked");
    }

    private static MyGoalsService service() {
        return HOST.server().plugin().bean(MyGoalsService.class);
    }

    @Test
    public void shouldListOnlyTheCallersGoalsWithTheLateOneFirstWhenACheckInIsOverdue() {
        Outcome<MyGoals> mine = service().mine(Caller.user(MyGoalsFixture.OWNER), null, null);

        assertTrue(mine.violations().toString(), mine.isSuccess());
        List<String> titles = mine.value().goals().stream().map(g -> g.goal().goal().objective().title()).toList();
        assertEquals(List.of("Late", "On time"), titles);
        assertEquals(2, mine.value().total());
        assertEquals(1, mine.value().overdueCheckIns());
        Outcome<MyGoals> blank = service().mine(Caller.user(MyGoalsFixture.OWNER), "", " ");
        assertEquals("a blank period or project means every one", titles, blank.value().goals().stream()
                .map(g -> g.goal().goal().objective().title()).toList());
    }

    @Test
    public void shouldTakeEachKeyResultsNextCheckInFromCoreWhenListingAGoal() {
        MyGoal late = service().mine(Caller.user(MyGoalsFixture.OWNER), null, null).value().goals().get(0);

        List<String> order = late.keyResults().stream().map(k -> k.keyResult().keyResult().title()).toList();
        assertEquals("the overdue key result comes first", List.of("Never checked", "Checked"), order);
        MyKeyResult never = late.keyResults().get(0);
        CheckInDue expected = CheckInDue.of(MyGoalsFixture.PERIOD, Optional.empty(), MyGoalsFixture.TODAY);
        assertEquals(Optional.of(expected), never.due());
        assertEquals(13, never.daysOverdue());
        assertTrue(never.overdue());
        assertEquals(Optional.of(TrackingStatus.NO_DATA), never.status());
        MyKeyResult checked = late.keyResults().get(1);
        assertEquals(Optional.of(MyGoalsFixture.TODAY.plusDays(7)), checked.nextDue());
        assertFalse(checked.overdue());
        assertTrue(checked.status().isPresent());
        assertFalse(checked.status().get() == TrackingStatus.NO_DATA);
        assertEquals(13, late.daysOverdue());
    }

    @Test
    public void shouldListOnlyTheCallersOwnGoalsWhenAPeriodOrAnotherCallerIsAsked() {
        Outcome<MyGoals> before = service().mine(Caller.user(MyGoalsFixture.OWNER), "1999", null);
        Outcome<MyGoals> bob = service().mine(Caller.user("bob"), null, null);

        assertTrue(before.isSuccess());
        assertEquals(List.of(), before.value().goals());
        assertEquals(0, before.value().total());
        assertTrue(bob.violations().toString(), bob.isSuccess());
        assertTrue(bob.value().goals().stream().allMatch(g -> g.goal().goal().objective().owner().key().equals("bob")));
        assertTrue(bob.value().goals().stream().anyMatch(g -> g.goal().goal().id().equals(goals.others.id())));
    }

    @Test
    public void shouldAnswerTheGoalListsErrorsWhenNobodyIsSignedInOrThePeriodIsUnreadable() {
        Outcome<MyGoals> anonymous = service().mine(Caller.anonymous(), null, null);
        Outcome<MyGoals> badPeriod = service().mine(Caller.user(MyGoalsFixture.OWNER), "soon", null);

        assertEquals(Failure.UNAUTHENTICATED, anonymous.failure());
        assertEquals(Failure.INVALID, badPeriod.failure());
        assertEquals(ViolationCode.PERIOD_INVALID, badPeriod.violations().get(0).code());
        assertEquals("period", badPeriod.violations().get(0).field());
    }
}
