package dev.cascade.okr.store.plan;

import dev.cascade.okr.store.kernel.CascadeAo;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A task of an initiative (table {@code AO_0C7A52_PLAN_TASK}). */
@Table("PLAN_TASK")
public interface PlanTaskAo extends CascadeAo, PlanItemAo {

    /** The initiative the task belongs to; its tasks are looked up by it. */
    @NotNull
    @Indexed
    long getInitiativeId();

    /** Sets the initiative. */
    void setInitiativeId(long initiativeId);

    /** The Jira issue that carries the work, or {@code null}; looked up when issues change. */
    @Indexed
    @StringLength(255)
    String getIssueKey();

    /** Sets the issue. */
    void setIssueKey(String issueKey);

    /** Whole per-cent done, 0 to 100, or {@code null} when not stated. */
    Integer getPercentComplete();

    /** Sets the percent complete. */
    void setPercentComplete(Integer percent);

    /** What has been done so far (实际进展), or {@code null}; free text, never searched. */
    @StringLength(StringLength.UNLIMITED)
    String getProgressNote();

    /** Sets the progress note. */
    void setProgressNote(String note);

    /** The day the percent or the note last changed, ISO {@code YYYY-MM-DD}, or {@code null}. */
    @StringLength(10)
    String getProgressUpdatedOn();

    /** Sets the day. */
    void setProgressUpdatedOn(String day);
}
