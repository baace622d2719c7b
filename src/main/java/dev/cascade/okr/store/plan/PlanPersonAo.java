package dev.cascade.okr.store.plan;

import dev.cascade.okr.store.kernel.CascadeAo;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One person an initiative or a task needs (table {@code AO_0C7A52_PLAN_PERSON}): a named person (person key set) or
 * a described role such as "2 engineers" (role set); rewritten with its item.
 */
@Table("PLAN_PERSON")
public interface PlanPersonAo extends CascadeAo, PlanPartAo {

    /** The user key of a named person, or {@code null} for a described role. */
    @Indexed
    @StringLength(255)
    String getPersonKey();

    /** Sets the person. */
    void setPersonKey(String personKey);

    /** A role described in words (at most 255 characters), or {@code null} for a named person. */
    @StringLength(255)
    String getResourceRole();

    /** Sets the role. */
    void setResourceRole(String resourceRole);
}
