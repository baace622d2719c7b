package dev.cascade.okr.store.tracking;

import static dev.cascade.okr.store.tracking.TrackingRows.emptyToNull;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.PeriodKind;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.port.StoreWrite;
import dev.cascade.okr.core.port.TrackingStore.ReviewRecord;
import dev.cascade.okr.core.port.Versioned;
import dev.cascade.okr.core.tracking.ReviewNotes;
import dev.cascade.okr.store.kernel.Columns;
import dev.cascade.okr.store.kernel.OptimisticLock;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import net.java.ao.DBParam;
import net.java.ao.Query;

/** The quarterly review notes of {@link AoTrackingStore}: one {@link ReviewNoteAo} per objective and quarter. */
final class AoReviewNotes {

    private final ActiveObjects ao;

    AoReviewNotes(ActiveObjects ao) {
        this.ao = ao;
    }

    Optional<Versioned<ReviewRecord>> reviewNotes(ObjectiveId objectiveId, Period quarter) {
        Objects.requireNonNull(objectiveId, "objectiveId");
        Objects.requireNonNull(quarter, "quarter");
        return ao.executeInTransaction(() -> Optional.ofNullable(reviewRow(objectiveId.value(), quarter))
                .map(AoReviewNotes::toReviewRecord));
    }

    Map<ObjectiveId, Versioned<ReviewRecord>> reviewNotes(Set<ObjectiveId> objectiveIds, Period quarter) {
        Objects.requireNonNull(quarter, "quarter");
        String start = Columns.day(quarter.start());
        return ao.executeInTransaction(() -> {
            Map<ObjectiveId, Versioned<ReviewRecord>> found = new LinkedHashMap<>();
            for (ReviewNoteAo row : TrackingRows.findIn(ao, ReviewNoteAo.class, "QUARTER_START = ?", List.of(start),
                    "OBJECTIVE_ID", objectiveIds.stream().map(ObjectiveId::value).toList(), null)) {
                found.put(new ObjectiveId(row.getObjectiveId()), toReviewRecord(row));
            }
            return found;
        });
    }

    StoreWrite<Versioned<ReviewRecord>> putReviewNotes(ObjectiveId objectiveId, Period quarter, long expectedVersion,
            ReviewNotes notes, UserRef updatedBy, Instant at) {
        Objects.requireNonNull(objectiveId, "objectiveId");
        Objects.requireNonNull(quarter, "quarter");
        Objects.requireNonNull(notes, "notes");
        Objects.requireNonNull(updatedBy, "updatedBy");
        Objects.requireNonNull(at, "at");
        TrackingRows.requireVersion(expectedVersion);
        long objective = objectiveId.value();
        String start = Columns.day(quarter.start());
        String claimKind = "REVIEW_NOTE:" + start;
        return TrackingRows.write(ao, () -> {
            ReviewNoteAo row = reviewRow(objective, quarter);
            long next = expectedVersion + 1;
            if (row == null) {
                if (expectedVersion != 0) {
                    return new StoreWrite.Missing<>();
                }
                OptimisticLock.claim(ao, claimKind, objective, next);
                row = ao.create(ReviewNoteAo.class,
                        new DBParam("OBJECTIVE_ID", objective),
                        new DBParam("QUARTER_START", start),
                        new DBParam("QUARTER_END", Columns.day(quarter.end())),
                        new DBParam("QUARTER_KIND", quarter.kind().name()),
                        new DBParam("NOTE_KEY", objective + ":" + start),
                        new DBParam("VERSION", next),
                        new DBParam("UPDATED_BY", updatedBy.key()),
                        new DBParam("UPDATED_AT", Date.from(at)));
            } else {
                if (row.getVersion() != expectedVersion) {
                    return new StoreWrite.Stale<>(toReviewRecord(row));
                }
                OptimisticLock.claim(ao, claimKind, objective, next);
                row.setQuarterEnd(Columns.day(quarter.end()));
                row.setQuarterKind(quarter.kind().name());
                row.setVersion(next);
                row.setUpdatedBy(updatedBy.key());
                row.setUpdatedAt(Date.from(at));
            }
            row.setSubjective(emptyToNull(notes.subjectiveCauses()));
            row.setObjectiveCauses(emptyToNull(notes.objectiveCauses()));
            row.setImprovement(emptyToNull(notes.improvement()));
            row.setNextAdjustment(emptyToNull(notes.nextQuarterAdjustment()));
            row.save();
            return new StoreWrite.Written<>(toReviewRecord(row));
        }, () -> Optional.ofNullable(reviewRow(objective, quarter)).map(AoReviewNotes::toReviewRecord));
    }

    private ReviewNoteAo reviewRow(long objectiveId, Period quarter) {
        return TrackingRows.only(ao.find(ReviewNoteAo.class, Query.select()
                .where("OBJECTIVE_ID = ? AND QUARTER_START = ?", objectiveId, Columns.day(quarter.start()))));
    }

    private static Versioned<ReviewRecord> toReviewRecord(ReviewNoteAo row) {
        Period quarter = new Period(PeriodKind.valueOf(row.getQuarterKind()), Columns.day(row.getQuarterStart()),
                Columns.day(row.getQuarterEnd()));
        ReviewNotes notes = new ReviewNotes(row.getSubjective(), row.getObjectiveCauses(), row.getImprovement(),
                row.getNextAdjustment());
        return new Versioned<>(new ReviewRecord(new ObjectiveId(row.getObjectiveId()), quarter, notes,
                new UserRef(row.getUpdatedBy()), row.getUpdatedAt().toInstant()), row.getVersion());
    }
}
