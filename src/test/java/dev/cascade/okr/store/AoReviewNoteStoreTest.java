package dev.cascade.okr.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.port.StoreWrite;
import dev.cascade.okr.core.port.TrackingStore.ReviewRecord;
import dev.cascade.okr.core.port.Versioned;
import dev.cascade.okr.core.tracking.ReviewNotes;
import dev.cascade.okr.store.kernel.VersionClaimAo;
import dev.cascade.okr.store.tracking.AoTrackingStore;
import dev.cascade.okr.store.tracking.ReviewNoteAo;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Test;

/** Quarterly review notes in the tracking store on the real Active Objects library, on H2 and PostgreSQL. */
public class AoReviewNoteStoreTest extends StoreTest<AoTrackingStore> {

    private static final ObjectiveId OBJECTIVE = new ObjectiveId(7);
    private static final Period Q1 = Period.quarter(2026, 1);
    private static final Instant AT = Instant.parse("2026-03-31T10:15:30.456Z");

    /** Runs on one database kind. */
    public AoReviewNoteStoreTest(String kind) {
        super(kind, AoTrackingStore::new, ReviewNoteAo.class, VersionClaimAo.class);
    }

    @Test
    public void shouldReadEveryFieldBackWhenWritten() {
        Period cut = new Period(dev.cascade.okr.core.model.PeriodKind.CUSTOM, LocalDate.of(2026, 2, 15),
                LocalDate.of(2026, 3, 31));
        ReviewNotes notes = new ReviewNotes("需求评审拖延", "供应商延期交付", "每周同步风险\n\t并提前预警",
                "下季度目标调整为 " + "长".repeat(3990));

        StoreWrite<Versioned<ReviewRecord>> written = store.putReviewNotes(OBJECTIVE, cut, 0, notes,
                new UserRef("张伟"), Instant.parse("2026-03-31T10:15:30.456789Z"));

        Versioned<ReviewRecord> expected = new Versioned<>(new ReviewRecord(OBJECTIVE, cut, notes, new UserRef("张伟"),
                AT), 1);
        assertEquals(new StoreWrite.Written<>(expected), written);
        assertEquals(expected, store.reviewNotes(OBJECTIVE, cut).orElseThrow());
        assertFalse(store.reviewNotes(OBJECTIVE, Period.quarter(2026, 2)).isPresent());
        assertFalse(store.reviewNotes(new ObjectiveId(8), cut).isPresent());
    }

    @Test
    public void shouldKeepEmptyNotesWhenWrittenEmpty() {
        store.putReviewNotes(OBJECTIVE, Q1, 0, ReviewNotes.NONE, ALICE, AT);

        assertEquals(ReviewNotes.NONE, store.reviewNotes(OBJECTIVE, Q1).orElseThrow().value().notes());
    }

    @Test
    public void shouldReplaceNotesWhenVersionMatches() {
        store.putReviewNotes(OBJECTIVE, Q1, 0, new ReviewNotes("a", "b", "c", "d"), ALICE, AT);
        ReviewNotes second = new ReviewNotes("", "客观", null, "next");

        StoreWrite<Versioned<ReviewRecord>> written = store.putReviewNotes(OBJECTIVE, Q1, 1, second,
                new UserRef("bob"), AT.plusSeconds(60));

        Versioned<ReviewRecord> expected = new Versioned<>(new ReviewRecord(OBJECTIVE, Q1, second, new UserRef("bob"),
                AT.plusSeconds(60)), 2);
        assertEquals(new StoreWrite.Written<>(expected), written);
        assertEquals(expected, store.reviewNotes(OBJECTIVE, Q1).orElseThrow());
        assertEquals(1, ao.count(ReviewNoteAo.class));
    }

    @Test
    public void shouldAnswerStaleAndChangeNothingWhenVersionIsOld() {
        Versioned<ReviewRecord> first = ((StoreWrite.Written<Versioned<ReviewRecord>>) store.putReviewNotes(
                OBJECTIVE, Q1, 0, new ReviewNotes("a", "b", "c", "d"), ALICE, AT)).value();

        assertEquals(new StoreWrite.Stale<>(first), store.putReviewNotes(OBJECTIVE, Q1, 0,
                new ReviewNotes("x", "x", "x", "x"), ALICE, AT));
        assertEquals(new StoreWrite.Stale<>(first), store.putReviewNotes(OBJECTIVE, Q1, 5,
                new ReviewNotes("x", "x", "x", "x"), ALICE, AT));
        assertEquals(first, store.reviewNotes(OBJECTIVE, Q1).orElseThrow());
    }

    @Test
    public void shouldAnswerMissingWhenVersionIsGivenForNoNotes() {
        assertEquals(new StoreWrite.Missing<>(), store.putReviewNotes(OBJECTIVE, Q1, 1, ReviewNotes.NONE, ALICE, AT));
        assertEquals(0, ao.count(ReviewNoteAo.class));
    }

    @Test
    public void shouldReadNotesOfManyObjectivesInBatchesWhenMoreThan500() {
        Set<ObjectiveId> asked = new HashSet<>();
        for (int i = 1; i <= 510; i++) {
            asked.add(new ObjectiveId(i));
            store.putReviewNotes(new ObjectiveId(i), Q1, 0, new ReviewNotes("#" + i, "", "", ""), ALICE, AT);
        }
        store.putReviewNotes(new ObjectiveId(1), Period.quarter(2026, 2), 0, ReviewNotes.NONE, ALICE, AT);
        asked.add(new ObjectiveId(9_999));

        Map<ObjectiveId, Versioned<ReviewRecord>> read = store.reviewNotes(asked, Q1);

        assertEquals(510, read.size());
        assertEquals("#505", read.get(new ObjectiveId(505)).value().notes().subjectiveCauses());
        assertEquals(1, store.reviewNotes(asked, Period.quarter(2026, 2)).size());
    }

    @Test
    public void shouldLetExactlyOneWriterThroughWhenTwoRaceFromTheSameVersion() throws Exception {
        for (int round = 1; round <= 20; round++) {
            ObjectiveId id = new ObjectiveId(100 + round);
            long base = round % 2 == 0 ? 1 : 0; // half race to create, half to replace
            if (base == 1) {
                store.putReviewNotes(id, Q1, 0, ReviewNotes.NONE, ALICE, AT);
            }

            List<StoreWrite<Versioned<ReviewRecord>>> results = Races.together(
                    () -> store.putReviewNotes(id, Q1, base, new ReviewNotes("mine", "", "", ""), ALICE, AT),
                    () -> store.putReviewNotes(id, Q1, base, new ReviewNotes("theirs", "", "", ""), ALICE, AT));

            assertEquals("round " + round + ": " + results, 1,
                    results.stream().filter(r -> r instanceof StoreWrite.Written).count());
            assertEquals("round " + round + ": " + results, 1,
                    results.stream().filter(r -> r instanceof StoreWrite.Stale).count());
            Versioned<ReviewRecord> stored = store.reviewNotes(id, Q1).orElseThrow();
            assertEquals(base + 1, stored.version());
            for (StoreWrite<Versioned<ReviewRecord>> result : results) {
                assertEquals(stored, result instanceof StoreWrite.Written<Versioned<ReviewRecord>> w ? w.value()
                        : ((StoreWrite.Stale<Versioned<ReviewRecord>>) result).current());
            }
        }
    }
}
