package dev.cascade.okr.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import dev.cascade.okr.store.appraisal.AppraisalAo;
import dev.cascade.okr.store.appraisal.AppraisalLineAo;
import dev.cascade.okr.store.appraisal.AppraisalStepAo;
import dev.cascade.okr.store.appraisal.CarryOverAo;
import dev.cascade.okr.store.appraisal.ConfirmationAo;
import dev.cascade.okr.store.appraisal.ObjectionAo;
import dev.cascade.okr.store.goal.AlignmentAo;
import dev.cascade.okr.store.goal.KeyResultAo;
import dev.cascade.okr.store.goal.ObjectiveAo;
import dev.cascade.okr.store.goal.WorkLinkAo;
import dev.cascade.okr.store.kernel.VersionClaimAo;
import dev.cascade.okr.store.plan.ActionPlanAo;
import dev.cascade.okr.store.plan.DependencyAo;
import dev.cascade.okr.store.plan.InitiativeAo;
import dev.cascade.okr.store.plan.PlanPersonAo;
import dev.cascade.okr.store.plan.PlanTaskAo;
import dev.cascade.okr.store.plan.RaciAo;
import dev.cascade.okr.store.settings.ManagerAo;
import dev.cascade.okr.store.settings.PersonAo;
import dev.cascade.okr.store.settings.SettingAo;
import dev.cascade.okr.store.settings.SettingAuditAo;
import dev.cascade.okr.store.tracking.AdjustmentAo;
import dev.cascade.okr.store.tracking.CheckInAo;
import dev.cascade.okr.store.tracking.CheckInHeadAo;
import dev.cascade.okr.store.tracking.PlanAo;
import dev.cascade.okr.store.tracking.PlanValueAo;
import dev.cascade.okr.store.tracking.ReviewNoteAo;
import dev.cascade.okr.store.tracking.SnapshotAo;
import java.util.List;
import net.java.ao.RawEntity;

/**
 * Model version 1: creates every Cascade table of the first release. Declared in the descriptor's {@code <ao>}
 * module; the AO plugin runs it once, on an instance whose stored model version is older than 1.
 *
 * <p>Later schema changes get their own task ({@code UpgradeTask002...}) that migrates the entities of that version
 * and then moves data; this one is never changed after release.
 */
public final class UpgradeTask001CreateSchema implements ActiveObjectsUpgradeTask {

    /** The entities of model version 1, in the order they are created. */
    static final List<Class<? extends RawEntity<?>>> ENTITIES = List.of(
            ObjectiveAo.class,
            KeyResultAo.class,
            VersionClaimAo.class,
            PlanAo.class,
            PlanValueAo.class,
            CheckInAo.class,
            CheckInHeadAo.class,
            SnapshotAo.class,
            AdjustmentAo.class,
            ReviewNoteAo.class,
            WorkLinkAo.class,
            AlignmentAo.class,
            SettingAo.class,
            ManagerAo.class,
            PersonAo.class,
            ConfirmationAo.class,
            ObjectionAo.class,
            AppraisalAo.class,
            AppraisalStepAo.class,
            AppraisalLineAo.class,
            CarryOverAo.class,
            ActionPlanAo.class,
            InitiativeAo.class,
            PlanTaskAo.class,
            RaciAo.class,
            DependencyAo.class,
            PlanPersonAo.class,
            SettingAuditAo.class);

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("1");
    }

    @Override
    @SuppressWarnings("unchecked")
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(ENTITIES.toArray(new Class[0]));
    }
}
