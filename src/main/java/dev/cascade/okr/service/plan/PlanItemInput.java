package dev.cascade.okr.service.plan;

import java.math.BigDecimal;
import java.util.List;

/**
 * An initiative or a task of an action plan as a person submitted it, before any check: texts as typed, dates as
 * {@code YYYY-MM-DD}, enums in lower case with dashes, user keys as given. {@link ActionPlanService} turns it into the
 * core's draft and reports every field it cannot read.
 *
 * @param title the title
 * @param description optional
 * @param owner the owner's user key
 * @param start the first day
 * @param due the last day
 * @param resources optional budget, people and roles
 * @param raci the RACI roles; {@code null} means none
 * @param dependencies the items it waits for; {@code null} means none
 * @param risk optional
 * @param status {@code not-started}, {@code in-progress} or {@code done}; {@code null} means not started
 * @param jiraKey the epic of an initiative or the issue of a task, optional
 * @param percentComplete a task's whole per-cent done, 0 to 100; {@code null} means not stated (initiatives: none)
 * @param progressNote a task's progress note; {@code null} means none (initiatives: none)
 */
public record PlanItemInput(String title, String description, String owner, String start, String due,
        ResourcesInput resources, List<RaciInput> raci, List<ItemRef> dependencies, RiskInput risk, String status,
        String jiraKey, Integer percentComplete, String progressNote) {

    /** An item submitted without progress (every initiative; a task whose owner states none). */
    public PlanItemInput(String title, String description, String owner, String start, String due,
            ResourcesInput resources, List<RaciInput> raci, List<ItemRef> dependencies, RiskInput risk,
            String status, String jiraKey) {
        this(title, description, owner, start, due, resources, raci, dependencies, risk, status, jiraKey, null,
                null);
    }

    /**
     * Budget, people and roles.
     *
     * @param budget optional, with {@code currency}
     * @param currency ISO 4217
     * @param people user keys
     * @param roles the roles needed, as text
     */
    public record ResourcesInput(BigDecimal budget, String currency, List<String> people, List<String> roles) {
    }

    /**
     * One person's RACI role.
     *
     * @param person user key
     * @param role {@code responsible}, {@code accountable}, {@code consulted} or {@code informed}
     */
    public record RaciInput(String person, String role) {
    }

    /**
     * An item of the plan: exactly one of the two ids.
     *
     * @param initiative an initiative's id
     * @param task a task's id
     */
    public record ItemRef(Long initiative, Long task) {
    }

    /**
     * A risk and what to do if it happens.
     *
     * @param description the risk
     * @param contingency the plan B, optional
     * @param level {@code low}, {@code medium} or {@code high}
     */
    public record RiskInput(String description, String contingency, String level) {
    }
}
