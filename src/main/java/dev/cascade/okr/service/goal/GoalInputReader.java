package dev.cascade.okr.service.goal;

import dev.cascade.okr.core.access.AccessFacts;
import dev.cascade.okr.core.model.GoalDetails;
import dev.cascade.okr.core.model.GoalType;
import dev.cascade.okr.core.model.KeyResult;
import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.LevelScheme;
import dev.cascade.okr.core.model.Objective;
import dev.cascade.okr.core.model.ObjectiveDraftPolicy;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.OrgUnit;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.PeriodKind;
import dev.cascade.okr.core.model.Visibility;
import dev.cascade.okr.core.port.GoalStore.KeyResultFields;
import dev.cascade.okr.core.port.GoalStore.NewKeyResult;
import dev.cascade.okr.core.port.GoalStore.ObjectiveFields;
import dev.cascade.okr.core.port.WorkCatalog;
import dev.cascade.okr.core.validation.TitleRule;
import dev.cascade.okr.core.validation.Validated;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.service.kernel.Inputs;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.service.kernel.Outcome.Failure;
import dev.cascade.okr.service.kernel.PeriodText;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads an objective's own submitted fields (title, description, level, owner, period, unit, type, visibility) for
 * creating and updating a goal ({@link GoalService}): every text parsed once, here, each wrong field named with its
 * one error code.
 */
final class GoalInputReader {

    /** The longest user key, group name or project key a goal can hold. */
    static final int MAX_KEY = 255;

    private final WorkCatalog catalog;

    GoalInputReader(WorkCatalog catalog) {
        this.catalog = catalog;
    }

    /** The checked own fields of an objective; {@code null} entries when {@code violations} got an entry. */
    record Own(String title, String description, String levelKey, Period period, OrgUnit unit,
            GoalType type, Visibility visibility, boolean rollsUp, GoalDetails details) {
    }

    Own ownFields(GoalInput input, LevelScheme levels, List<Violation> violations) {
        TitleRule.check(input.title(), "title", violations);
        if (input.description() != null && input.description().length() > ObjectiveDraftPolicy.MAX_DESCRIPTION) {
            violations.add(Violation.of(ViolationCode.DESCRIPTION_TOO_LONG, "description",
                    String.valueOf(ObjectiveDraftPolicy.MAX_DESCRIPTION)));
        }
        String levelKey = blankToNull(input.level());
        if (levelKey == null) {
            violations.add(Violation.of(ViolationCode.LEVEL_REQUIRED, "level"));
        } else if (levels.level(levelKey).isEmpty()) {
            violations.add(Violation.of(ViolationCode.LEVEL_UNKNOWN, "level", levelKey));
        }
        if (input.ownerKey() != null && (input.ownerKey().length() > MAX_KEY
                || input.ownerKey().chars().anyMatch(Character::isISOControl))) {
            violations.add(Violation.of(ViolationCode.VALUE_UNKNOWN, "ownerKey", Inputs.shorten(input.ownerKey()),
                    Inputs.ALLOWED_USER_KEY));
        }
        Period period = period(input.period(), violations);
        OrgUnit unit = null;
        String project = blankToNull(input.projectKey());
        String group = blankToNull(input.groupName());
        if ((project == null) == (group == null)) {
            violations.add(Violation.of(ViolationCode.UNIT_REQUIRED, "unit"));
        } else if (group != null && (group.length() > MAX_KEY || group.chars().anyMatch(Character::isISOControl))) {
            violations.add(Violation.of(ViolationCode.VALUE_UNKNOWN, "unit.group", Inputs.shorten(group),
                    "cascade.value.allowed.group"));
        } else {
            unit = project != null ? new OrgUnit.Project(project.trim()) : new OrgUnit.Group(group.trim());
        }
        GoalType type = input.type() == null ? GoalType.RESULT : Inputs.enumOf(GoalType.class, input.type(), "type",
                violations);
        Visibility visibility = input.visibility() == null ? Visibility.MEMBERS
                : Inputs.enumOf(Visibility.class, input.visibility(), "visibility", violations);
        String title = input.title() == null ? null : input.title().trim();
        GoalDetails details = GoalDetailsInput.read(input, violations);
        return new Own(title, input.description(), levelKey, period, unit, type, visibility,
                Boolean.TRUE.equals(input.rollsUpFromChildren()), details);
    }

    /**
     * INVALID when the unit or a department names a place the caller may not use: a project unit must name an
     * existing project the caller may browse (a missing one reads like a hidden one), and departments as
     * {@link GoalDetailsInput#unknownDepartments} says.
     */
    <T> Optional<Outcome<T>> unknownPlaces(AccessFacts facts, Own own) {
        if (own.unit() instanceof OrgUnit.Project project
                && (!catalog.projectExists(project.key()) || !facts.canBrowseProject(project.key()))) {
            return Optional.of(Outcome.failure(Failure.INVALID,
                    Violation.of(ViolationCode.PROJECT_UNKNOWN, "unit.project", project.key())));
        }
        List<Violation> unknownDepartments = GoalDetailsInput.unknownDepartments(own.details(), facts, catalog);
        return unknownDepartments.isEmpty() ? Optional.empty()
                : Optional.of(Outcome.failure(Failure.INVALID, unknownDepartments));
    }

    private static Period period(GoalInput.PeriodInput input, List<Violation> violations) {
        if (input == null) {
            violations.add(Violation.of(ViolationCode.PERIOD_START_REQUIRED, "period.start"));
            return null;
        }
        PeriodKind kind = input.kind() == null ? null : Inputs.enumOf(PeriodKind.class, input.kind(), "period.kind",
                violations);
        if (input.kind() != null && kind == null) {
            return null;
        }
        if (kind == PeriodKind.CUSTOM || (kind == null && input.value() == null)) {
            return custom(input, violations);
        }
        Optional<Period> parsed = PeriodText.parse(input.value());
        if (parsed.isEmpty() || (kind != null && parsed.get().kind() != kind)) {
            violations.add(Violation.of(ViolationCode.PERIOD_INVALID, "period.value",
                    Inputs.shorten(String.valueOf(input.value()))));
            return null;
        }
        // A period as a response states it (value with its start and end) is accepted when they agree, so that a goal
        // read can be sent back as it is; start or end that disagree with the value are refused.
        if (input.start() != null && !input.start().equals(parsed.get().start().toString())) {
            violations.add(Violation.of(ViolationCode.PERIOD_INVALID, "period.start", Inputs.shorten(input.start())));
            return null;
        }
        if (input.end() != null && !input.end().equals(parsed.get().end().toString())) {
            violations.add(Violation.of(ViolationCode.PERIOD_INVALID, "period.end", Inputs.shorten(input.end())));
            return null;
        }
        return parsed.get();
    }

    /** A custom period from its start and end dates; a value beside them is refused. */
    private static Period custom(GoalInput.PeriodInput input, List<Violation> violations) {
        if (input.value() != null) {
            violations.add(Violation.of(ViolationCode.PERIOD_INVALID, "period.value",
                    Inputs.shorten(input.value())));
            return null;
        }
        int before = violations.size();
        LocalDate start = date(input.start(), "period.start", violations);
        LocalDate end = date(input.end(), "period.end", violations);
        if (violations.size() > before) {
            return null;
        }
        Validated<Period> custom = Period.custom(start, end, "period");
        if (!custom.isValid()) {
            violations.addAll(custom.errors());
            return null;
        }
        return custom.value();
    }

    private static LocalDate date(String text, String field, List<Violation> violations) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            violations.add(Violation.of(ViolationCode.DATE_INVALID, field, Inputs.shorten(text)));
            return null;
        }
    }

    /** The objective as it would be stored, with stand-in ids, for the whole-goal rules. */
    static Objective provisional(ObjectiveFields fields, List<NewKeyResult> keyResults) {
        List<KeyResult> list = new ArrayList<>();
        for (int i = 0; i < keyResults.size(); i++) {
            KeyResultFields k = keyResults.get(i).fields();
            list.add(new KeyResult(new KeyResultId(i + 1L), k.title(), k.weight(), k.measure(),
                    keyResults.get(i).measured().progress(), null));
        }
        return new Objective(new ObjectiveId(Long.MAX_VALUE), fields.title(), fields.description(), fields.owner(),
                fields.levelKey(), fields.period(), fields.unit(), fields.type(), fields.lifecycle(),
                fields.visibility(), fields.rollsUpFromChildren(), list, fields.details());
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
