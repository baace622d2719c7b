package dev.cascade.okr.store.goal;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import dev.cascade.okr.core.model.Alignment;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.port.AlignmentStore;
import dev.cascade.okr.core.port.GoalImportStore;
import dev.cascade.okr.core.port.GoalStore;
import dev.cascade.okr.core.port.GoalStore.NewObjective;
import dev.cascade.okr.core.port.StoreWrite;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Imported goals on Active Objects ({@link GoalImportStore}): the goal and alignment stores' own writes inside one
 * outer transaction, which their transactions join, so a failure anywhere rolls every row back.
 */
@JiraComponent
public final class AoGoalImportStore implements GoalImportStore {

    private final ActiveObjects ao;
    private final GoalStore goals;
    private final AlignmentStore alignments;

    /** Creates the store over the host's Active Objects and the goal and alignment stores. */
    public AoGoalImportStore(@ComponentImport ActiveObjects ao, GoalStore goals, AlignmentStore alignments) {
        this.ao = ao;
        this.goals = goals;
        this.alignments = alignments;
    }

    @Override
    public List<ObjectiveId> insertAll(List<NewObjective> objectives, List<Aligned> aligned, String createdBy,
            Instant at) {
        return ao.executeInTransaction(() -> {
            List<ObjectiveId> ids = new ArrayList<>();
            for (NewObjective objective : objectives) {
                ids.add(goals.insert(objective, createdBy, at).id());
            }
            for (Aligned a : aligned) {
                StoreWrite<?> written = alignments.align(new Alignment(ids.get(a.child()), ids.get(a.parent()),
                        a.contribution()), createdBy, at);
                if (!(written instanceof StoreWrite.Written<?>)) {
                    throw new IllegalStateException("alignment not stored: " + a);
                }
            }
            return ids;
        });
    }
}
