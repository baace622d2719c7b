package dev.cascade.okr.store.settings;

import dev.cascade.okr.store.kernel.CascadeAo;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * What the app records about one person beyond the rows that name them (table {@code AO_0C7A52_PERSON}): the version
 * of their list of direct managers ({@link ManagerAo} rows), so that replacing the list is an optimistic write, and
 * their role (岗位) with its own version. Created by the first change to the person's managers or role; a person
 * without a row has never had either set (versions 0). The row stays when the list or the role becomes empty, so a
 * version is never handed out twice.
 */
@Table("PERSON")
public interface PersonAo extends CascadeAo {

    /** The person's user key; one row per person, looked up by it. */
    @NotNull
    @Unique
    @Indexed
    @StringLength(255)
    String getPersonKey();

    /** Sets the person. */
    void setPersonKey(String userKey);

    /** The version of the person's list of managers, from 1, increased by every change to it. */
    @NotNull
    long getManagersVersion();

    /** Sets the version. */
    void setManagersVersion(long version);

    /** The person's role (岗位), at most 255 characters, or {@code null} when none is recorded. */
    @StringLength(255)
    String getRole();

    /** Sets the role. */
    void setRole(String role);

    /** The version of the person's role, 0 while never set, increased by every change to it. */
    @NotNull
    long getRoleVersion();

    /** Sets the role's version. */
    void setRoleVersion(long version);
}
