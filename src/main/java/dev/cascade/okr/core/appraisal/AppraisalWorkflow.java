package dev.cascade.okr.core.appraisal;

import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.validation.Require;
import dev.cascade.okr.core.validation.Validated;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One appraisal of one person's goal for a period (a row of the appraisal table), from self-assessment to sign-off
 * and an optional appeal.
 *
 * <p>Steps and who takes them: the person appraised self-assesses (score on the scheme's scale, comment); the
 * assessing manager gives the process score, with a comment and a suggestion, and may redo this until sign-off; the
 * achievement rate is not typed in but computed from the goal's evidence ({@link AchievementPolicy}, possibly not known
 * yet), which the assessment keeps as its derivation; the manager may set another rate only with a reason
 * ({@link AchievementOverride}), which the composite then names; the person appraised signs off, acknowledging
 * the result (签字: seeing it, not agreeing with it; that is what the appeal is for), which needs a complete composite;
 * within {@link AppraisalScheme#appealWindowDays()} days (× 24 hours) of sign-off, inclusive, the person appraised may
 * appeal with a reason; a resolver who is neither the assessing manager nor the person appraised (an admin or the
 * manager's manager: who exactly is the service's authorization) upholds the result or revises the process score,
 * which recomputes the composite through {@link CompositePolicy} with the assessed achievement rate, always with a
 * comment.
 *
 * <p>A step in the wrong state or by the wrong person is a violation, never an exception; every step records who and
 * when. The scheme is fixed at the start, so an appeal is scored by the rules the assessment was made under. Texts
 * are trimmed and at most {@value #MAX_TEXT} characters. Immutable: every step returns a new value.
 *
 * @param appraisee the person appraised
 * @param manager the assessing manager
 * @param scheme the scheme the appraisal is scored under, fixed at the start
 * @param state the current state
 * @param selfAssessment the latest self-assessment, if any
 * @param managerAssessment the latest manager assessment, if any
 * @param signOff who signed off and when, if signed off
 * @param appeal the appeal, if one was made
 * @param appealResolution how the appeal was resolved, if it was
 * @param history every step taken, oldest first
 */
public record AppraisalWorkflow(UserRef appraisee, UserRef manager, AppraisalScheme scheme, AppraisalState state,
        Optional<SelfAssessment> selfAssessment, Optional<ManagerAssessment> managerAssessment, Optional<Stamp> signOff,
        Optional<Appeal> appeal, Optional<AppealResolution> appealResolution, List<Transition> history) {

    /** The most characters in a comment, suggestion, reason or resolution text. */
    public static final int MAX_TEXT = Texts.MAX;

    private static final CompositePolicy COMPOSITES = new CompositePolicy();

    /**
     * The person's own score and comment.
     *
     * @param score on the scheme's process scale
     * @param comment trimmed, possibly empty
     * @param stamp who (the person appraised) and when
     */
    public record SelfAssessment(int score, String comment, Stamp stamp) {
        /** Checks the parts are present. */
        public SelfAssessment {
            Require.present("comment", comment, "stamp", stamp);
        }
    }

    /**
     * The manager's assessment and the composite it gives.
     *
     * @param composite from the achievement rate and the process score; incomplete while the rate is not known
     * @param achievement the rate the evidence gave at the assessment, with its derivation (the composite's rate
     *     unless overridden: {@link Composite#override()})
     * @param comment trimmed, possibly empty
     * @param suggestion how to improve, trimmed, possibly empty
     * @param stamp who (the assessing manager) and when
     */
    public record ManagerAssessment(Composite composite, GoalAchievement achievement, String comment,
            String suggestion, Stamp stamp) {
        /** Checks the parts are present, the process score is given, and the rate is the evidence's or overridden. */
        public ManagerAssessment {
            Require.present("composite", composite, "achievement", achievement);
            if (composite.override().isEmpty() && !Objects.equals(rateOf(achievement), rateOf(composite))) {
                throw new IllegalArgumentException("the composite's rate " + composite.achievementRate()
                        + " is neither the evidence's " + achievement.rate() + " nor overridden");
            }
            Require.present("comment", comment, "suggestion", suggestion, "stamp", stamp);
            if (composite.processScore().isEmpty()) {
                throw new IllegalArgumentException("a manager assessment has a process score");
            }
        }

        /** The process score given. */
        public int processScore() {
            return composite.processScore().getAsInt();
        }

        private static BigDecimal rateOf(GoalAchievement achievement) {
            return achievement.rate().orElse(null);
        }

        private static BigDecimal rateOf(Composite composite) {
            return composite.achievementRate().orElse(null);
        }
    }

    /**
     * The appeal of the person appraised.
     *
     * @param reason trimmed, not blank
     * @param stamp who (the person appraised) and when
     */
    public record Appeal(String reason, Stamp stamp) {
        /** Checks the parts are present. */
        public Appeal {
            Require.present("reason", reason, "stamp", stamp);
        }
    }

    /**
     * How the appeal was resolved.
     *
     * @param outcome upheld or revised
     * @param composite the composite that now stands: the assessed one when upheld, the recomputed one when revised
     * @param comment why, trimmed, not blank
     * @param stamp who (the resolver) and when
     */
    public record AppealResolution(AppealOutcome outcome, Composite composite, String comment, Stamp stamp) {
        /** Checks the parts are present. */
        public AppealResolution {
            Require.present("outcome", outcome, "composite", composite, "comment", comment, "stamp", stamp);
        }
    }

    /**
     * One step taken.
     *
     * @param from the state before
     * @param to the state after (the same when a step was redone)
     * @param stamp who and when
     */
    public record Transition(AppraisalState from, AppraisalState to, Stamp stamp) {
        /** Checks the parts are present. */
        public Transition {
            Require.present("from", from, "to", to, "stamp", stamp);
        }
    }

    /**
     * Checks that the parts are a state the steps can produce.
     *
     * @throws IllegalArgumentException when they are not: appraisee and manager the same; a part missing for the
     *     state or present before its step; a step stamped by someone who may not take it; a sign-off without a
     *     complete composite; or a history that does not lead from {@link AppraisalState#NOT_STARTED} through allowed
     *     moves to {@code state}
     */
    public AppraisalWorkflow {
        Require.present("appraisee", appraisee, "manager", manager, "scheme", scheme, "state", state,
                "selfAssessment", selfAssessment, "managerAssessment", managerAssessment, "signOff", signOff,
                "appeal", appeal, "appealResolution", appealResolution);
        if (appraisee.equals(manager)) {
            throw new IllegalArgumentException("appraisee and manager are the same: " + appraisee.key());
        }
        // The states form one line, so "this part exists" is "the state is at or past the step that makes it".
        requirePart(selfAssessment, state, AppraisalState.SELF_ASSESSED, "self-assessment");
        requirePart(managerAssessment, state, AppraisalState.MANAGER_ASSESSED, "manager assessment");
        requirePart(signOff, state, AppraisalState.SIGNED_OFF, "sign-off");
        requirePart(appeal, state, AppraisalState.APPEALED, "appeal");
        requirePart(appealResolution, state, AppraisalState.APPEAL_RESOLVED, "appeal resolution");
        if (selfAssessment.filter(self -> !self.stamp().by().equals(appraisee)).isPresent()
                || managerAssessment.filter(assessed -> !assessed.stamp().by().equals(manager)).isPresent()
                || signOff.filter(stamp -> !stamp.by().equals(appraisee)).isPresent()
                || appeal.filter(appealed -> !appealed.stamp().by().equals(appraisee)).isPresent()
                || appealResolution.map(resolution -> resolution.stamp().by())
                        .filter(by -> by.equals(appraisee) || by.equals(manager)).isPresent()) {
            throw new IllegalArgumentException("a step stamped by someone who may not take it");
        }
        if (signOff.isPresent() && !managerAssessment.orElseThrow().composite().isComplete()) {
            throw new IllegalArgumentException("signed off without a complete composite");
        }
        AppraisalState reached = AppraisalState.NOT_STARTED;
        for (Transition step : history) {
            if (step.from() != reached || !step.from().canMoveTo(step.to())) {
                throw new IllegalArgumentException("history does not follow the allowed moves at " + step);
            }
            reached = step.to();
        }
        if (reached != state) {
            throw new IllegalArgumentException("history ends in " + reached + ", not " + state);
        }
        history = List.copyOf(history);
    }

    /** A new appraisal of {@code appraisee} by {@code manager} under {@code scheme}; refused when they are the same. */
    public static Validated<AppraisalWorkflow> start(UserRef appraisee, UserRef manager, AppraisalScheme scheme) {
        Require.present("appraisee", appraisee, "manager", manager, "scheme", scheme);
        if (appraisee.equals(manager)) {
            return Validated.invalid(List.of(Violation.of(ViolationCode.APPRAISAL_PARTIES_SAME, "manager")));
        }
        return Validated.valid(new AppraisalWorkflow(appraisee, manager, scheme, AppraisalState.NOT_STARTED,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of()));
    }

    /**
     * An appraisal as it was stored, for stores reading it back; not a step anyone takes. Composites are given as
     * {@link CompositePolicy#goalComposite} computes them under {@code scheme}.
     *
     * @throws IllegalArgumentException when the parts are not a state that the steps can produce: appraisee and
     *     manager the same; a part missing for the state or present before its step; a step stamped by someone who
     *     may not take it; a sign-off without a complete composite; or a history that does not lead from
     *     {@link AppraisalState#NOT_STARTED} through allowed moves to {@code state}
     */
    public static AppraisalWorkflow restore(UserRef appraisee, UserRef manager, AppraisalScheme scheme,
            AppraisalState state, SelfAssessment selfAssessment, ManagerAssessment managerAssessment, Stamp signOff,
            Appeal appeal, AppealResolution appealResolution, List<Transition> history) {
        return new AppraisalWorkflow(appraisee, manager, scheme, state, Optional.ofNullable(selfAssessment),
                Optional.ofNullable(managerAssessment), Optional.ofNullable(signOff), Optional.ofNullable(appeal),
                Optional.ofNullable(appealResolution), history);
    }

    private static void requirePart(Optional<?> part, AppraisalState state, AppraisalState madeBy, String what) {
        if (part.isPresent() != (state.ordinal() >= madeBy.ordinal())) {
            throw new IllegalArgumentException(what + (part.isEmpty() ? " missing in " : " present in ") + state);
        }
    }

    /** The person appraised scores themselves on the scheme's scale; may be redone until the manager assesses. */
    public Validated<AppraisalWorkflow> selfAssess(UserRef actor, int selfScore, String comment, Instant at) {
        List<Violation> violations = step(AppraisalState.SELF_ASSESSED, appraisee.equals(actor));
        if (!violations.isEmpty()) {
            return Validated.invalid(violations);
        }
        if (!scheme.isOnScale(selfScore)) {
            violations.add(Violation.of(ViolationCode.APPRAISAL_PROCESS_SCORE_OUT_OF_RANGE, "selfScore",
                    String.valueOf(scheme.processScaleMin()), String.valueOf(scheme.processScaleMax())));
        }
        String text = Texts.check(comment, "comment", null, violations);
        if (!violations.isEmpty()) {
            return Validated.invalid(violations);
        }
        Stamp stamp = new Stamp(actor, at);
        return Validated.valid(moved(AppraisalState.SELF_ASSESSED, stamp,
                Optional.of(new SelfAssessment(selfScore, text, stamp)), managerAssessment, signOff, appeal,
                appealResolution));
    }

    /**
     * The assessing manager gives the process score, a comment and a suggestion, over the achievement the goal's
     * evidence gives now; may be redone until sign-off.
     *
     * @param achievement the rate computed from the goal's key results ({@link AchievementPolicy#goal})
     * @param overrideRate the manager's rate in place of the computed one, or {@code null}; needs {@code reason}
     * @param reason why the rate is overridden; required with {@code overrideRate}, refused without it
     */
    public Validated<AppraisalWorkflow> managerAssess(UserRef actor, GoalAchievement achievement,
            BigDecimal overrideRate, String reason, int processScore, String comment, String suggestion, Instant at) {
        Objects.requireNonNull(achievement, "achievement");
        List<Violation> violations = step(AppraisalState.MANAGER_ASSESSED, manager.equals(actor));
        if (!violations.isEmpty()) {
            return Validated.invalid(violations);
        }
        Validated<Optional<AchievementOverride>> override = AchievementOverride.of(overrideRate, reason, achievement);
        violations.addAll(override.violations());
        AchievementOverride overridden = override.isValid() ? override.value().orElse(null) : null;
        Validated<Composite> composite = COMPOSITES.goalComposite(scheme,
                achievement.rate().orElse(null), processScore,
                overridden);
        violations.addAll(composite.violations());
        String commentText = Texts.check(comment, "comment", null, violations);
        String suggestionText = Texts.check(suggestion, "suggestion", null, violations);
        if (!violations.isEmpty()) {
            return Validated.invalid(violations);
        }
        Stamp stamp = new Stamp(actor, at);
        return Validated.valid(moved(AppraisalState.MANAGER_ASSESSED, stamp, selfAssessment,
                Optional.of(new ManagerAssessment(composite.value(), achievement, commentText, suggestionText, stamp)),
                signOff, appeal, appealResolution));
    }

    /** The person appraised acknowledges the result; needs a complete composite. Starts the appeal window. */
    public Validated<AppraisalWorkflow> signOff(UserRef actor, Instant at) {
        List<Violation> violations = step(AppraisalState.SIGNED_OFF, appraisee.equals(actor));
        if (!violations.isEmpty()) {
            return Validated.invalid(violations);
        }
        if (!managerAssessment.orElseThrow().composite().isComplete()) {
            return Validated.invalid(List.of(
                    Violation.of(ViolationCode.APPRAISAL_COMPOSITE_INCOMPLETE, "achievementRate")));
        }
        Stamp stamp = new Stamp(actor, at);
        return Validated.valid(moved(AppraisalState.SIGNED_OFF, stamp, selfAssessment, managerAssessment,
                Optional.of(stamp), appeal, appealResolution));
    }

    /** The person appraised appeals, with a reason, no later than the appeal deadline. */
    public Validated<AppraisalWorkflow> appeal(UserRef actor, String reason, Instant at) {
        Objects.requireNonNull(at, "at");
        List<Violation> violations = step(AppraisalState.APPEALED, appraisee.equals(actor));
        if (!violations.isEmpty()) {
            return Validated.invalid(violations);
        }
        if (at.isAfter(appealDeadline().orElseThrow())) {
            violations.add(Violation.of(ViolationCode.APPRAISAL_APPEAL_WINDOW_CLOSED, null,
                    String.valueOf(scheme.appealWindowDays())));
        }
        String text = Texts.check(reason, "reason", ViolationCode.APPRAISAL_REASON_REQUIRED, violations);
        if (!violations.isEmpty()) {
            return Validated.invalid(violations);
        }
        Stamp stamp = new Stamp(actor, at);
        return Validated.valid(moved(AppraisalState.APPEALED, stamp, selfAssessment, managerAssessment, signOff,
                Optional.of(new Appeal(text, stamp)), appealResolution));
    }

    /** A resolver other than the assessing manager and the person appraised lets the result stand, saying why. */
    public Validated<AppraisalWorkflow> upholdAppeal(UserRef resolver, String comment, Instant at) {
        List<Violation> violations = step(AppraisalState.APPEAL_RESOLVED, mayResolve(resolver));
        if (!violations.isEmpty()) {
            return Validated.invalid(violations);
        }
        String text = Texts.check(comment, "comment", ViolationCode.APPRAISAL_COMMENT_REQUIRED, violations);
        if (!violations.isEmpty()) {
            return Validated.invalid(violations);
        }
        return resolved(AppealOutcome.UPHELD, managerAssessment.orElseThrow().composite(), text,
                new Stamp(resolver, at));
    }

    /**
     * A resolver other than the assessing manager and the person appraised sets a new process score, saying why; the
     * composite is recomputed with the assessed achievement rate.
     */
    public Validated<AppraisalWorkflow> reviseAppeal(UserRef resolver, int processScore, String comment, Instant at) {
        List<Violation> violations = step(AppraisalState.APPEAL_RESOLVED, mayResolve(resolver));
        if (!violations.isEmpty()) {
            return Validated.invalid(violations);
        }
        Composite assessed = managerAssessment.orElseThrow().composite();
        Validated<Composite> revised = COMPOSITES.goalComposite(scheme,
                assessed.achievementRate().orElseThrow(), processScore, assessed.override().orElse(null));
        violations.addAll(revised.violations());
        String text = Texts.check(comment, "comment", ViolationCode.APPRAISAL_COMMENT_REQUIRED, violations);
        if (!violations.isEmpty()) {
            return Validated.invalid(violations);
        }
        return resolved(AppealOutcome.REVISED, revised.value(), text, new Stamp(resolver, at));
    }

    /**
     * The steps {@code actor} may take now, as the target states they lead to: the moves the state allows whose actor
     * rule {@code actor} meets, a sign-off only with a complete composite and an appeal only until the deadline. For
     * an appeal's resolution this is the workflow's own rule (neither the assessing manager nor the person appraised);
     * who else may resolve is the service's authorization.
     */
    public Set<AppraisalState> stepsOpenTo(UserRef actor, Instant at) {
        Objects.requireNonNull(at, "at");
        Set<AppraisalState> open = EnumSet.noneOf(AppraisalState.class);
        for (AppraisalState target : state.next()) {
            boolean allowed = switch (target) {
                case SELF_ASSESSED -> appraisee.equals(actor);
                case MANAGER_ASSESSED -> manager.equals(actor);
                case SIGNED_OFF -> appraisee.equals(actor) && managerAssessment.orElseThrow().composite().isComplete();
                case APPEALED -> appraisee.equals(actor) && !at.isAfter(appealDeadline().orElseThrow());
                case APPEAL_RESOLVED -> mayResolve(actor);
                case NOT_STARTED -> false;
            };
            if (allowed) {
                open.add(target);
            }
        }
        return open;
    }

    private boolean mayResolve(UserRef resolver) {
        return resolver != null && !resolver.equals(manager) && !resolver.equals(appraisee);
    }

    private Validated<AppraisalWorkflow> resolved(AppealOutcome outcome, Composite composite, String comment,
            Stamp stamp) {
        return Validated.valid(moved(AppraisalState.APPEAL_RESOLVED, stamp, selfAssessment, managerAssessment,
                signOff, appeal, Optional.of(new AppealResolution(outcome, composite, comment, stamp))));
    }

    /** The violations of taking a step to {@code target} now, by a person who may or may not take it. */
    private List<Violation> step(AppraisalState target, boolean actorMayTakeIt) {
        List<Violation> violations = new ArrayList<>();
        if (!state.canMoveTo(target)) {
            violations.add(Violation.of(ViolationCode.APPRAISAL_TRANSITION_INVALID, "state", state.i18nKey(),
                    target.i18nKey()));
        }
        if (!actorMayTakeIt) {
            violations.add(Violation.of(ViolationCode.APPRAISAL_NOT_ALLOWED, "actor"));
        }
        return violations;
    }

    private AppraisalWorkflow moved(AppraisalState to, Stamp stamp, Optional<SelfAssessment> self,
            Optional<ManagerAssessment> assessment, Optional<Stamp> signedOff, Optional<Appeal> appealed,
            Optional<AppealResolution> resolution) {
        List<Transition> steps = new ArrayList<>(history);
        steps.add(new Transition(state, to, stamp));
        return new AppraisalWorkflow(appraisee, manager, scheme, to, self, assessment, signedOff, appealed, resolution,
                steps);
    }

    /** The composite that stands now: the appeal's when resolved, otherwise the manager's; empty before that. */
    public Optional<Composite> composite() {
        return appealResolution.map(AppealResolution::composite)
                .or(() -> managerAssessment.map(ManagerAssessment::composite));
    }

    /** The last instant an appeal is accepted: sign-off plus the appeal window; empty before sign-off. */
    public Optional<Instant> appealDeadline() {
        return signOff.map(stamp -> stamp.at().plus(Duration.ofDays(scheme.appealWindowDays())));
    }

    @Override
    public String toString() {
        return "AppraisalWorkflow[" + appraisee.key() + " by " + manager.key() + ", " + state + ", " + composite()
                + "]";
    }
}
