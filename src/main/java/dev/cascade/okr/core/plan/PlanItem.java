package dev.cascade.okr.core.plan;

import dev.cascade.okr.core.model.UserRef;
import java.time.LocalDate;
import java.util.List;

/**
 * What initiatives and tasks have in common: what, how, who, when, with what, who else, waiting for what, at what
 * risk, and how far along.
 *
 * <p>Invariants (checked by each implementation): a non-blank title, an owner, {@code start <= due} (both whole
 * days, inclusive), RACI roles, and dependencies that do not name the item itself.
 */
public sealed interface PlanItem permits Initiative, Task {

    /** The id. */
    PlanItemId id();

    /** What is done, at most 255 characters. */
    String title();

    /** How it is done, at most 4000 characters, or {@code null}. */
    String description();

    /** The person who drives it. */
    UserRef owner();

    /** The first day of the work. */
    LocalDate start();

    /** The last day by which the work is to be done (inclusive). */
    LocalDate due();

    /** The budget and people it needs; {@link Resources#NONE} when none are stated. */
    Resources resources();

    /** Who is responsible, accountable, consulted and informed. */
    Raci raci();

    /** The items this one waits for, without duplicates, in the order given. */
    List<PlanItemId> dependencies();

    /** The risk and its contingency, or {@code null} when none was assessed. */
    Risk risk();

    /** How far the work has got. */
    PlanItemStatus status();

    /** The Jira epic (for an initiative) or issue (for a task) that carries the work, or {@code null}. */
    String jiraKey();

    /** Whether the item is past its due day on {@code today} and not done; due today is not yet overdue. */
    default boolean isOverdueOn(LocalDate today) {
        return status() != PlanItemStatus.DONE && due().isBefore(today);
    }
}
