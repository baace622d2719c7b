package dev.cascade.okr.core.plan;

import dev.cascade.okr.core.model.ObjectiveDraftPolicy;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.model.WorkLink;
import dev.cascade.okr.core.validation.Require;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;

/** The invariants initiatives and tasks share, checked in one place. */
final class PlanItems {

    /** A Jira issue or epic key such as {@code ABC-123}; bounded so that no key can be absurdly long. */

    private PlanItems() {
    }

    /** Throws for anything a valid item cannot have; returns the dependencies without duplicates. */
    static List<PlanItemId> checkCommon(PlanItemId id, String title, String description, UserRef owner,
            LocalDate start, LocalDate due, Resources resources, Raci raci, List<PlanItemId> dependencies,
            PlanItemStatus status, String jiraKey) {
        Require.present("id", id, "title", title, "owner", owner, "start", start, "due", due, "resources", resources,
                "raci", raci, "status", status);
        if (title.isBlank() || title.length() > ObjectiveDraftPolicy.MAX_TITLE) {
            throw new IllegalArgumentException("title must be 1 to " + ObjectiveDraftPolicy.MAX_TITLE
                    + " characters: " + title.length());
        }
        if (description != null && description.length() > ObjectiveDraftPolicy.MAX_DESCRIPTION) {
            throw new IllegalArgumentException("description too long: " + description.length());
        }
        if (due.isBefore(start)) {
            throw new IllegalArgumentException(id.ref() + " is due " + due + " before it starts " + start);
        }
        if (jiraKey != null && !WorkLink.ISSUE_KEY.matcher(jiraKey).matches()) {
            throw new IllegalArgumentException("not a Jira key: " + jiraKey);
        }
        List<PlanItemId> distinct = List.copyOf(new LinkedHashSet<>(dependencies));
        if (distinct.contains(id)) {
            throw new IllegalArgumentException(id.ref() + " depends on itself");
        }
        return distinct;
    }
}
