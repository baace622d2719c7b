package dev.cascade.okr.web.action;

import dev.cascade.okr.core.appraisal.Objection;
import dev.cascade.okr.core.model.GoalDetails;
import dev.cascade.okr.core.model.GoalType;
import dev.cascade.okr.core.model.IssueMeasure;
import dev.cascade.okr.core.model.Level;
import dev.cascade.okr.core.model.Lifecycle;
import dev.cascade.okr.core.model.Objective;
import dev.cascade.okr.core.model.OrgUnit;
import dev.cascade.okr.core.model.Visibility;
import dev.cascade.okr.core.port.GoalStore.StoredKeyResult;
import dev.cascade.okr.core.validation.WireCode;
import dev.cascade.okr.service.kernel.PeriodText;
import dev.cascade.okr.service.page.GoalActionsService.AdjustmentState;
import dev.cascade.okr.service.page.GoalActionsService.GoalActions;
import dev.cascade.okr.service.page.GoalActionsService.ReviewState;
import dev.cascade.okr.web.page.Formats;
import dev.cascade.okr.web.page.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The actions of a goal's page and what their dialogs show and send back: the goal's own fields as stored (so an edit
 * keeps what it does not change), its version and its key results' versions, the lifecycle steps it may take, the
 * quarters whose reviews can be written, the goals it may be aligned to. Every text is translated; values sent back
 * are written as the REST API reads them.
 */
public final class GoalActionsView {

    private final GoalActions actions;
    private final Formats formats;
    private final List<KeyResultActionView> keyResults;
    private final Function<String, String> displayNames;

    private GoalActionsView(GoalActions actions, Formats formats, List<KeyResultActionView> keyResults,
            Function<String, String> displayNames) {
        this.actions = actions;
        this.formats = formats;
        this.keyResults = List.copyOf(keyResults);
        this.displayNames = displayNames;
    }

    /** The actions of a goal the caller may see. */
    public static GoalActionsView of(GoalActions actions, Formats formats, Function<String, String> displayNames) {
        List<KeyResultActionView> keyResults = new ArrayList<>();
        for (StoredKeyResult keyResult : actions.goal().keyResults()) {
            AdjustmentState adjustment = actions.adjustments().get(keyResult.id());
            String pending = adjustment == null ? "" : adjustment.pending().map(p -> formats.i18n().text(
                    "cascade.page.actions.adjustment.pending", formats.number(p.oldTarget()),
                    formats.number(p.newTarget()), displayNames.apply(p.requestedBy().key()),
                    displayNames.apply(p.approver().key()), p.reason())).orElse("");
            keyResults.add(new KeyResultActionView(keyResult.id().value(), keyResult.version(),
                    keyResult.keyResult().title(), keyResult.keyResult().measure() instanceof IssueMeasure,
                    adjustment != null, adjustment == null ? 0 : adjustment.version(),
                    adjustment == null ? "" : formats.number(adjustment.currentTarget()),
                    adjustment == null ? "" : adjustment.currentTarget().stripTrailingZeros().toPlainString(),
                    pending));
        }
        return new GoalActionsView(actions, formats, keyResults, displayNames);
    }

    private Objective objective() {
        return actions.goal().objective();
    }

    /** The goal's id. */
    public long getGoalId() {
        return objective().id().value();
    }

    /** The goal's version, sent back with every change of its own fields. */
    public long getVersion() {
        return actions.goal().version();
    }

    /** The goal's title. */
    public String getTitle() {
        return objective().title();
    }

    /** Its description, or empty. */
    public String getDescription() {
        return objective().description() == null ? "" : objective().description();
    }

    /** Its owner's user key. */
    public String getOwnerKey() {
        return objective().owner().key();
    }

    /** Its owner as Jira names them. */
    public String getOwnerName() {
        return displayNames.apply(objective().owner().key());
    }

    /** Its period as written ({@code 2026-Q4}); empty for a custom period (then {@link #getPeriodStart()}…). */
    public String getPeriod() {
        return PeriodText.shortcut(objective().period()).orElse("");
    }

    /** A custom period's first day, {@code YYYY-MM-DD}. */
    public String getPeriodStart() {
        return objective().period().start().toString();
    }

    /** A custom period's last day, {@code YYYY-MM-DD}. */
    public String getPeriodEnd() {
        return objective().period().end().toString();
    }

    /** The project of its unit, or empty. */
    public String getProject() {
        return objective().unit() instanceof OrgUnit.Project project ? project.key() : "";
    }

    /** The group of its unit, or empty. */
    public String getGroup() {
        return objective().unit() instanceof OrgUnit.Group group ? group.name() : "";
    }

    /** Whether it rolls up its aligned children. */
    public boolean isRollsUpFromChildren() {
        return objective().rollsUpFromChildren();
    }

    /** The level choices, its own selected. */
    public List<Option> getLevels() {
        List<Option> options = new ArrayList<>();
        for (Level level : actions.levels().levels()) {
            options.add(new Option(level.key(), formats.level(actions.levels(), level.key()),
                    level.key().equals(objective().levelKey())));
        }
        return options;
    }

    /** The type choices, its own selected. */
    public List<Option> getTypes() {
        List<Option> options = new ArrayList<>();
        for (GoalType type : GoalType.values()) {
            options.add(new Option(WireCode.of(type), formats.i18n().text(type.messageKey()),
                    type == objective().type()));
        }
        return options;
    }

    /** The visibility choices, its own selected. */
    public List<Option> getVisibilities() {
        List<Option> options = new ArrayList<>();
        for (Visibility visibility : Visibility.values()) {
            options.add(new Option(WireCode.of(visibility), formats.i18n().text("cascade.page.dialog.goal.visibility."
                    + WireCode.of(visibility)), visibility == objective().visibility()));
        }
        return options;
    }

    /** The seed tables' fields it keeps through an edit, as the JSON the API reads. */
    public String getCategory() {
        GoalDetails details = objective().details();
        return details == null || details.category() == null ? "" : WireCode.of(details.category());
    }

    /** The support it needs, or empty. */
    public String getSupportNeeded() {
        GoalDetails details = objective().details();
        return details == null || details.supportNeeded() == null ? "" : details.supportNeeded();
    }

    /** Its weight in its owner's goals, as sent ({@code 30}), or empty. */
    public String getWeight() {
        GoalDetails details = objective().details();
        return details == null || details.weight() == null ? ""
                : details.weight().percent().stripTrailingZeros().toPlainString();
    }

    /** Its departments as the API's JSON list ({@code [{"project":"CASC"}]}). */
    public String getDepartmentsJson() {
        GoalDetails details = objective().details();
        List<String> units = new ArrayList<>();
        for (OrgUnit unit : details == null ? List.<OrgUnit>of() : details.departments()) {
            units.add(unit instanceof OrgUnit.Project project ? "{\"project\":" + quoted(project.key()) + "}"
                    : "{\"group\":" + quoted(((OrgUnit.Group) unit).name()) + "}");
        }
        return "[" + String.join(",", units) + "]";
    }

    /** The lifecycle steps it may take now. */
    public List<Option> getNextStates() {
        List<Option> options = new ArrayList<>();
        for (Lifecycle state : Lifecycle.values()) {
            if (objective().lifecycle().canMoveTo(state)) {
                options.add(new Option(WireCode.of(state), formats.i18n().text(state.messageKey()), options.isEmpty()));
            }
        }
        return options;
    }

    /** Whether it may take a lifecycle step now. */
    public boolean isMovable() {
        return !getNextStates().isEmpty();
    }

    /** Whether it has no key result yet. */
    public boolean isNoKeyResults() {
        return keyResults.isEmpty();
    }

    /** Its lifecycle state, translated. */
    public String getState() {
        return formats.i18n().text(objective().lifecycle().messageKey());
    }

    /** Its key results with what their dialogs need. */
    public List<KeyResultActionView> getKeyResults() {
        return keyResults;
    }

    /** The quarters of its period, with their review notes' version. */
    public List<Option> getReviewQuarters() {
        List<Option> options = new ArrayList<>();
        for (ReviewState review : actions.reviews()) {
            options.add(new Option(review.quarter(), formats.i18n().text("cascade.page.period.quarter",
                    review.quarter().substring(0, 4), review.quarter().substring(6)), false));
        }
        return options;
    }

    /** The review notes' version of a quarter ({@code 2026-Q4}); 0 before the first notes. */
    public long reviewVersion(String quarter) {
        return actions.reviews().stream().filter(r -> r.quarter().equals(quarter)).mapToLong(ReviewState::version)
                .findFirst().orElse(0);
    }

    /** Whether the caller may take part in its confirmation (owner or the owner's manager). */
    public boolean isConfirmable() {
        return actions.confirmationVersion().isPresent();
    }

    /** The confirmation's version. */
    public long getConfirmationVersion() {
        return actions.confirmationVersion().orElse(0L);
    }

    /** Its confirmation's objections still open, each with its index, who raised it and why. */
    public List<Option> getOpenObjections() {
        List<Option> open = new ArrayList<>();
        for (int i = 0; i < actions.objections().size(); i++) {
            Objection objection = actions.objections().get(i);
            if (objection.isOpen()) {
                open.add(new Option(Integer.toString(i), formats.i18n().text("cascade.page.actions.objection",
                        displayNames.apply(objection.raised().by().key()), objection.reason()), false));
            }
        }
        return open;
    }

    /** The goals it may be aligned to. */
    public List<Option> getParents() {
        return actions.parents().stream().map(parent -> new Option(Long.toString(parent.id().value()),
                parent.objective().title() + " (" + formats.level(actions.levels(), parent.objective().levelKey())
                        + ")", false)).toList();
    }

    /** A translated label of the actions ({@code cascade.page.actions.<name>}). */
    public String label(String name) {
        return formats.i18n().text("cascade.page.actions." + name);
    }

    private static String quoted(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }
}
