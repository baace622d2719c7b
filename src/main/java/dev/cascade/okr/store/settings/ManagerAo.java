package dev.cascade.okr.store.settings;

import dev.cascade.okr.store.kernel.CascadeAo;
import dev.cascade.okr.store.kernel.PersonRowAo;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * That one person is managed directly by another (table {@code AO_0C7A52_MANAGER}); one row per pair, created and
 * deleted but never changed, so it has no version: the person's whole list is versioned in their {@link PersonAo}.
 */
@Table("MANAGER")
public interface ManagerAo extends CascadeAo, PersonRowAo {

    /** The user key of the manager; looked up to find a manager's reports. */
    @NotNull
    @Indexed
    @StringLength(255)
    String getManagerKey();

    /** Sets the manager. */
    void setManagerKey(String userKey);
}
