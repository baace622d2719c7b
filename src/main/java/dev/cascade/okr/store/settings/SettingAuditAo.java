package dev.cascade.okr.store.settings;

import dev.cascade.okr.store.kernel.CascadeAo;
import java.util.Date;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One saved change of an app setting (table {@code AO_0C7A52_SETTING_AUDIT}), written in the transaction that saves
 * the setting: which setting, the version it became, who saved it and when, and what changed (old → new per key of the
 * setting's text). Rows are only ever added; the administration page lists them newest first.
 */
@Table("SETTING_AUDIT")
public interface SettingAuditAo extends CascadeAo {

    /** The setting's name, e.g. {@code appraisal.scheme}. */
    @NotNull
    @Indexed
    @StringLength(100)
    String getSettingName();

    /** Sets the name. */
    void setSettingName(String name);

    /** The version the save made. */
    @NotNull
    long getVersion();

    /** Sets the version. */
    void setVersion(long version);

    /** Who saved, a user key. */
    @NotNull
    @StringLength(255)
    String getChangedBy();

    /** Sets who saved. */
    void setChangedBy(String userKey);

    /** When. */
    @NotNull
    Date getChangedAt();

    /** Sets when. */
    void setChangedAt(Date at);

    /** What changed, {@code key: old → new} per changed key, separated by {@code ; }; never in a WHERE clause. */
    @StringLength(StringLength.UNLIMITED)
    String getChangeSummary();

    /** Sets what changed. */
    void setChangeSummary(String summary);
}
