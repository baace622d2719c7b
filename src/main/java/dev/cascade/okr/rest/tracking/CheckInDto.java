package dev.cascade.okr.rest.tracking;

import dev.cascade.okr.core.port.TrackingStore.StoredCheckIn;
import dev.cascade.okr.core.tracking.CheckIn;
import java.math.BigDecimal;

/**
 * One check-in as stored; check-ins are never changed.
 *
 * @param id its id
 * @param keyResultId the key result
 * @param value the reported value, or {@code null} (issue-driven key results)
 * @param confidence 1 to 10
 * @param progressNote what was achieved
 * @param problems what is in the way
 * @param solutions what is done about it
 * @param nextSteps what happens next
 * @param author the user key of who checked in
 * @param date the day it speaks for, {@code YYYY-MM-DD}
 * @param recordedAt when it was stored, ISO-8601
 */
public record CheckInDto(long id, long keyResultId, BigDecimal value, int confidence, String progressNote,
        String problems, String solutions, String nextSteps, String author, String date, String recordedAt) {

    static CheckInDto of(StoredCheckIn stored) {
        CheckIn c = stored.checkIn();
        return new CheckInDto(stored.id(), c.keyResultId().value(), c.value().orElse(null), c.confidence(),
                c.progressNote(), c.problems(), c.solutions(), c.nextSteps(), c.author().key(), c.date().toString(),
                c.recordedAt().toString());
    }
}
