package dev.cascade.okr.core.model;

import dev.cascade.okr.core.validation.Require;
import java.util.List;
import java.util.Optional;

/**
 * An objective (目标): what a company, department, team or person wants to achieve in a period, with its key results.
 *
 * <p>Invariants: every field but the description is present; key-result ids are distinct. Weights may be off 100% on
 * a draft; {@code WeightPolicy} refuses that from confirmation on.
 *
 * @param id the id
 * @param title the objective, e.g. "Customers onboard themselves"
 * @param description optional longer text, or {@code null}
 * @param owner the person answerable for it
 * @param levelKey the key of its {@link Level} in the configured {@link LevelScheme}
 * @param period the period it belongs to
 * @param unit the project or group it belongs to
 * @param type result, process or development
 * @param lifecycle draft, confirmed, active or closed
 * @param visibility who may see it
 * @param rollsUpFromChildren whether goals aligned to it count in its progress (see {@link RollupNetwork})
 * @param keyResults its key results, in order
 * @param details category, responsible departments, support needed and weight in the owner's set
 *     ({@link GoalDetails#NONE} when none are given)
 */
public record Objective(ObjectiveId id, String title, String description, UserRef owner, String levelKey,
        Period period, OrgUnit unit, GoalType type, Lifecycle lifecycle, Visibility visibility,
        boolean rollsUpFromChildren, List<KeyResult> keyResults, GoalDetails details) {

    /** Checks the invariants and copies the key results. */
    public Objective {
        Require.present("id", id, "title", title, "owner", owner, "levelKey", levelKey, "period", period, "unit", unit,
                "type", type, "lifecycle", lifecycle, "visibility", visibility, "details", details);
        keyResults = List.copyOf(keyResults);
        if (keyResults.stream().map(KeyResult::id).distinct().count() != keyResults.size()) {
            throw new IllegalArgumentException("key result listed twice in objective " + id);
        }
    }

    /**
     * Its weight among its owner's goals of the same period (the individual goal table's "weight"; a person's weights
     * sum to 100% from confirmation on, see {@code GoalSetPolicy}), or empty when it is outside any weighted set.
     * Its type in that set is {@link #type()}.
     */
    public Optional<Weight> weight() {
        return details.weightIfAny();
    }

    /** The same objective in another lifecycle state; everything else stays. */
    public Objective withLifecycle(Lifecycle state) {
        return new Objective(id, title, description, owner, levelKey, period, unit, type, state, visibility,
                rollsUpFromChildren, keyResults, details);
    }

    /** The same objective with other key results; everything else stays. */
    public Objective withKeyResults(List<KeyResult> others) {
        return new Objective(id, title, description, owner, levelKey, period, unit, type, lifecycle, visibility,
                rollsUpFromChildren, others, details);
    }

    /** The Jira project it belongs to, when its unit is a project. */
    public Optional<String> projectKey() {
        return unit instanceof OrgUnit.Project project ? Optional.of(project.key()) : Optional.empty();
    }
}
