package dev.cascade.okr.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import dev.cascade.okr.core.model.GoalType;
import dev.cascade.okr.core.model.IssueMeasure;
import dev.cascade.okr.core.model.KeyResult;
import dev.cascade.okr.core.model.KeyResultDraft;
import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.Objective;
import dev.cascade.okr.core.model.ObjectiveDraft;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.Lifecycle;
import dev.cascade.okr.core.model.OrgUnit;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.ProgressBasis;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.model.Visibility;
import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.model.WorkLink;
import dev.cascade.okr.core.port.GoalStore;
import dev.cascade.okr.core.progress.IssueCompletion;
import dev.cascade.okr.core.progress.NoDataReason;
import dev.cascade.okr.core.progress.Progress;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * The goal store on Active Objects. Every method runs in one transaction and maps entities to core objects before
 * returning; look-ups go by indexed columns in batches ({@code IN} lists of at most {@value #BATCH} values).
 */
@JiraComponent
public final class AoGoalStore implements GoalStore {

    static final int BATCH = 500;

    private final ActiveObjects ao;

    /** Creates the store over the host's Active Objects. */
    public AoGoalStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Objective create(ObjectiveDraft draft, Map<Integer, Measured> initialProgress, String createdBy,
            Instant at) {
        return ao.executeInTransaction(() -> {
            ObjectiveAo objective = ao.create(ObjectiveAo.class,
                    new DBParam("TITLE", draft.title()),
                    new DBParam("PROJECT_KEY", draft.projectKey()),
                    new DBParam("CREATED_BY", createdBy),
                    new DBParam("CREATED_AT", Date.from(at)));
            if (draft.description() != null) {
                objective.setDescription(draft.description());
                objective.save();
            }
            List<KeyResultAo> keyResults = new ArrayList<>();
            for (int i = 0; i < draft.keyResults().size(); i++) {
                KeyResultDraft keyResult = draft.keyResults().get(i);
                KeyResultAo row = ao.create(KeyResultAo.class,
                        new DBParam("OBJECTIVE_ID", objective.getID()),
                        new DBParam("POSITION", i),
                        new DBParam("TITLE", keyResult.title()),
                        new DBParam("EPIC_KEY", keyResult.epicKey()),
                        new DBParam("BASIS", keyResult.basisOrDefault().name()));
                Measured measured = initialProgress.get(i);
                writeProgress(row, measured == null
                        ? new Measured(Progress.noData(NoDataReason.NOT_COMPUTED), null) : measured, at);
                keyResults.add(row);
            }
            return toObjective(objective, keyResults);
        });
    }

    @Override
    public Optional<Objective> objective(ObjectiveId id) {
        return ao.executeInTransaction(() -> {
            ObjectiveAo row = ao.get(ObjectiveAo.class, id.value());
            if (row == null) {
                return Optional.<Objective>empty();
            }
            return Optional.of(toObjective(row, keyResultsOf(List.of(row.getID())).getOrDefault(row.getID(),
                    List.of())));
        });
    }

    @Override
    public List<Objective> objectivesOfProject(String projectKey) {
        return ao.executeInTransaction(() -> {
            ObjectiveAo[] rows = ao.find(ObjectiveAo.class,
                    Query.select().where("PROJECT_KEY = ?", projectKey).order("ID ASC"));
            Map<Long, List<KeyResultAo>> keyResults = keyResultsOf(
                    java.util.Arrays.stream(rows).map(ObjectiveAo::getID).toList());
            List<Objective> objectives = new ArrayList<>(rows.length);
            for (ObjectiveAo row : rows) {
                objectives.add(toObjective(row, keyResults.getOrDefault(row.getID(), List.of())));
            }
            return objectives;
        });
    }

    @Override
    public List<LinkedKeyResult> keyResultsLinkedTo(Set<String> epicKeys) {
        return ao.executeInTransaction(() -> {
            List<LinkedKeyResult> linked = new ArrayList<>();
            for (List<String> batch : batches(epicKeys)) {
                for (KeyResultAo row : ao.find(KeyResultAo.class,
                        Query.select().where("EPIC_KEY IN (" + placeholders(batch.size()) + ")", batch.toArray()))) {
                    linked.add(new LinkedKeyResult(new KeyResultId(row.getID()), row.getEpicKey()));
                }
            }
            return linked;
        });
    }

    @Override
    public void storeProgress(Map<KeyResultId, Measured> progress, Instant at) {
        ao.executeInTransaction(() -> {
            for (List<Long> batch : batches(progress.keySet().stream().map(KeyResultId::value).toList())) {
                for (KeyResultAo row : ao.find(KeyResultAo.class,
                        Query.select().where("ID IN (" + placeholders(batch.size()) + ")", batch.toArray()))) {
                    writeProgress(row, progress.get(new KeyResultId(row.getID())), at);
                }
            }
            return null;
        });
    }

    private Map<Long, List<KeyResultAo>> keyResultsOf(Collection<Long> objectiveIds) {
        Map<Long, List<KeyResultAo>> byObjective = new LinkedHashMap<>();
        for (List<Long> batch : batches(objectiveIds)) {
            for (KeyResultAo row : ao.find(KeyResultAo.class, Query.select()
                    .where("OBJECTIVE_ID IN (" + placeholders(batch.size()) + ")", batch.toArray())
                    .order("OBJECTIVE_ID ASC, POSITION ASC"))) {
                byObjective.computeIfAbsent(row.getObjectiveId(), id -> new ArrayList<>()).add(row);
            }
        }
        return byObjective;
    }

    private static void writeProgress(KeyResultAo row, Measured measured, Instant at) {
        Progress progress = measured.progress();
        row.setProgress(progress.hasData() ? progress.fraction() : null);
        row.setNoDataReason(progress.hasData() ? null : progress.reason().name());
        IssueCompletion evidence = measured.evidence();
        row.setIssuesTotal(evidence == null ? null : evidence.total());
        row.setIssuesDone(evidence == null ? null : evidence.done());
        row.setIssuesInProgress(evidence == null ? null : evidence.inProgress());
        row.setMeasuredAt(Date.from(at));
        row.save();
    }

    /**
     * Until the full goal model is stored (issue 4), a row stands for what the walking skeleton creates: an active
     * team goal of its project for the calendar year (UTC) it was created in, owned by its creator, seen by the
     * project's members, its key results weighted equally.
     */
    private static Objective toObjective(ObjectiveAo row, List<KeyResultAo> keyResults) {
        List<Weight> weights = Weight.equalShares(keyResults.size());
        List<KeyResult> mapped = new ArrayList<>();
        for (int i = 0; i < keyResults.size(); i++) {
            mapped.add(toKeyResult(keyResults.get(i), weights.get(i)));
        }
        int year = row.getCreatedAt().toInstant().atZone(ZoneOffset.UTC).getYear();
        return new Objective(new ObjectiveId(row.getID()), row.getTitle(), row.getDescription(),
                new UserRef(row.getCreatedBy()), "team", Period.year(year), new OrgUnit.Project(row.getProjectKey()),
                GoalType.RESULT, Lifecycle.ACTIVE, Visibility.MEMBERS, false, mapped);
    }

    private static KeyResult toKeyResult(KeyResultAo row, Weight weight) {
        Progress progress = row.getProgress() != null
                ? Progress.of(row.getProgress())
                : Progress.noData(row.getNoDataReason() == null
                        ? NoDataReason.NOT_COMPUTED : NoDataReason.valueOf(row.getNoDataReason()));
        IssueCompletion evidence = row.getIssuesTotal() == null ? null
                : new IssueCompletion(row.getIssuesTotal(), row.getIssuesDone(), row.getIssuesInProgress());
        return new KeyResult(new KeyResultId(row.getID()), row.getTitle(), weight,
                IssueMeasure.of(ProgressBasis.valueOf(row.getBasis()), List.of(new WorkLink.Epic(row.getEpicKey()))),
                progress, evidence);
    }

    private static <T> List<List<T>> batches(Collection<T> values) {
        List<T> all = new ArrayList<>(values);
        List<List<T>> batches = new ArrayList<>();
        for (int from = 0; from < all.size(); from += BATCH) {
            batches.add(all.subList(from, Math.min(all.size(), from + BATCH)));
        }
        return batches;
    }

    /** {@code ?, ?, ?}: placeholders only; values always travel as parameters. */
    private static String placeholders(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }
}
