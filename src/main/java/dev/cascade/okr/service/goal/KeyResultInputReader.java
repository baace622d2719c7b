package dev.cascade.okr.service.goal;

import dev.cascade.okr.core.model.CheckInValues;
import dev.cascade.okr.core.model.Direction;
import dev.cascade.okr.core.model.IssueMeasure;
import dev.cascade.okr.core.model.KeyResult;
import dev.cascade.okr.core.model.Measure;
import dev.cascade.okr.core.model.NoDataReason;
import dev.cascade.okr.core.model.ObjectiveDraftPolicy;
import dev.cascade.okr.core.model.Progress;
import dev.cascade.okr.core.model.ProgressBasis;
import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.model.WorkLink;
import dev.cascade.okr.core.port.GoalStore.KeyResultFields;
import dev.cascade.okr.core.port.GoalStore.Measured;
import dev.cascade.okr.core.port.GoalStore.NewKeyResult;
import dev.cascade.okr.core.port.SettingsStore;
import dev.cascade.okr.core.port.WorkCatalog;
import dev.cascade.okr.core.progress.MeasureDraft;
import dev.cascade.okr.core.progress.MeasurePolicy;
import dev.cascade.okr.core.validation.TitleRule;
import dev.cascade.okr.core.validation.Validated;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.service.kernel.Inputs;
import dev.cascade.okr.service.kernel.SiteSettings;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads submitted key results, measures and links into what the goal store takes, the one reader for creating a goal
 * with key results ({@link GoalService#create}) and for adding or changing one ({@link KeyResultService}). Links are
 * checked as the person linking ({@link WorkCatalog#linkableBy}).
 */
final class KeyResultInputReader {

    private final WorkCatalog catalog;
    private final SettingsStore settings;

    KeyResultInputReader(WorkCatalog catalog, SettingsStore settings) {
        this.catalog = catalog;
        this.settings = settings;
    }

    /** The submitted key results of a new goal, at {@code keyResults[i].}; none for none. */
    List<NewKeyResult> keyResults(List<GoalInput.KeyResultInput> inputs, List<Violation> violations,
            String userKey) {
        List<NewKeyResult> keyResults = new ArrayList<>();
        if (inputs == null) {
            return keyResults;
        }
        if (inputs.size() > ObjectiveDraftPolicy.MAX_KEY_RESULTS) {
            violations.add(Violation.of(ViolationCode.KEY_RESULTS_TOO_MANY, "keyResults",
                    String.valueOf(ObjectiveDraftPolicy.MAX_KEY_RESULTS)));
            return keyResults;
        }
        for (int i = 0; i < inputs.size(); i++) {
            NewKeyResult keyResult = keyResult(inputs.get(i), "keyResults[" + i + "].", violations, userKey,
                    List.of());
            if (keyResult != null) {
                keyResults.add(keyResult);
            }
        }
        return keyResults;
    }

    /**
     * One submitted key result as it would be stored, or {@code null} when {@code violations} got an entry; fields are
     * named {@code prefix + "title"}, {@code prefix + "measure.links[0]"} and so on.
     */
    NewKeyResult keyResult(GoalInput.KeyResultInput input, String prefix, List<Violation> violations,
            String userKey, List<WorkLink> already) {
        if (input == null) {
            violations.add(Violation.of(ViolationCode.TITLE_REQUIRED, prefix + "title"));
            return null;
        }
        int before = violations.size();
        TitleRule.check(input.title(), prefix + "title", violations);
        Weight weight = Weight.ofPercentOrNull(input.weightPercent());
        if (weight == null) {
            violations.add(Violation.of(ViolationCode.WEIGHT_INVALID, prefix + "weight",
                    String.valueOf(input.weightPercent())));
        }
        int beforeMeasure = violations.size();
        MeasureDraft draft = measureDraft(input.measure(), prefix + "measure", violations);
        if (violations.size() > beforeMeasure) {
            return null;
        }
        // A key result that sets no weights of its own takes the site-wide default (issue 14).
        Validated<Measure> measure = new MeasurePolicy(ProgressBasis.ISSUE_COUNT_DONE,
                SiteSettings.statusWeights(settings).value()).validate(draft, prefix + "measure");
        violations.addAll(measure.errors());
        if (measure.isValid()) {
            violations.addAll(unlinkable(userKey, measure.value(), already, prefix + "measure.links"));
        }
        if (violations.size() > before || input.title() == null || input.title().isBlank()) {
            return null;
        }
        return new NewKeyResult(new KeyResultFields(input.title().trim(), weight, measure.value(), null),
                new Measured(Progress.noData(NoDataReason.NOT_COMPUTED), null));
    }

    /** The core draft of a submitted measure; {@code null} entries for enum texts that are no value (reported). */
    private static MeasureDraft measureDraft(GoalInput.MeasureInput in, String field, List<Violation> violations) {
        if (in == null) {
            return null;
        }
        Measure.Kind kind = in.kind() == null ? null : Inputs.enumOf(Measure.Kind.class, in.kind(), field + ".kind",
                violations);
        Direction direction = in.direction() == null ? null
                : Inputs.enumOf(Direction.class, in.direction(), field + ".direction", violations);
        ProgressBasis basis = in.basis() == null ? null
                : Inputs.enumOf(ProgressBasis.class, in.basis(), field + ".basis", violations);
        MeasureDraft.Tiers tiers = in.floor() == null && in.target() == null && in.stretch() == null ? null
                : new MeasureDraft.Tiers(in.floor(), in.target(), in.stretch());
        MeasureDraft.Weights weights = in.toDo() == null && in.inProgress() == null && in.done() == null ? null
                : new MeasureDraft.Weights(in.toDo(), in.inProgress(), in.done());
        List<WorkLink> links = in.links() == null ? null : links(in.links(), field + ".links", violations);
        CheckInValues checkInValues = in.checkInValues() == null ? null
                : Inputs.enumOf(CheckInValues.class, in.checkInValues(), field + ".checkInValues", violations);
        return new MeasureDraft(kind, direction, in.start(), tiers, in.unit(), in.low(), in.high(), in.description(),
                basis, weights, in.numericFieldId(), links, checkInValues);
    }

    /** Links as core values; an entry that names not exactly one of epic, issue, jql is reported. */
    static List<WorkLink> links(List<GoalInput.LinkInput> inputs, String field, List<Violation> violations) {
        List<WorkLink> links = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            links.add(link(inputs.get(i), field + "[" + i + "]", violations));
        }
        return links;
    }

    /**
     * The work link of one submitted link, or {@code null} (reported as {@code link.required} at {@code field}) when
     * it is missing or names not exactly one of epic, issue and jql.
     */
    static WorkLink link(GoalInput.LinkInput in, String field, List<Violation> violations) {
        int given = in == null ? 0 : (in.epic() != null ? 1 : 0) + (in.issue() != null ? 1 : 0)
                + (in.jql() != null ? 1 : 0);
        if (given != 1) {
            violations.add(Violation.of(ViolationCode.LINK_REQUIRED, field));
            return null;
        }
        if (in.epic() != null) {
            return new WorkLink.Epic(in.epic());
        }
        return in.issue() != null ? new WorkLink.Issue(in.issue()) : new WorkLink.Jql(in.jql());
    }

    /** The links of an issue measure the person may not link ({@link #unlinkable(String, List, List, String)}). */
    private List<Violation> unlinkable(String userKey, Measure measure, List<WorkLink> already, String field) {
        return measure instanceof IssueMeasure issues ? unlinkable(userKey, issues.links(), already, field)
                : List.of();
    }

    /**
     * Links, already well-formed, that the person linking may not link, checked as that person
     * ({@link WorkCatalog#linkableBy}): an epic or issue that does not exist or that they may not browse is the same
     * {@code epic.unknown}; a JQL query that does not parse or validate for them is {@code link.jql-invalid}, one
     * that covers issues they may not browse {@code link.jql-hidden-issues}. Links the key result already has were
     * checked when they were added, by whoever added them, and are not asked again.
     */
    List<Violation> unlinkable(String userKey, List<WorkLink> links, List<WorkLink> already, String field) {
        List<Violation> refused = new ArrayList<>();
        for (int i = 0; i < links.size(); i++) {
            WorkLink link = links.get(i);
            if (already.contains(link)) {
                continue;
            }
            String entry = field + "[" + i + "]";
            switch (catalog.linkableBy(userKey, link)) {
                case UNKNOWN -> refused.add(Violation.of(ViolationCode.EPIC_UNKNOWN, entry, link.text()));
                case JQL_INVALID -> refused.add(Violation.of(ViolationCode.LINK_JQL_INVALID, entry));
                case JQL_HIDDEN_ISSUES -> refused.add(Violation.of(ViolationCode.LINK_JQL_HIDDEN_ISSUES, entry));
                case YES -> {
                }
            }
        }
        return refused;
    }

    /** The links a key result has now, which a change may keep without asking again. */
    static List<WorkLink> linksOf(KeyResult keyResult) {
        return keyResult.measure() instanceof IssueMeasure issues ? issues.links() : List.of();
    }
}
