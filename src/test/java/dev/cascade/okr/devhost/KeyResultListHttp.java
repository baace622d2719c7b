package dev.cascade.okr.devhost;

import dev.cascade.okr.core.model.GoalType;
import dev.cascade.okr.core.model.Lifecycle;
import dev.cascade.okr.core.model.MilestoneMeasure;
import dev.cascade.okr.core.model.OrgUnit;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.Progress;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.model.Visibility;
import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.port.GoalStore;
import dev.cascade.okr.core.port.GoalStore.StoredObjective;
import java.util.ArrayList;
import java.util.List;

/** Goals stored directly for the key-result read and list tests: any project, level, state and number of KRs. */
final class KeyResultListHttp {

    /** A period no seeded goal uses, so that {@code period=2031} lists only a test's own goals. */
    static final Period PERIOD = Period.year(2031);

    private KeyResultListHttp() {
    }

    /** Stores a goal of {@link #PERIOD} with {@code keyResults} milestone key results named "title #n". */
    static StoredObjective store(DevHostFixture host, String title, String project, String level, String owner,
            Visibility visibility, Lifecycle lifecycle, int keyResults) {
        GoalStore.ObjectiveFields fields = new GoalStore.ObjectiveFields(title, null, new UserRef(owner), level,
                PERIOD, new OrgUnit.Project(project), GoalType.RESULT, lifecycle, visibility, false);
        List<GoalStore.NewKeyResult> rows = new ArrayList<>();
        for (int i = 0; i < keyResults; i++) {
            rows.add(new GoalStore.NewKeyResult(new GoalStore.KeyResultFields(title + " #" + i,
                    Weight.ofPercent(i == 0 ? 100 - 10 * (keyResults - 1) : 10), new MilestoneMeasure("Done"), null),
                    new GoalStore.Measured(Progress.of(0.5), null)));
        }
        return KeyResultsHttp.goals(host).insert(new GoalStore.NewObjective(fields, rows), owner,
                KeyResultsHttp.NOW);
    }
}
