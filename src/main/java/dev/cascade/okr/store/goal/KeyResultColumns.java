package dev.cascade.okr.store.goal;

import static dev.cascade.okr.store.goal.KeyResultColumns.checkLinks;
import static dev.cascade.okr.store.goal.KeyResultColumns.toMeasure;

import dev.cascade.okr.core.model.BandMeasure;
import dev.cascade.okr.core.model.CheckInValues;
import dev.cascade.okr.core.model.Direction;
import dev.cascade.okr.core.model.IssueCompletion;
import dev.cascade.okr.core.model.IssueCompletion.Tally;
import dev.cascade.okr.core.model.IssueMeasure;
import dev.cascade.okr.core.model.KeyResult;
import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.Measure;
import dev.cascade.okr.core.model.MetricMeasure;
import dev.cascade.okr.core.model.MilestoneMeasure;
import dev.cascade.okr.core.model.NoDataReason;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.Progress;
import dev.cascade.okr.core.model.ProgressBasis;
import dev.cascade.okr.core.model.StatusCategory;
import dev.cascade.okr.core.model.StatusWeights;
import dev.cascade.okr.core.model.TargetTiers;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.model.WorkLink;
import dev.cascade.okr.core.port.GoalStore;
import dev.cascade.okr.core.port.GoalStore.Measured;
import dev.cascade.okr.core.port.GoalStore.NewKeyResult;
import dev.cascade.okr.core.port.GoalStore.StoredKeyResult;
import dev.cascade.okr.core.progress.ManualOverride;
import dev.cascade.okr.core.progress.OverrideClearing;
import dev.cascade.okr.core.progress.Zone;
import dev.cascade.okr.store.kernel.Columns;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * How a key result's fields, measure, override and measured progress sit in its {@link KeyResultAo} row and its links
 * in {@link WorkLinkAo} rows, both ways: the goal room stores' one mapping.
 */
final class KeyResultColumns {

    private KeyResultColumns() {
    }

    /** Writes every measure column: the measure's own, and {@code null} in the others. */
    static void writeMeasure(KeyResultAo row, Measure measure) {
        row.setMeasureKind(measure.kind().name());
        MetricMeasure metric = measure instanceof MetricMeasure m ? m : null;
        BandMeasure band = measure instanceof BandMeasure b ? b : null;
        MilestoneMeasure milestone = measure instanceof MilestoneMeasure m ? m : null;
        IssueMeasure issues = measure instanceof IssueMeasure i ? i : null;
        TargetTiers tiers = metric != null ? metric.tiers() : issues != null ? issues.tiers() : null;
        row.setDirection(metric == null ? null : metric.direction().name());
        row.setStartValue(metric == null ? null : Columns.decimal(metric.start()));
        row.setFloorValue(tiers == null ? null : Columns.decimal(tiers.floor()));
        row.setTargetValue(tiers == null ? null : Columns.decimal(tiers.target()));
        row.setStretchValue(tiers == null ? null : Columns.decimal(tiers.stretch()));
        row.setUnitLabel(metric != null ? metric.unit() : band != null ? band.unit() : null);
        row.setBandLow(band == null ? null : Columns.decimal(band.low()));
        row.setBandHigh(band == null ? null : Columns.decimal(band.high()));
        row.setMilestoneText(milestone == null ? null : milestone.description());
        row.setBasis(issues == null ? null : issues.basis().name());
        row.setWeightToDo(issues == null ? null : issues.statusWeights().toDo());
        row.setWeightInProgress(issues == null ? null : issues.statusWeights().inProgress());
        row.setWeightDone(issues == null ? null : issues.statusWeights().done());
        row.setOwnWeights(issues == null ? null : issues.ownWeights());
        row.setNumericFieldId(issues == null ? null : issues.numericFieldId());
        row.setCheckInValues(metric == null ? null : metric.checkInValues().name());
    }

    static void writeOverride(KeyResultAo row, ManualOverride override) {
        row.setOverrideFraction(override == null ? null : Columns.decimal(override.fraction()));
        row.setOverrideReason(override == null ? null : override.reason());
        row.setOverrideBy(override == null ? null : override.author().key());
        row.setOverrideAt(override == null ? null : Date.from(override.at()));
    }

    static void writeProgress(KeyResultAo row, Measured measured, Instant at) {
        Progress progress = measured.progress();
        row.setProgress(progress.hasData() ? progress.fraction() : null);
        row.setNoDataReason(progress.hasData() ? null : progress.reason().name());
        IssueCompletion evidence = measured.evidence();
        row.setIssuesTotal(evidence == null ? null : evidence.total());
        row.setIssuesDone(evidence == null ? null : evidence.done());
        row.setIssuesInProgress(evidence == null ? null : evidence.inProgress());
        writeTallies(evidence, Tally::storyPoints,
                row::setStoryPointsToDo, row::setStoryPointsInProgress, row::setStoryPointsDone);
        writeTallies(evidence, Tally::unestimated,
                row::setUnestimatedToDo, row::setUnestimatedInProgress, row::setUnestimatedDone);
        writeTallies(evidence, Tally::fieldSum,
                row::setFieldSumToDo, row::setFieldSumInProgress, row::setFieldSumDone);
        writeTallies(evidence, Tally::withoutFieldValue,
                row::setNoFieldValueToDo, row::setNoFieldValueInProgress, row::setNoFieldValueDone);
        row.setZone(measured.zone().name());
        row.setMeasuredAt(Date.from(at));
    }

    /**
     * Writes one figure of the evidence's tallies into the columns of the three status categories, each {@code null}
     * without evidence or without a tally of that category.
     */
    private static <V> void writeTallies(IssueCompletion evidence, Function<Tally, V> figure, Consumer<V> toDo,
            Consumer<V> inProgress, Consumer<V> done) {
        toDo.accept(tallyFigure(evidence, StatusCategory.TO_DO, figure));
        inProgress.accept(tallyFigure(evidence, StatusCategory.IN_PROGRESS, figure));
        done.accept(tallyFigure(evidence, StatusCategory.DONE, figure));
    }

    private static <V> V tallyFigure(IssueCompletion evidence, StatusCategory category, Function<Tally, V> figure) {
        Tally tally = evidence == null ? null : evidence.tally(category);
        return tally == null ? null : figure.apply(tally);
    }

    /** Refuses what the columns cannot hold, before anything is written. */
    static void checkStorable(NewKeyResult keyResult) {
        if (keyResult.measured().progress().hasData() && keyResult.measured().progress().isManual()) {
            throw new IllegalArgumentException("a computed progress is never manual; store a manual progress as the"
                    + " key result's override: " + keyResult.fields().title());
        }
        checkLinks(keyResult.fields().measure());
    }

    static void checkLinks(Measure measure) {
        if (measure instanceof IssueMeasure issues) {
            issues.links().forEach(KeyResultColumns::checkLink);
        }
    }

    static void checkLink(WorkLink link) {
        if (!(link instanceof WorkLink.Jql) && link.text().length() > GoalStore.MAX_ISSUE_KEY) {
            throw new IllegalArgumentException("issue keys longer than " + GoalStore.MAX_ISSUE_KEY
                    + " characters cannot be stored: " + link.text().substring(0, 40) + "...");
        }
    }

    static StoredKeyResult toStoredKeyResult(KeyResultAo row, List<WorkLinkAo> links) {
        Progress computed = row.getProgress() != null
                ? Progress.of(row.getProgress())
                : Progress.noData(row.getNoDataReason() == null
                        ? NoDataReason.NOT_COMPUTED : NoDataReason.valueOf(row.getNoDataReason()));
        ManualOverride override = row.getOverrideFraction() == null ? null
                : new ManualOverride(Columns.decimal(row.getOverrideFraction()), row.getOverrideReason(),
                        new UserRef(row.getOverrideBy()), row.getOverrideAt().toInstant());
        KeyResult keyResult = new KeyResult(new KeyResultId(row.getID()), row.getTitle(),
                new Weight(row.getWeightBp()), toMeasure(row, links),
                override == null ? computed : override.progress(), toEvidence(row));
        OverrideClearing cleared = row.getClearedAt() == null ? null
                : new OverrideClearing(new UserRef(row.getClearedBy()), row.getClearedAt().toInstant(),
                        row.getClearedReason());
        return new StoredKeyResult(new ObjectiveId(row.getObjectiveId()), keyResult, row.getVersion(), computed,
                override, row.getMeasuredAt() == null ? null : row.getMeasuredAt().toInstant(),
                row.getZone() == null ? Zone.ofSingleTarget(computed) : Zone.valueOf(row.getZone()), cleared);
    }

    static Measure toMeasure(KeyResultAo row, List<WorkLinkAo> links) {
        return switch (Measure.Kind.valueOf(row.getMeasureKind())) {
            case METRIC -> new MetricMeasure(Direction.valueOf(row.getDirection()),
                    Columns.decimal(row.getStartValue()), tiers(row), row.getUnitLabel(),
                    row.getCheckInValues() == null ? CheckInValues.CUMULATIVE
                            : CheckInValues.valueOf(row.getCheckInValues()));
            case BAND -> new BandMeasure(Columns.decimal(row.getBandLow()), Columns.decimal(row.getBandHigh()),
                    row.getUnitLabel());
            case MILESTONE -> new MilestoneMeasure(row.getMilestoneText());
            case ISSUES -> new IssueMeasure(ProgressBasis.valueOf(row.getBasis()),
                    row.getWeightDone() == null ? StatusWeights.defaults()
                            : new StatusWeights(row.getWeightToDo(), row.getWeightInProgress(), row.getWeightDone()),
                    row.getNumericFieldId(), row.getTargetValue() == null ? null : tiers(row),
                    links.stream().map(KeyResultColumns::toLink).toList(),
                    !Boolean.FALSE.equals(row.getOwnWeights()));
        };
    }

    static TargetTiers tiers(KeyResultAo row) {
        return new TargetTiers(Columns.decimal(row.getFloorValue()), Columns.decimal(row.getTargetValue()),
                Columns.decimal(row.getStretchValue()));
    }

    static WorkLink toLink(WorkLinkAo row) {
        return switch (WorkLink.Kind.valueOf(row.getLinkKind())) {
            case EPIC -> new WorkLink.Epic(row.getIssueKey());
            case ISSUE -> new WorkLink.Issue(row.getIssueKey());
            case JQL -> new WorkLink.Jql(row.getJql() == null ? "" : row.getJql());
        };
    }

    /** The evidence; rows written before the tallies were stored hold counts only. */
    static IssueCompletion toEvidence(KeyResultAo row) {
        if (row.getIssuesTotal() == null) {
            return null;
        }
        int total = row.getIssuesTotal();
        int done = row.getIssuesDone();
        int inProgress = row.getIssuesInProgress();
        if (row.getStoryPointsDone() == null) {
            return new IssueCompletion(total, done, inProgress);
        }
        return IssueCompletion.of(
                new Tally(total - done - inProgress, row.getStoryPointsToDo(), row.getUnestimatedToDo(),
                        row.getFieldSumToDo(), row.getNoFieldValueToDo()),
                new Tally(inProgress, row.getStoryPointsInProgress(), row.getUnestimatedInProgress(),
                        row.getFieldSumInProgress(), row.getNoFieldValueInProgress()),
                new Tally(done, row.getStoryPointsDone(), row.getUnestimatedDone(), row.getFieldSumDone(),
                        row.getNoFieldValueDone()));
    }
}
