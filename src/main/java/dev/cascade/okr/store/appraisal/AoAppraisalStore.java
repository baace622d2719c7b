package dev.cascade.okr.store.appraisal;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import dev.cascade.okr.core.appraisal.AchievementBasis;
import dev.cascade.okr.core.appraisal.AchievementOverride;
import dev.cascade.okr.core.appraisal.AchievementPolicy;
import dev.cascade.okr.core.appraisal.AppealOutcome;
import dev.cascade.okr.core.appraisal.AppraisalScheme;
import dev.cascade.okr.core.appraisal.AppraisalState;
import dev.cascade.okr.core.appraisal.AppraisalWorkflow;
import dev.cascade.okr.core.appraisal.AppraisalWorkflow.Appeal;
import dev.cascade.okr.core.appraisal.AppraisalWorkflow.AppealResolution;
import dev.cascade.okr.core.appraisal.AppraisalWorkflow.ManagerAssessment;
import dev.cascade.okr.core.appraisal.AppraisalWorkflow.SelfAssessment;
import dev.cascade.okr.core.appraisal.AppraisalWorkflow.Transition;
import dev.cascade.okr.core.appraisal.Composite;
import dev.cascade.okr.core.appraisal.CompositePolicy;
import dev.cascade.okr.core.appraisal.GoalAchievement;
import dev.cascade.okr.core.appraisal.GoalConfirmation;
import dev.cascade.okr.core.appraisal.KeyResultAchievement;
import dev.cascade.okr.core.appraisal.Objection;
import dev.cascade.okr.core.appraisal.Stamp;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.port.AppraisalStore;
import dev.cascade.okr.core.port.StoreWrite;
import dev.cascade.okr.core.progress.AchievementRate;
import dev.cascade.okr.core.validation.Validated;
import dev.cascade.okr.store.kernel.CascadeAo;
import dev.cascade.okr.store.kernel.Columns;
import dev.cascade.okr.store.kernel.InList;
import dev.cascade.okr.store.kernel.OptimisticLock;
import dev.cascade.okr.store.kernel.PeriodColumns;
import dev.cascade.okr.store.kernel.SettingsText;
import dev.cascade.okr.store.kernel.StaleWriteException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * Goal confirmations and appraisals on Active Objects. An appraisal row holds the latest of each step's data and a
 * snapshot of its scheme; composites are not stored but computed again by {@link CompositePolicy} from the stored
 * inputs under that snapshot, so that the one formula in core is the only one. Children (objections, steps) are
 * loaded in one batched query per list of parents.
 *
 * <p>Instants are stored to the millisecond. A row that core cannot take back (a damaged scheme snapshot, states
 * that do not fit) fails loudly with its id: scoring it under other rules than it was made with would be worse.
 */
@JiraComponent
public final class AoAppraisalStore implements AppraisalStore {

    private static final CompositePolicy COMPOSITES = new CompositePolicy();
    private static final AchievementPolicy ACHIEVEMENTS = new AchievementPolicy();

    private final ActiveObjects ao;

    /** Creates the store over the host's Active Objects. */
    public AoAppraisalStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    // ---- confirmations ----

    @Override
    public Optional<StoredConfirmation> confirmation(ObjectiveId objective) {
        Objects.requireNonNull(objective, "objective");
        return ao.executeInTransaction(() -> {
            ConfirmationAo row = confirmationRow(objective);
            return row == null ? Optional.<StoredConfirmation>empty() : Optional.of(toConfirmation(row));
        });
    }

    @Override
    public StoreWrite<StoredConfirmation> putConfirmation(ObjectiveId objective, long expectedVersion,
            GoalConfirmation confirmation) {
        Objects.requireNonNull(objective, "objective");
        Objects.requireNonNull(confirmation, "confirmation");
        Supplier<StoreWrite<StoredConfirmation>> stale = () -> confirmation(objective)
                .<StoreWrite<StoredConfirmation>>map(StoreWrite.Stale::new).orElseGet(StoreWrite.Missing::new);
        try {
            return ao.executeInTransaction(() -> {
                ConfirmationAo row = confirmationRow(objective);
                if (row == null) {
                    if (expectedVersion != 0) {
                        return new StoreWrite.Missing<StoredConfirmation>();
                    }
                    OptimisticLock.claim(ao, "CONFIRMATION_OF", objective.value(), 1);
                    row = ao.create(ConfirmationAo.class,
                            new DBParam("OBJECTIVE_ID", objective.value()),
                            new DBParam("OWNER_KEY", confirmation.owner().key()),
                            new DBParam("MANAGER_KEY", confirmation.manager().key()),
                            new DBParam("VERSION", 1L));
                } else if (row.getVersion() != expectedVersion) {
                    return new StoreWrite.Stale<>(toConfirmation(row));
                } else {
                    OptimisticLock.claim(ao, "CONFIRMATION", row.getID(), expectedVersion + 1);
                    row.setVersion(expectedVersion + 1);
                }
                writeConfirmation(row, confirmation);
                return new StoreWrite.Written<>(toConfirmation(row));
            });
        } catch (StaleWriteException e) {
            return stale.get();
        }
    }

    private void writeConfirmation(ConfirmationAo row, GoalConfirmation confirmation) {
        row.setOwnerKey(confirmation.owner().key());
        row.setManagerKey(confirmation.manager().key());
        row.setOwnerConfirmedAt(confirmation.ownerConfirmation().map(s -> Date.from(s.at())).orElse(null));
        row.setManagerConfirmedAt(confirmation.managerConfirmation().map(s -> Date.from(s.at())).orElse(null));
        row.save();
        List<ObjectionAo> stored = objectionRows(row.getID());
        List<Objection> objections = confirmation.objections();
        for (int i = 0; i < objections.size(); i++) {
            Objection objection = objections.get(i);
            ObjectionAo objectionRow = i < stored.size() ? stored.get(i)
                    : ao.create(ObjectionAo.class,
                            new DBParam("CONFIRMATION_ID", row.getID()),
                            new DBParam("POSITION", i),
                            new DBParam("RAISED_BY", objection.raised().by().key()),
                            new DBParam("RAISED_AT", Date.from(objection.raised().at())),
                            new DBParam("REASON", objection.reason()));
            objectionRow.setRaisedBy(objection.raised().by().key());
            objectionRow.setRaisedAt(Date.from(objection.raised().at()));
            objectionRow.setReason(objection.reason());
            objectionRow.setResolvedBy(objection.resolved().map(s -> s.by().key()).orElse(null));
            objectionRow.setResolvedAt(objection.resolved().map(s -> Date.from(s.at())).orElse(null));
            objectionRow.setResolution(objection.resolution().orElse(null));
            objectionRow.save();
        }
        for (int i = objections.size(); i < stored.size(); i++) {
            ao.delete(stored.get(i));
        }
    }

    private ConfirmationAo confirmationRow(ObjectiveId objective) {
        ConfirmationAo[] rows = ao.find(ConfirmationAo.class,
                Query.select().where("OBJECTIVE_ID = ?", objective.value()));
        return rows.length == 0 ? null : rows[0];
    }

    private List<ObjectionAo> objectionRows(long confirmationId) {
        return List.of(ao.find(ObjectionAo.class,
                Query.select().where("CONFIRMATION_ID = ?", confirmationId).order("POSITION ASC")));
    }

    private StoredConfirmation toConfirmation(ConfirmationAo row) {
        UserRef owner = new UserRef(row.getOwnerKey());
        UserRef manager = new UserRef(row.getManagerKey());
        List<Objection> objections = new ArrayList<>();
        for (ObjectionAo objection : objectionRows(row.getID())) {
            objections.add(Objection.restore(
                    new Stamp(new UserRef(objection.getRaisedBy()), objection.getRaisedAt().toInstant()),
                    objection.getReason(),
                    objection.getResolvedBy() == null ? null
                            : new Stamp(new UserRef(objection.getResolvedBy()), objection.getResolvedAt().toInstant()),
                    objection.getResolution()));
        }
        try {
            return new StoredConfirmation(new ObjectiveId(row.getObjectiveId()), GoalConfirmation.restore(owner,
                    manager, stamp(owner, row.getOwnerConfirmedAt()), stamp(manager, row.getManagerConfirmedAt()),
                    objections), row.getVersion());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("confirmation row " + row.getID() + " is inconsistent", e);
        }
    }

    // ---- appraisals ----

    @Override
    public StoredAppraisal create(ObjectiveId objective, Period period, AppraisalWorkflow workflow) {
        Objects.requireNonNull(objective, "objective");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(workflow, "workflow");
        return ao.executeInTransaction(() -> insert(objective, period, workflow));
    }

    private StoredAppraisal insert(ObjectiveId objective, Period period, AppraisalWorkflow workflow) {
        AppraisalAo row = ao.create(AppraisalAo.class, PeriodColumns.with(period,
                new DBParam("OBJECTIVE_ID", objective.value()),
                new DBParam("PERSON_KEY", workflow.appraisee().key()),
                new DBParam("MANAGER_KEY", workflow.manager().key()),
                new DBParam("APPRAISAL_STATE", workflow.state().name()),
                new DBParam("SCHEME_TEXT", SettingsText.scheme(workflow.scheme())),
                new DBParam("VERSION", 1L)));
        writeAppraisal(row, workflow, List.of());
        return toAppraisals(List.of(row)).get(0);
    }

    @Override
    public StoreWrite<StoredAppraisal> start(ObjectiveId objective, Period period, AppraisalWorkflow workflow) {
        Objects.requireNonNull(objective, "objective");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(workflow, "workflow");
        UserRef person = workflow.appraisee();
        try {
            return ao.executeInTransaction(() -> {
                Optional<StoredAppraisal> existing = existing(objective, period, person);
                if (existing.isPresent()) {
                    return new StoreWrite.Stale<>(existing.get());
                }
                // The claim is the database's guarantee: a second start waits on this uncommitted unique entry and
                // then fails, rolling back everything it did (see OptimisticLock and docs/decisions/0004).
                OptimisticLock.claim(ao, startClaim(objective, period, person));
                return new StoreWrite.Written<>(insert(objective, period, workflow));
            });
        } catch (StaleWriteException e) {
            return ao.executeInTransaction(() -> existing(objective, period, person))
                    .<StoreWrite<StoredAppraisal>>map(StoreWrite.Stale::new)
                    .orElseThrow(() -> new IllegalStateException("appraisal start claimed but not found: "
                            + e.getMessage(), e));
        }
    }

    private Optional<StoredAppraisal> existing(ObjectiveId objective, Period period, UserRef person) {
        AppraisalAo[] rows = ao.find(AppraisalAo.class, Query.select()
                .where("OBJECTIVE_ID = ? AND PERSON_KEY = ? AND PERIOD_KIND = ? AND PERIOD_START = ?"
                        + " AND PERIOD_END = ?",
                        objective.value(), person.key(), period.kind().name(), Columns.day(period.start()),
                        Columns.day(period.end()))
                .order("ID ASC"));
        return rows.length == 0 ? Optional.empty() : Optional.of(toAppraisals(List.of(rows[0])).get(0));
    }

    /** {@code APPRAISAL_START:goal:period:person}; the person as a SHA-256 digest keeps the claim short. */
    private static String startClaim(ObjectiveId objective, Period period, UserRef person) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(person.key().getBytes(StandardCharsets.UTF_8));
            return "APPRAISAL_START:" + objective.value() + ":" + period.kind().name() + ":" + period.start() + ":"
                    + period.end() + ":" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    @Override
    public Optional<StoredAppraisal> appraisal(long id) {
        return ao.executeInTransaction(() -> {
            AppraisalAo row = ao.get(AppraisalAo.class, id);
            return row == null ? Optional.<StoredAppraisal>empty() : Optional.of(toAppraisals(List.of(row)).get(0));
        });
    }

    @Override
    public List<StoredAppraisal> appraisalsOf(UserRef person) {
        Objects.requireNonNull(person, "person");
        return ao.executeInTransaction(() -> toAppraisals(Arrays.asList(ao.find(AppraisalAo.class,
                Query.select().where("PERSON_KEY = ?", person.key()).order("ID ASC")))));
    }

    @Override
    public List<StoredAppraisal> appraisalsManagedBy(UserRef manager, Period period) {
        Objects.requireNonNull(manager, "manager");
        Objects.requireNonNull(period, "period");
        // ISO days compare as text in date order.
        return ao.executeInTransaction(() -> toAppraisals(Arrays.asList(ao.find(AppraisalAo.class, Query.select()
                .where("MANAGER_KEY = ? AND PERIOD_START >= ? AND PERIOD_END <= ?", manager.key(),
                        Columns.day(period.start()), Columns.day(period.end()))
                .order("ID ASC")))));
    }

    @Override
    public StoreWrite<StoredAppraisal> put(long id, long expectedVersion, AppraisalWorkflow workflow) {
        Objects.requireNonNull(workflow, "workflow");
        try {
            return ao.executeInTransaction(() -> {
                AppraisalAo row = ao.get(AppraisalAo.class, id);
                if (row == null) {
                    return new StoreWrite.Missing<StoredAppraisal>();
                }
                if (row.getVersion() != expectedVersion) {
                    return new StoreWrite.Stale<>(toAppraisals(List.of(row)).get(0));
                }
                // Claim first: once the claim holds, no other writer can have added steps since the version was read.
                OptimisticLock.claim(ao, "APPRAISAL", id, expectedVersion + 1);
                List<Transition> stored =
                        transitions(partRows(AppraisalStepAo.class, List.of(id)).getOrDefault(id, List.of()));
                if (workflow.history().size() < stored.size()
                        || !toMillis(workflow.history().subList(0, stored.size())).equals(stored)) {
                    throw new IllegalArgumentException("appraisal " + id + ": the history may only grow");
                }
                row.setVersion(expectedVersion + 1);
                writeAppraisal(row, workflow, stored);
                return new StoreWrite.Written<>(toAppraisals(List.of(row)).get(0));
            });
        } catch (StaleWriteException e) {
            return appraisal(id).<StoreWrite<StoredAppraisal>>map(StoreWrite.Stale::new)
                    .orElseGet(StoreWrite.Missing::new);
        }
    }

    /** Writes the workflow's parts and the steps after the {@code stored} ones. */
    private void writeAppraisal(AppraisalAo row, AppraisalWorkflow workflow, List<Transition> stored) {
        row.setPersonKey(workflow.appraisee().key());
        row.setManagerKey(workflow.manager().key());
        row.setAppraisalState(workflow.state().name());
        row.setSchemeText(SettingsText.scheme(workflow.scheme()));
        SelfAssessment self = workflow.selfAssessment().orElse(null);
        row.setSelfScore(self == null ? null : self.score());
        row.setSelfComment(self == null ? null : emptyAsNull(self.comment()));
        row.setSelfAssessedAt(self == null ? null : Date.from(self.stamp().at()));
        ManagerAssessment assessment = workflow.managerAssessment().orElse(null);
        Composite assessed = assessment == null ? null : assessment.composite();
        Date assessedAt = assessment == null ? null : Date.from(assessment.stamp().at());
        if (!Objects.equals(row.getAssessedAt(), assessedAt)) {
            writeLines(row.getID(), assessment == null ? List.of() : assessment.achievement().keyResults());
        }
        row.setOverrideReason(assessed == null ? null
                : assessed.override().map(AchievementOverride::reason).orElse(null));
        row.setAchievementRate(assessed == null ? null
                : assessed.achievementRate().map(BigDecimal::toPlainString).orElse(null));
        row.setProcessScore(assessment == null ? null : assessment.processScore());
        row.setManagerComment(assessment == null ? null : emptyAsNull(assessment.comment()));
        row.setSuggestion(assessment == null ? null : emptyAsNull(assessment.suggestion()));
        row.setAssessedAt(assessedAt);
        row.setSignedOffAt(workflow.signOff().map(s -> Date.from(s.at())).orElse(null));
        Appeal appeal = workflow.appeal().orElse(null);
        row.setAppealReason(appeal == null ? null : appeal.reason());
        row.setAppealedAt(appeal == null ? null : Date.from(appeal.stamp().at()));
        AppealResolution resolution = workflow.appealResolution().orElse(null);
        row.setResolvedBy(resolution == null ? null : resolution.stamp().by().key());
        row.setResolvedAt(resolution == null ? null : Date.from(resolution.stamp().at()));
        row.setAppealOutcome(resolution == null ? null : resolution.outcome().name());
        row.setRevisedScore(resolution == null || resolution.outcome() != AppealOutcome.REVISED ? null
                : resolution.composite().processScore().getAsInt());
        row.setResolution(resolution == null ? null : resolution.comment());
        row.save();
        List<Transition> history = workflow.history();
        for (int i = stored.size(); i < history.size(); i++) {
            Transition step = history.get(i);
            ao.create(AppraisalStepAo.class,
                    new DBParam("APPRAISAL_ID", row.getID()),
                    new DBParam("POSITION", i),
                    new DBParam("FROM_STATE", step.from().name()),
                    new DBParam("TO_STATE", step.to().name()),
                    new DBParam("ACTOR_KEY", step.stamp().by().key()),
                    new DBParam("STEP_AT", Date.from(step.stamp().at())));
        }
    }

    /** Replaces the derivation snapshot of an appraisal with these lines (none: removes it). */
    private void writeLines(long appraisalId, List<KeyResultAchievement> lines) {
        for (AppraisalLineAo old : ao.find(AppraisalLineAo.class,
                Query.select().where("APPRAISAL_ID = ?", appraisalId))) {
            ao.delete(old);
        }
        for (int i = 0; i < lines.size(); i++) {
            KeyResultAchievement line = lines.get(i);
            AppraisalLineAo row = ao.create(AppraisalLineAo.class,
                    new DBParam("APPRAISAL_ID", appraisalId),
                    new DBParam("POSITION", i),
                    new DBParam("KEY_RESULT_ID", line.keyResultId()),
                    new DBParam("TITLE", line.title()),
                    new DBParam("WEIGHT_BASIS_POINTS", line.weight().basisPoints()),
                    new DBParam("BASIS", line.basis().name()));
            row.setActual(line.actualValue().map(Columns::decimal).orElse(null));
            row.setTarget(line.targetValue().map(Columns::decimal).orElse(null));
            row.setBandLow(line.bandLowValue().map(Columns::decimal).orElse(null));
            row.setBandHigh(line.bandHighValue().map(Columns::decimal).orElse(null));
            row.setRate(line.rate().isDefined() ? line.rate().rate().toPlainString() : null);
            row.setUndefinedReason(line.rate().isDefined() ? null : line.rate().reason().name());
            row.save();
        }
    }

    /** The lines or steps ({@code type}) of the appraisals, by appraisal, in position order; a query per batch. */
    private <R extends CascadeAo & AppraisalPartAo> Map<Long, List<R>> partRows(Class<R> type,
            Collection<Long> appraisalIds) {
        Map<Long, List<R>> byAppraisal = new LinkedHashMap<>();
        for (List<Long> batch : InList.batches(appraisalIds)) {
            for (R part : ao.find(type, Query.select()
                    .where(InList.in("APPRAISAL_ID", batch.size()), batch.toArray())
                    .order("APPRAISAL_ID ASC, POSITION ASC"))) {
                byAppraisal.computeIfAbsent(part.getAppraisalId(), id -> new ArrayList<>()).add(part);
            }
        }
        return byAppraisal;
    }

    private static GoalAchievement achievement(List<AppraisalLineAo> rows) {
        List<KeyResultAchievement> lines = new ArrayList<>(rows.size());
        for (AppraisalLineAo row : rows) {
            AchievementRate rate = row.getRate() != null ? AchievementRate.of(new BigDecimal(row.getRate()))
                    : AchievementRate.undefined(AchievementRate.Undefined.valueOf(row.getUndefinedReason()));
            lines.add(ACHIEVEMENTS.restore(row.getKeyResultId(), row.getTitle(),
                    new Weight(row.getWeightBasisPoints()), AchievementBasis.valueOf(row.getBasis()),
                    decimalOrNull(row.getActual()), decimalOrNull(row.getTarget()), rate,
                    decimalOrNull(row.getBandLow()), decimalOrNull(row.getBandHigh())));
        }
        return ACHIEVEMENTS.goal(lines);
    }

    private static BigDecimal decimalOrNull(String column) {
        return column == null ? null : Columns.decimal(column);
    }

    /** The rows as core appraisals, their steps and lines loaded in one query each per {@value InList#BATCH} rows. */
    private List<StoredAppraisal> toAppraisals(List<AppraisalAo> rows) {
        List<Long> ids = rows.stream().map(AppraisalAo::getID).toList();
        Map<Long, List<AppraisalStepAo>> steps = partRows(AppraisalStepAo.class, ids);
        Map<Long, List<AppraisalLineAo>> lines = partRows(AppraisalLineAo.class, ids);
        List<StoredAppraisal> appraisals = new ArrayList<>(rows.size());
        for (AppraisalAo row : rows) {
            try {
                appraisals.add(toAppraisal(row, steps.getOrDefault(row.getID(), List.of()),
                        lines.getOrDefault(row.getID(), List.of())));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("appraisal row " + row.getID() + " is inconsistent", e);
            }
        }
        return appraisals;
    }


    private static StoredAppraisal toAppraisal(AppraisalAo row, List<AppraisalStepAo> steps,
            List<AppraisalLineAo> lines) {
        SettingsText.Read<AppraisalScheme> read = SettingsText.scheme(row.getSchemeText());
        if (read.value() == null) {
            throw new IllegalArgumentException(read.problem());
        }
        AppraisalScheme scheme = read.value();
        UserRef appraisee = new UserRef(row.getPersonKey());
        UserRef manager = new UserRef(row.getManagerKey());
        SelfAssessment self = row.getSelfAssessedAt() == null ? null
                : new SelfAssessment(row.getSelfScore(), nullAsEmpty(row.getSelfComment()),
                        new Stamp(appraisee, row.getSelfAssessedAt().toInstant()));
        ManagerAssessment assessment = null;
        BigDecimal rate = row.getAchievementRate() == null ? null : new BigDecimal(row.getAchievementRate());
        AchievementOverride override = null;
        if (row.getAssessedAt() != null) {
            GoalAchievement achievement = achievement(lines);
            if (row.getOverrideReason() != null) {
                override = new AchievementOverride(Objects.requireNonNull(rate, "overridden rate"),
                        row.getOverrideReason(),
                        achievement.rate().orElse(null));
            }
            assessment = new ManagerAssessment(composite(scheme, rate, row.getProcessScore(), override),
                    achievement, nullAsEmpty(row.getManagerComment()), nullAsEmpty(row.getSuggestion()),
                    new Stamp(manager, row.getAssessedAt().toInstant()));
        }
        Stamp signOff = stamp(appraisee, row.getSignedOffAt());
        Appeal appeal = row.getAppealedAt() == null ? null
                : new Appeal(row.getAppealReason(), new Stamp(appraisee, row.getAppealedAt().toInstant()));
        AppealResolution resolution = null;
        if (row.getResolvedAt() != null) {
            AppealOutcome outcome = AppealOutcome.valueOf(row.getAppealOutcome());
            Composite composite = outcome == AppealOutcome.REVISED
                    ? composite(scheme, rate, row.getRevisedScore(), override)
                    : Objects.requireNonNull(assessment, "assessment").composite();
            resolution = new AppealResolution(outcome, composite, row.getResolution(),
                    new Stamp(new UserRef(row.getResolvedBy()), row.getResolvedAt().toInstant()));
        }
        AppraisalWorkflow workflow = AppraisalWorkflow.restore(appraisee, manager, scheme,
                AppraisalState.valueOf(row.getAppraisalState()), self, assessment, signOff, appeal, resolution,
                transitions(steps));
        Period period = PeriodColumns.of(row);
        return new StoredAppraisal(row.getID(), new ObjectiveId(row.getObjectiveId()), period, workflow,
                row.getVersion());
    }

    private static Composite composite(AppraisalScheme scheme, BigDecimal rate, Integer processScore,
            AchievementOverride override) {
        Validated<Composite> composite = COMPOSITES.goalComposite(scheme, rate, processScore, override);
        if (!composite.isValid()) {
            throw new IllegalArgumentException("stored inputs refused: " + composite.violations());
        }
        return composite.value();
    }

    private static List<Transition> transitions(List<AppraisalStepAo> steps) {
        List<Transition> transitions = new ArrayList<>(steps.size());
        for (AppraisalStepAo step : steps) {
            transitions.add(new Transition(AppraisalState.valueOf(step.getFromState()),
                    AppraisalState.valueOf(step.getToState()),
                    new Stamp(new UserRef(step.getActorKey()), step.getStepAt().toInstant())));
        }
        return transitions;
    }

    /** The steps as stored: instants are kept to the millisecond. */
    private static List<Transition> toMillis(List<Transition> steps) {
        return steps.stream().map(step -> new Transition(step.from(), step.to(), new Stamp(step.stamp().by(),
                Instant.ofEpochMilli(step.stamp().at().toEpochMilli())))).toList();
    }

    private static Stamp stamp(UserRef by, Date at) {
        return at == null ? null : new Stamp(by, at.toInstant());
    }

    private static String emptyAsNull(String text) {
        return text.isEmpty() ? null : text;
    }

    private static String nullAsEmpty(String text) {
        return text == null ? "" : text;
    }
}
