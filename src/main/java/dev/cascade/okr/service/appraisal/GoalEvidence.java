package dev.cascade.okr.service.appraisal;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import dev.cascade.okr.core.appraisal.AchievementPolicy;
import dev.cascade.okr.core.appraisal.GoalAchievement;
import dev.cascade.okr.core.appraisal.KeyResultAchievement;
import dev.cascade.okr.core.model.IssueMeasure;
import dev.cascade.okr.core.model.KeyResult;
import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.Objective;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.port.TrackingStore;
import dev.cascade.okr.core.progress.Observation;
import dev.cascade.okr.core.tracking.CheckInLog;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a goal's key results measure now, as core's achievement derivation ({@link AchievementPolicy}): a measured key
 * result from its check-ins (the latest value by date), an issue-driven one from the issue counts its last recompute
 * stored. Check-in logs are read in one batch per call. The one place the appraisal reads evidence.
 */
@JiraComponent
public final class GoalEvidence {

    private final TrackingStore tracking;
    private final AchievementPolicy policy = new AchievementPolicy();

    /** Creates the reader. */
    @Inject
    public GoalEvidence(TrackingStore tracking) {
        this.tracking = tracking;
    }

    /** The goal's achievement from its key results' evidence now. */
    public GoalAchievement achievement(Objective goal) {
        return achievements(List.of(goal)).get(goal.id());
    }

    /** Each goal's achievement from its key results' evidence now, by goal id in the order given. */
    public Map<ObjectiveId, GoalAchievement> achievements(Collection<Objective> goals) {
        Set<KeyResultId> measured = new HashSet<>();
        for (Objective goal : goals) {
            for (KeyResult keyResult : goal.keyResults()) {
                if (!(keyResult.measure() instanceof IssueMeasure)) {
                    measured.add(keyResult.id());
                }
            }
        }
        Map<KeyResultId, CheckInLog> logs = measured.isEmpty() ? Map.of() : tracking.logs(measured);
        Map<ObjectiveId, GoalAchievement> achievements = new LinkedHashMap<>();
        for (Objective goal : goals) {
            List<KeyResultAchievement> lines = new ArrayList<>();
            for (KeyResult keyResult : goal.keyResults()) {
                lines.add(policy.keyResult(keyResult, observation(keyResult, logs)));
            }
            achievements.put(goal.id(), policy.goal(lines));
        }
        return achievements;
    }

    private static Observation observation(KeyResult keyResult, Map<KeyResultId, CheckInLog> logs) {
        if (keyResult.measure() instanceof IssueMeasure) {
            return keyResult.issueEvidence().map(Observation::issues).orElse(null);
        }
        CheckInLog log = logs.getOrDefault(keyResult.id(), CheckInLog.empty(keyResult.id()));
        return log.observationFor(keyResult.measure());
    }
}
