package dev.cascade.okr.store.settings;

import dev.cascade.okr.store.kernel.CascadeAo;
import dev.cascade.okr.store.kernel.UpdateStampAo;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** One named, versioned app setting (table {@code AO_0C7A52_SETTING}); composites in {@code SettingsText} form. */
@Table("SETTING")
public interface SettingAo extends CascadeAo, UpdateStampAo {

    /** The setting's name, e.g. {@code appraisal.scheme}; settings are looked up by it, one row per name. */
    @NotNull
    @Unique
    @Indexed
    @StringLength(100)
    String getSettingName();

    /** Sets the name. */
    void setSettingName(String name);

    /** The value as text, never used in a WHERE clause; {@code null} is the empty text (as Oracle stores it). */
    @StringLength(StringLength.UNLIMITED)
    String getSettingText();

    /** Sets the text. */
    void setSettingText(String text);

    /** The version, from 1, increased by every save. */
    @NotNull
    long getVersion();

    /** Sets the version. */
    void setVersion(long version);


}
