package dev.cascade.okr.core.tracking;

/**
 * The written part of a quarterly review row; {@code null} texts become empty. Limits are checked by
 * {@link QuarterlyReviewRow#of}.
 *
 * @param subjectiveCauses causes within the team's control (主观原因)
 * @param objectiveCauses causes outside it (客观原因)
 * @param improvement what will be done better (改进措施)
 * @param nextQuarterAdjustment how next quarter's plan changes (下季度调整)
 */
public record ReviewNotes(String subjectiveCauses, String objectiveCauses, String improvement,
        String nextQuarterAdjustment) {

    /** No notes yet. */
    public static final ReviewNotes NONE = new ReviewNotes("", "", "", "");

    /** Turns missing texts into empty ones. */
    public ReviewNotes {
        subjectiveCauses = subjectiveCauses == null ? "" : subjectiveCauses;
        objectiveCauses = objectiveCauses == null ? "" : objectiveCauses;
        improvement = improvement == null ? "" : improvement;
        nextQuarterAdjustment = nextQuarterAdjustment == null ? "" : nextQuarterAdjustment;
    }
}
