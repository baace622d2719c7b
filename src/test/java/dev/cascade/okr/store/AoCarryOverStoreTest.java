package dev.cascade.okr.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.port.CarryOverStore;
import dev.cascade.okr.core.port.CarryOverStore.CarriedOver;
import dev.cascade.okr.core.port.StoreWrite;
import dev.cascade.okr.store.appraisal.AoCarryOverStore;
import dev.cascade.okr.store.appraisal.CarryOverAo;
import dev.cascade.okr.store.kernel.VersionClaimAo;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

/** Carry-over records on the real Active Objects library, on H2 and PostgreSQL: one per goal and period. */
public class AoCarryOverStoreTest extends StoreTest<CarryOverStore> {

    private static final Period Y2027 = Period.year(2027);
    private static final Instant T0 = Instant.parse("2026-12-31T18:00:00.250Z");
    private static final String SUGGESTION = "多拜访重点客户，每周一次。".repeat(300);

    /** Runs on one database kind. */
    public AoCarryOverStoreTest(String kind) {
        super(kind, AoCarryOverStore::new, CarryOverAo.class, VersionClaimAo.class);
    }

    @Test
    public void shouldReadBackARecordByItsSourceAndPeriodAndByItsDraftWhenWritten() {
        CarriedOver record = new CarriedOver(new ObjectiveId(7), Y2027, new ObjectiveId(70), SUGGESTION, "alice", T0);

        StoreWrite<CarriedOver> written = store.record(record);

        assertEquals(new StoreWrite.Written<>(record), written);
        assertEquals(Optional.of(record), store.carried(new ObjectiveId(7), Y2027));
        assertEquals(Optional.of(record), store.createdDraft(new ObjectiveId(70)));
        assertEquals(Optional.empty(), store.carried(new ObjectiveId(7), Period.quarter(2027, 1)));
        assertEquals(Optional.empty(), store.createdDraft(new ObjectiveId(7)));
    }

    @Test
    public void shouldKeepAnEmptySuggestionEmptyWhenThereWasNone() {
        CarriedOver record = new CarriedOver(new ObjectiveId(8), Y2027, new ObjectiveId(80), "", "alice", T0);

        store.record(record);

        assertEquals("", store.carried(new ObjectiveId(8), Y2027).orElseThrow().suggestion());
    }

    @Test
    public void shouldAnswerTheExistingRecordAndWriteNothingWhenTheGoalWasCarriedIntoThePeriodBefore() {
        CarriedOver first = new CarriedOver(new ObjectiveId(9), Y2027, new ObjectiveId(90), "", "alice", T0);
        store.record(first);

        StoreWrite<CarriedOver> again = store.record(new CarriedOver(new ObjectiveId(9), Y2027,
                new ObjectiveId(91), "", "bob", T0.plusSeconds(1)));

        assertEquals(new StoreWrite.Stale<>(first), again);
        assertEquals(Optional.empty(), store.createdDraft(new ObjectiveId(91)));
    }

    @Test
    public void shouldLetExactlyOneRecordThroughWhenTwoCarryOversOfOneGoalRace() throws Exception {
        for (int round = 0; round < 20; round++) {
            ObjectiveId goal = new ObjectiveId(1000 + round);
            CarriedOver one = new CarriedOver(goal, Y2027, new ObjectiveId(5000 + round), "", "alice", T0);
            CarriedOver two = new CarriedOver(goal, Y2027, new ObjectiveId(6000 + round), "", "bob", T0);

            List<StoreWrite<CarriedOver>> answers = Races.together(() -> store.record(one), () -> store.record(two));

            long written = answers.stream().filter(a -> a instanceof StoreWrite.Written).count();
            assertEquals("round " + round + ": " + answers, 1, written);
            CarriedOver stored = store.carried(goal, Y2027).orElseThrow();
            assertTrue(answers.contains(new StoreWrite.Written<>(stored)));
            assertTrue(answers.contains(new StoreWrite.Stale<>(stored)));
        }
    }
}
