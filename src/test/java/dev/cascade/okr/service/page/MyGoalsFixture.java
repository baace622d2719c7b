package dev.cascade.okr.service.page;

import static org.junit.Assert.assertEquals;

import dev.cascade.okr.core.model.Direction;
import dev.cascade.okr.core.model.GoalType;
import dev.cascade.okr.core.model.IssueCompletion;
import dev.cascade.okr.core.model.Lifecycle;
import dev.cascade.okr.core.model.MetricMeasure;
import dev.cascade.okr.core.model.NoDataReason;
import dev.cascade.okr.core.model.OrgUnit;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.PeriodKind;
import dev.cascade.okr.core.model.Progress;
import dev.cascade.okr.core.model.TargetTiers;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.model.Visibility;
import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.port.GoalStore;
import dev.cascade.okr.core.port.GoalStore.KeyResultFields;
import dev.cascade.okr.core.port.GoalStore.Measured;
import dev.cascade.okr.core.port.GoalStore.NewKeyResult;
import dev.cascade.okr.core.port.GoalStore.NewObjective;
import dev.cascade.okr.core.port.GoalStore.ObjectiveFields;
import dev.cascade.okr.core.port.GoalStore.StoredObjective;
import dev.cascade.okr.devhost.DevHostFixture;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Goals of one owner on the dev host for the "my goals" tests, over a period of weekly check-ins that began 20 days ago
 * and ends in 10 days: a goal checked in on today (inserted first), and a goal whose first key result was checked in
 * on today and whose second never was, so its first check-in was due 7 days into the period.
 */
public final class MyGoalsFixture {

    /** Whose goals these are: a sample user who owns nothing in the sample cascade. */
    public static final String OWNER = "pat";
    /** Today, as the dev host's services read it (UTC). */
    public static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    /** The goals' period: 31 days, so checked in on weekly. */
    public static final Period PERIOD = new Period(PeriodKind.CUSTOM, TODAY.minusDays(20), TODAY.plusDays(10));

    /** The goal checked in on today. */
    public final StoredObjective onTime;
    /** The goal with a key result never checked in on. */
    public final StoredObjective late;
    /** A goal of somebody else's in the same period. */
    public final StoredObjective others;

    /**
     * Inserts the goals with these titles; the late goal's key results are {@code checkedTitle} (checked in on today)
     * and {@code overdueTitle} (never).
     */
    public MyGoalsFixture(DevHostFixture host, String onTimeTitle, String lateTitle, String checkedTitle,
            String overdueTitle) throws Exception {
        GoalStore goals = host.server().plugin().bean(GoalStore.class);
        onTime = goals.insert(new NewObjective(fields(onTimeTitle, OWNER),
                List.of(keyResult("Customers signed"))), OWNER, Instant.now());
        late = goals.insert(new NewObjective(fields(lateTitle, OWNER),
                List.of(keyResult(checkedTitle), keyResult(overdueTitle))), OWNER, Instant.now());
        others = goals.insert(new NewObjective(fields("Bob's goal", "bob"), List.of(keyResult("Bob's key result"))),
                "bob", Instant.now());
        checkIn(host, onTime.keyResults().get(0).id().value());
        checkIn(host, late.keyResults().get(0).id().value());
    }

    /** Whether the period lies inside one year (the tracking table reads the goal's whole period by its year). */
    public static boolean periodInOneYear() {
        return PERIOD.start().getYear() == PERIOD.end().getYear();
    }

    private static void checkIn(DevHostFixture host, long keyResult) throws Exception {
        var answer = host.postJson("/rest/cascade/1.0/key-results/" + keyResult + "/check-ins", OWNER,
                "{\"value\":10,\"confidence\":7,\"problems\":\"slow legal\",\"date\":\"" + TODAY + "\"}");
        assertEquals(answer.body(), 201, answer.statusCode());
    }

    private static ObjectiveFields fields(String title, String owner) {
        return new ObjectiveFields(title, "", new UserRef(owner), "team", PERIOD, new OrgUnit.Project("CASC"),
                GoalType.RESULT, Lifecycle.ACTIVE, Visibility.MEMBERS, false);
    }

    private static NewKeyResult keyResult(String title) {
        return new NewKeyResult(new KeyResultFields(title, Weight.ofPercent(50), new MetricMeasure(Direction.INCREASE,
                BigDecimal.ZERO, TargetTiers.of(BigDecimal.valueOf(50)), "customers"), null),
                new Measured(Progress.noData(NoDataReason.NO_CHECK_IN), IssueCompletion.NONE));
    }
}
