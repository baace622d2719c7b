package dev.cascade.okr.store.kernel;

import net.java.ao.schema.StringLength;

/**
 * A measured progress with the issue counts it came from: a key result's latest and each daily snapshot's; a column
 * interface, not an entity (see {@link UpdateStampAo}).
 */
public interface MeasuredProgressAo {

    /** The progress fraction in [0, 1], or {@code null} for no data. */
    Double getProgress();

    /** Sets the progress. */
    void setProgress(Double progress);

    /** Why there is no data (a {@code NoDataReason} name), or {@code null}. */
    @StringLength(32)
    String getNoDataReason();

    /** Sets the reason. */
    void setNoDataReason(String reason);

    /** Issues counted, or {@code null} when the progress did not come from issues. */
    Integer getIssuesTotal();

    /** Sets the issue count. */
    void setIssuesTotal(Integer total);

    /** Issues in the Done category, or {@code null}. */
    Integer getIssuesDone();

    /** Sets the done count. */
    void setIssuesDone(Integer done);

    /** Issues in the In Progress category, or {@code null}. */
    Integer getIssuesInProgress();

    /** Sets the in-progress count. */
    void setIssuesInProgress(Integer inProgress);
}
