package dev.cascade.okr.core.model;

/** Who may see a goal. */
public enum Visibility {
    /** Everyone with access to the product. */
    EVERYONE,
    /** Members of the goal's project or group. */
    MEMBERS,
    /** The owner, the owner's managers and app administrators. */
    PRIVATE
}
