package dev.cascade.okr.service.table;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.cascade.okr.core.model.Direction;
import dev.cascade.okr.core.model.GoalType;
import dev.cascade.okr.core.model.IssueCompletion;
import dev.cascade.okr.core.model.Lifecycle;
import dev.cascade.okr.core.model.MetricMeasure;
import dev.cascade.okr.core.model.NoDataReason;
import dev.cascade.okr.core.model.OrgUnit;
import dev.cascade.okr.core.model.Period;
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
import dev.cascade.okr.core.tracking.Deviation;
import dev.cascade.okr.core.tracking.TrackingPolicy;
import dev.cascade.okr.core.tracking.TrackingStatus;
import dev.cascade.okr.core.tracking.TrackingThresholds;
import dev.cascade.okr.devhost.DevHostFixture;
import dev.cascade.okr.service.kernel.Caller;
import dev.cascade.okr.service.kernel.Outcome;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

/**
 * The seed tables carry core's status of each row's judged figure, so a page colours it without judging: the tracking
 * record's and the quarterly review's deviation as {@code TrackingPolicy} judges it (the product's example: plan 12,
 * actual 10 is −16.7 %, at risk), and nothing where there is no figure. Real services and stores on the dev host.
 */
public class TableRowStatusTest {

    @ClassRule
    public static final DevHostFixture HOST = DevHostFixture.seeded();

    private static final int YEAR = LocalDate.now(ZoneOffset.UTC).getYear() - 1;
    private static final String OWNER = "pat";
    private static StoredObjective goal;

    /** Last year's goal of pat's with a quarterly plan of 12, 15, 17, 10 and 10 achieved by the end of Q1. */
    @BeforeClass
    public static void plannedGoal() throws Exception {
        goal = HOST.server().plugin().bean(GoalStore.class).insert(new NewObjective(new ObjectiveFields(
                "Win customers", "", new UserRef(OWNER), "team", Period.year(YEAR), new OrgUnit.Project("CASC"),
                GoalType.RESULT, Lifecycle.ACTIVE, Visibility.MEMBERS, false), List.of(
                        keyResult("New customers"), keyResult("Referrals"))), OWNER, Instant.now());
        long planned = goal.keyResults().get(0).id().value();
        HttpResponse<String> plan = HOST.sendJson("PUT", "/rest/cascade/1.0/key-results/" + planned + "/plan", OWNER,
                "{\"version\":0,\"granularity\":\"quarter\",\"values\":[12,15,17,10]}");
        assertEquals(plan.body(), 200, plan.statusCode());
        HttpResponse<String> checkIn = HOST.postJson("/rest/cascade/1.0/key-results/" + planned + "/check-ins",
                OWNER, "{\"value\":10,\"confidence\":6,\"problems\":\"Longer decision cycles\",\"date\":\"" + YEAR
                        + "-03-31\"}");
        assertEquals(checkIn.body(), 201, checkIn.statusCode());
    }

    @Test
    public void shouldCarryCoresStatusOfTheDeviationWhenTheTrackingRecordHasOne() {
        List<Table.Row> rows = rows("tracking-record", YEAR + "-Q1");

        assertEquals(2, rows.size());
        Table.Row planned = rows.get(0);
        assertEquals(new Table.Number(new BigDecimal("-16.7")), planned.cells().get("deviation"));
        assertEquals(Optional.of(core()), planned.status());
        assertEquals(Optional.of(TrackingStatus.AT_RISK), planned.status());
        assertEquals("no plan, no deviation, no status", Optional.empty(), rows.get(1).status());
    }

    @Test
    public void shouldCarryCoresStatusOfTheQuarterWhenTheQuarterlyReviewHasADeviation() {
        List<Table.Row> rows = rows("quarterly-review", String.valueOf(YEAR));

        Table.Row q1 = rows.stream().filter(r -> r.cells().get("quarter").equals(new Table.Text(YEAR + "-Q1")))
                .findFirst().orElseThrow();
        assertEquals(new Table.Number(new BigDecimal("-16.7")), q1.cells().get("deviation"));
        assertEquals(Optional.of(core()), q1.status());
        assertTrue("later quarters have no actual, so no status",
                rows.stream().filter(r -> r != q1).allMatch(r -> r.status().isEmpty()));
    }

    @Test
    public void shouldCarryNoStatusWhenATableHasNoJudgedFigure() {
        GoalStore goals = HOST.server().plugin().bean(GoalStore.class);
        for (String[] level : new String[][] {{"company", "company-goals"}, {"individual", "individual-goals"}}) {
            StoredObjective stored = goals.insert(new NewObjective(new ObjectiveFields("A " + level[0] + " goal", "",
                    new UserRef(OWNER), level[0], Period.year(YEAR), new OrgUnit.Project("CASC"), GoalType.RESULT,
                    Lifecycle.ACTIVE, Visibility.MEMBERS, false), List.of(keyResult("Anything"))), OWNER,
                    Instant.now());

            List<Table.Row> rows = read(level[1], String.valueOf(YEAR)).rows().stream()
                    .filter(r -> r.goalId() == stored.id().value()).toList();

            assertEquals(level[1], 1, rows.size());
            assertEquals(level[1], Optional.empty(), rows.get(0).status());
        }
    }

    private static TrackingStatus core() {
        return new TrackingPolicy(TrackingThresholds.DEFAULTS).statusOf(
                Deviation.of(BigDecimal.valueOf(12), BigDecimal.valueOf(10)), Direction.INCREASE);
    }

    private static List<Table.Row> rows(String table, String period) {
        return read(table, period).rows().stream().filter(r -> r.goalId() == goal.id().value()).toList();
    }

    private static Table read(String table, String period) {
        Outcome<Table> read = HOST.server().plugin().bean(TableService.class).table(Caller.user(OWNER),
                new TableService.TableRequest(table, period, null, 0, 100));
        assertTrue(read.violations().toString(), read.isSuccess());
        return read.value();
    }

    private static NewKeyResult keyResult(String title) {
        return new NewKeyResult(new KeyResultFields(title, Weight.ofPercent(50), new MetricMeasure(Direction.INCREASE,
                BigDecimal.ZERO, TargetTiers.of(BigDecimal.valueOf(50)), "customers"), null),
                new Measured(Progress.noData(NoDataReason.NO_CHECK_IN), IssueCompletion.NONE));
    }
}
