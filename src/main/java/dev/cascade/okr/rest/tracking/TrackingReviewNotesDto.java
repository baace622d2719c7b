package dev.cascade.okr.rest.tracking;

import dev.cascade.okr.core.tracking.ReviewNotes;

/**
 * The body of {@code PUT /goals/{id}/reviews/{quarter}}: the whole notes at once.
 *
 * @param version the version read, 0 for the first notes
 * @param subjectiveCauses optional
 * @param objectiveCauses optional
 * @param improvement optional
 * @param nextQuarterAdjustment optional
 */
public record TrackingReviewNotesDto(Long version, String subjectiveCauses, String objectiveCauses,
        String improvement, String nextQuarterAdjustment) {

    ReviewNotes toNotes() {
        return new ReviewNotes(subjectiveCauses, objectiveCauses, improvement, nextQuarterAdjustment);
    }
}
