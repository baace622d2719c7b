package dev.cascade.okr.core.plan;

import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.UserRef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A small action plan for the first quarter of 2025 and a builder of drafts that are valid unless a test changes
 * them.
 *
 * <pre>
 * I1 "Launch campaign"     01-06..03-28   tasks T1 "Write copy" 01-06..01-31, T2 "Book ads" 02-03..02-28 (waits T1)
 * I2 "Build landing page"  01-13..02-28   task  T3 "Design page" 01-13..02-14
 * </pre>
 */
final class PlanFixture {

    static final ObjectiveId OBJECTIVE = new ObjectiveId(1);
    static final Period Q1 = Period.quarter(2025, 1);
    static final UserRef ANN = new UserRef("ann");
    static final UserRef BOB = new UserRef("bob");
    static final UserRef CAT = new UserRef("cat");
    static final UserRef DAN = new UserRef("dan");
    static final InitiativeId I1 = new InitiativeId(1);
    static final InitiativeId I2 = new InitiativeId(2);
    static final TaskId T1 = new TaskId(1);
    static final TaskId T2 = new TaskId(2);
    static final TaskId T3 = new TaskId(3);
    static final Raci ANN_DOES_BOB_APPROVES = new Raci(List.of(new RaciAssignment(ANN, RaciRole.RESPONSIBLE),
            new RaciAssignment(BOB, RaciRole.ACCOUNTABLE)));

    private PlanFixture() {
    }

    static LocalDate day(String monthDay) {
        return LocalDate.parse("2025-" + monthDay);
    }

    static Initiative initiative(InitiativeId id, String title, String start, String due, PlanItemId... waitsFor) {
        return initiative(id, title, start, due, PlanItemStatus.NOT_STARTED, waitsFor);
    }

    static Initiative initiative(InitiativeId id, String title, String start, String due, PlanItemStatus status,
            PlanItemId... waitsFor) {
        return new Initiative(id, OBJECTIVE, title, null, ANN, day(start), day(due), Resources.NONE,
                ANN_DOES_BOB_APPROVES, List.of(waitsFor), null, status, null);
    }

    static Task task(TaskId id, InitiativeId of, String title, String start, String due, PlanItemId... waitsFor) {
        return task(id, of, title, start, due, PlanItemStatus.NOT_STARTED, waitsFor);
    }

    static Task task(TaskId id, InitiativeId of, String title, String start, String due, PlanItemStatus status,
            PlanItemId... waitsFor) {
        return new Task(id, of, title, null, ANN, day(start), day(due), Resources.NONE, ANN_DOES_BOB_APPROVES,
                List.of(waitsFor), null, status, null);
    }

    /** The plan drawn in the class comment. */
    static ActionPlan campaign() {
        return new ActionPlan(OBJECTIVE,
                List.of(initiative(I1, "Launch campaign", "01-06", "03-28"),
                        initiative(I2, "Build landing page", "01-13", "02-28")),
                List.of(task(T1, I1, "Write copy", "01-06", "01-31"),
                        task(T2, I1, "Book ads", "02-03", "02-28", T1),
                        task(T3, I2, "Design page", "01-13", "02-14")));
    }

    /** A draft of an initiative or a task, valid for {@link #campaign()} until changed. */
    static final class Draft {
        InitiativeId initiative = I1;
        String title = "Run a webinar";
        String description = "Two sessions, recorded";
        UserRef owner = ANN;
        LocalDate start = day("02-03");
        LocalDate due = day("02-21");
        ResourcesDraft resources = null;
        List<RaciAssignmentDraft> raci = new ArrayList<>(List.of(
                new RaciAssignmentDraft(ANN, RaciRole.RESPONSIBLE), new RaciAssignmentDraft(BOB,
                        RaciRole.ACCOUNTABLE)));
        List<PlanItemId> dependencies = new ArrayList<>();
        RiskDraft risk = null;
        PlanItemStatus status = null;
        String jiraKey = null;

        Draft initiative(InitiativeId value) {
            initiative = value;
            return this;
        }

        Draft title(String value) {
            title = value;
            return this;
        }

        Draft description(String value) {
            description = value;
            return this;
        }

        Draft owner(UserRef value) {
            owner = value;
            return this;
        }

        Draft start(String monthDay) {
            start = monthDay == null ? null : LocalDate.parse(monthDay.length() == 5 ? "2025-" + monthDay : monthDay);
            return this;
        }

        Draft due(String monthDay) {
            due = monthDay == null ? null : LocalDate.parse(monthDay.length() == 5 ? "2025-" + monthDay : monthDay);
            return this;
        }

        Draft budget(String amount, String currency) {
            resources = new ResourcesDraft(amount == null ? null : new BigDecimal(amount), currency, List.of(),
                    List.of());
            return this;
        }

        Draft people(UserRef... people) {
            resources = new ResourcesDraft(null, null, Arrays.asList(people), List.of());
            return this;
        }

        Draft roles(String... roles) {
            resources = new ResourcesDraft(null, null, List.of(), Arrays.asList(roles));
            return this;
        }

        /** Replaces the RACI roles by pairs of person and role; either may be {@code null}. */
        Draft raci(Object... personRolePairs) {
            raci = new ArrayList<>();
            for (int i = 0; i < personRolePairs.length; i += 2) {
                raci.add(new RaciAssignmentDraft((UserRef) personRolePairs[i], (RaciRole) personRolePairs[i + 1]));
            }
            return this;
        }

        Draft nullRaciEntry() {
            raci.add(null);
            return this;
        }

        Draft waitsFor(PlanItemId... ids) {
            dependencies = Arrays.asList(ids);
            return this;
        }

        Draft risk(String what, String contingency, RiskLevel level) {
            risk = new RiskDraft(what, contingency, level);
            return this;
        }

        Draft status(PlanItemStatus value) {
            status = value;
            return this;
        }

        Draft jiraKey(String value) {
            jiraKey = value;
            return this;
        }

        InitiativeDraft asInitiative() {
            return new InitiativeDraft(title, description, owner, start, due, resources, raci, dependencies, risk,
                    status, jiraKey);
        }

        TaskDraft asTask() {
            return new TaskDraft(initiative, title, description, owner, start, due, resources, raci, dependencies,
                    risk, status, jiraKey);
        }
    }
}
