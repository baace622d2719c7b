package dev.cascade.okr.store.goal;

import dev.cascade.okr.store.kernel.PeriodRowAo;
import dev.cascade.okr.store.kernel.TitledAo;
import dev.cascade.okr.store.kernel.UpdateStampAo;
import java.util.Date;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A stored objective (table {@code AO_xxxxxx_OBJECTIVE}); its key results point to it by id.
 *
 * <p>Besides one index per lookup column, lists filtered by project, owner or level and ordered by id have a composite
 * index each, so a page of 100 reads 100 index entries in order instead of sorting every match.
 */
@Table("OBJECTIVE")
@Indexes({
    @Index(name = "obj_project_id", methodNames = {"getProjectKey", "getID"}),
    @Index(name = "obj_owner_id", methodNames = {"getOwnerKey", "getID"}),
    @Index(name = "obj_level_id", methodNames = {"getLevelKey", "getID"})
})
public interface ObjectiveAo extends VersionedRowAo, TitledAo, UpdateStampAo, PeriodRowAo {

    /** The Jira project key when the unit is a project, else {@code null}; objectives are looked up by it. */
    @StringLength(255)
    String getProjectKey();

    /** Sets the project key. */
    void setProjectKey(String projectKey);

    /** The owner's user key; objectives are looked up by it. */
    @NotNull
    @StringLength(255)
    String getOwnerKey();

    /** Sets the owner. */
    void setOwnerKey(String ownerKey);

    /** The key of the objective's level; objectives are looked up by it. */
    @NotNull
    @StringLength(255)
    String getLevelKey();

    /** Sets the level key. */
    void setLevelKey(String levelKey);

    /** The kind of organisational unit, {@code PROJECT} or {@code GROUP}. */
    @NotNull
    @Indexed
    @StringLength(16)
    String getUnitKind();

    /** Sets the unit kind. */
    void setUnitKind(String unitKind);

    /** The unit's project key or group name; objectives are looked up by it. */
    @NotNull
    @Indexed
    @StringLength(255)
    String getUnitRef();

    /** Sets the unit reference. */
    void setUnitRef(String unitRef);

    /** The goal type, a {@code GoalType} name. */
    @NotNull
    @StringLength(16)
    String getGoalType();

    /** Sets the goal type. */
    void setGoalType(String goalType);

    /** The lifecycle state, a {@code Lifecycle} name; objectives are looked up by it. */
    @NotNull
    @Indexed
    @StringLength(16)
    String getLifecycle();

    /** Sets the lifecycle state. */
    void setLifecycle(String lifecycle);

    /** Who may see it, a {@code Visibility} name. */
    @NotNull
    @Indexed
    @StringLength(16)
    String getVisibility();

    /** Sets the visibility. */
    void setVisibility(String visibility);

    /** Whether aligned children count in its progress. */
    @NotNull
    boolean isRollsUp();

    /** Sets whether it rolls up from children. */
    void setRollsUp(boolean rollsUp);

    /** The goal's category, a {@code GoalCategory} name, or {@code null}. */
    @StringLength(32)
    String getCategory();

    /** Sets the category. */
    void setCategory(String category);

    /**
     * The responsible departments, one unit reference ({@code project:KEY} or {@code group:name}) per line in the
     * order given, or {@code null} when none; read with the row, never searched.
     */
    @StringLength(StringLength.UNLIMITED)
    String getDepartments();

    /** Sets the departments. */
    void setDepartments(String departments);

    /** The support its owner needs (所需支持); free text, never searched. */
    @StringLength(StringLength.UNLIMITED)
    String getSupportNeeded();

    /** Sets the support needed. */
    void setSupportNeeded(String supportNeeded);

    /** Its weight in its owner's goals of the period in basis points (10000 = 100%), or {@code null}. */
    Integer getGoalWeight();

    /** Sets the weight. */
    void setGoalWeight(Integer basisPoints);

    /** When it was closed, or {@code null} while it is not closed. */
    Date getClosedAt();

    /** Sets the closing time. */
    void setClosedAt(Date at);

    /** The user key of who closed it, or {@code null}. */
    @StringLength(255)
    String getClosedBy();

    /** Sets who closed it. */
    void setClosedBy(String userKey);

    /** Its rolled-up progress at closing, a fraction in [0, 1]; {@code null} when closed without data or not closed. */
    Double getClosedProgress();

    /** Sets the closing progress. */
    void setClosedProgress(Double progress);

    /** The share of its input weight that had data at closing, 0 to 1; {@code null} when not closed. */
    Double getClosedCoverage();

    /** Sets the closing coverage. */
    void setClosedCoverage(Double coverage);

    /** When an administrator last reopened it, or {@code null}. */
    Date getReopenedAt();

    /** Sets the reopening time. */
    void setReopenedAt(Date at);

    /** The user key of the administrator who last reopened it, or {@code null}. */
    @StringLength(255)
    String getReopenedBy();

    /** Sets who reopened it. */
    void setReopenedBy(String userKey);

    /** Why it was last reopened; free text, never in a WHERE clause; {@code null} if never. */
    @StringLength(StringLength.UNLIMITED)
    String getReopenReason();

    /** Sets the reason. */
    void setReopenReason(String reason);
}
