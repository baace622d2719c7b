package dev.cascade.okr.service.goal;

import dev.cascade.okr.core.access.AccessFacts;
import dev.cascade.okr.core.model.GoalCategory;
import dev.cascade.okr.core.model.GoalDetails;
import dev.cascade.okr.core.model.GoalSetPolicy;
import dev.cascade.okr.core.model.Objective;
import dev.cascade.okr.core.model.OrgUnit;
import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.port.GoalQueries;
import dev.cascade.okr.core.port.GoalQuery;
import dev.cascade.okr.core.port.GoalStore;
import dev.cascade.okr.core.port.Page;
import dev.cascade.okr.core.port.WorkCatalog;
import dev.cascade.okr.core.validation.FreeText;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.service.kernel.Inputs;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and checks the goal details of a {@link GoalInput} (category, responsible departments, support needed,
 * weight) for {@link GoalService}, and finds a goal's weighted set for core's {@link GoalSetPolicy}. Fields are named
 * as in the REST body: {@code category}, {@code departments[i].project}, {@code supportNeeded}, {@code weight}.
 */
final class GoalDetailsInput {

    /** The most responsible departments a goal may name. */
    static final int MAX_DEPARTMENTS = 20;
    private static final int MAX_KEY = 255;

    private GoalDetailsInput() {
    }

    /**
     * The details as submitted, checked for form (not yet whether the projects exist), or {@code null} when
     * {@code violations} got an entry.
     */
    static GoalDetails read(GoalInput input, List<Violation> violations) {
        int before = violations.size();
        GoalCategory category = null;
        if (input.category() != null) {
            category = GoalCategory.ofCode(input.category()).orElse(null);
            if (category == null) {
                violations.add(Violation.of(ViolationCode.CATEGORY_UNKNOWN, "category",
                        Inputs.shorten(input.category()), GoalCategory.allowedCodes()));
            }
        }
        List<OrgUnit> departments = new ArrayList<>();
        List<GoalInput.UnitInput> given = input.departments() == null ? List.of() : input.departments();
        if (given.size() > MAX_DEPARTMENTS) {
            violations.add(Violation.of(ViolationCode.DEPARTMENTS_TOO_MANY, "departments",
                    String.valueOf(MAX_DEPARTMENTS)));
        } else {
            for (int i = 0; i < given.size(); i++) {
                OrgUnit unit = unit(given.get(i), "departments[" + i + "]", violations);
                if (unit != null) {
                    departments.add(unit);
                }
            }
        }
        FreeText.check(input.supportNeeded(), FreeText.MAX_TEXT, true, "supportNeeded", violations);
        Weight weight = null;
        if (input.weightPercent() != null) {
            weight = Weight.ofPercentOrNull(input.weightPercent());
            if (weight == null) {
                violations.add(Violation.of(ViolationCode.WEIGHT_INVALID, "weight",
                        input.weightPercent().toPlainString()));
            }
        }
        if (violations.size() > before) {
            return null;
        }
        return new GoalDetails(category, departments, input.supportNeeded(), weight);
    }

    /**
     * The departments that name a project that does not exist or that the caller may not browse (one answer for
     * both, so that a hidden project does not show).
     */
    static List<Violation> unknownDepartments(GoalDetails details, AccessFacts facts, WorkCatalog catalog) {
        List<Violation> unknown = new ArrayList<>();
        for (int i = 0; i < details.departments().size(); i++) {
            if (details.departments().get(i) instanceof OrgUnit.Project project
                    && (!catalog.projectExists(project.key()) || !facts.canBrowseProject(project.key()))) {
                unknown.add(Violation.of(ViolationCode.PROJECT_UNKNOWN, "departments[" + i + "].project",
                        Inputs.shorten(project.key())));
            }
        }
        return unknown;
    }

    /**
     * Core's findings on the weighted set the goal would belong to: the other goals of its owner whose period
     * overlaps its own, read from the store page by page (a person has few goals a period).
     */
    static List<Violation> setFindings(Objective goal, GoalQueries goals) {
        if (goal.weight().isEmpty()) {
            return List.of();
        }
        List<Objective> others = new ArrayList<>();
        GoalQuery query = GoalQuery.all().withOwner(goal.owner().key())
                .withPeriodOverlapping(goal.period().start(), goal.period().end());
        int read = 0;
        while (true) {
            Page<GoalStore.StoredObjective> page = goals.find(query.withPage(read, GoalQuery.MAX_LIMIT));
            page.items().forEach(stored -> others.add(stored.objective()));
            read += page.items().size();
            if (page.items().isEmpty() || !page.hasMore()) {
                break;
            }
        }
        return new GoalSetPolicy().check(goal, others);
    }

    private static OrgUnit unit(GoalInput.UnitInput in, String field, List<Violation> violations) {
        String project = in == null ? null : blankToNull(in.project());
        String group = in == null ? null : blankToNull(in.group());
        if ((project == null) == (group == null)) {
            violations.add(Violation.of(ViolationCode.UNIT_REQUIRED, field));
            return null;
        }
        String text = project != null ? project : group;
        if (text.length() > MAX_KEY || text.chars().anyMatch(Character::isISOControl)) {
            violations.add(project != null
                    ? Violation.of(ViolationCode.PROJECT_UNKNOWN, field + ".project", Inputs.shorten(text))
                    : Violation.of(ViolationCode.VALUE_UNKNOWN, field + ".group", Inputs.shorten(text),
                            "cascade.value.allowed.group"));
            return null;
        }
        return project != null ? new OrgUnit.Project(project.trim()) : new OrgUnit.Group(group.trim());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

}
