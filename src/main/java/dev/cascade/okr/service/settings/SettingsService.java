package dev.cascade.okr.service.settings;

import static dev.cascade.okr.service.kernel.GoalAccess.forbidden;
import static dev.cascade.okr.service.kernel.GoalAccess.unauthenticated;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import dev.cascade.okr.core.access.AccessFacts;
import dev.cascade.okr.core.appraisal.AppraisalScheme;
import dev.cascade.okr.core.appraisal.AppraisalSchemeDraft;
import dev.cascade.okr.core.model.LevelScheme;
import dev.cascade.okr.core.model.StatusWeights;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.port.KeyResultStore;
import dev.cascade.okr.core.port.PeopleStore;
import dev.cascade.okr.core.port.SettingsStore;
import dev.cascade.okr.core.port.SettingsStore.Setting;
import dev.cascade.okr.core.port.StoreWrite;
import dev.cascade.okr.core.port.Versioned;
import dev.cascade.okr.core.progress.IssueCounting;
import dev.cascade.okr.core.tracking.CadenceSetting;
import dev.cascade.okr.core.tracking.TrackingThresholds;
import dev.cascade.okr.core.validation.FreeText;
import dev.cascade.okr.core.validation.Validated;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.service.kernel.AccessService;
import dev.cascade.okr.service.kernel.Caller;
import dev.cascade.okr.service.kernel.IssueCountingSetting;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.service.kernel.Outcome.Failure;
import dev.cascade.okr.service.kernel.ProgressService;
import dev.cascade.okr.service.kernel.SiteSettings;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's administration: the appraisal scheme, the levels, the tracking thresholds, how issues count and who
 * manages whom. Any
 * signed-in user reads the settings (every screen needs them); only app administrators change them. Managers are
 * appraisal data: the person, their managers and app administrators read them; only app administrators change them.
 */
@JiraComponent
public final class SettingsService {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsService.class);

    private final SettingsStore settings;
    private final PeopleSettings people;
    private final PeopleStore peopleStore;
    private final KeyResultStore keyResults;
    private final AccessService access;
    private final ProgressService progress;
    private final Clock clock;

    /** Creates the service. */
    @Inject
    public SettingsService(SettingsStore settings, PeopleStore people, KeyResultStore keyResults,
            AccessService access, ProgressService progress) {
        this(settings, people, keyResults, access, progress, Clock.systemUTC());
    }

    SettingsService(SettingsStore settings, PeopleStore people, KeyResultStore keyResults, AccessService access,
            ProgressService progress, Clock clock) {
        this.settings = settings;
        this.people = new PeopleSettings(people, access, clock);
        this.peopleStore = people;
        this.keyResults = keyResults;
        this.access = access;
        this.progress = progress;
        this.clock = clock;
    }

    /** The appraisal scheme with its version. */
    public Outcome<Setting<AppraisalScheme>> appraisalScheme(Caller caller) {
        return read(caller, settings::appraisalScheme);
    }

    /** Saves the appraisal scheme over {@code version} (0: never saved); app administrators only. */
    public Outcome<Setting<AppraisalScheme>> putAppraisalScheme(Caller caller, long version,
            AppraisalSchemeDraft draft) {
        Outcome<Setting<AppraisalScheme>> saved = write(caller, version, settings::appraisalScheme,
                () -> AppraisalScheme.of(draft),
                (scheme, by) -> settings.putAppraisalScheme(version, scheme, by, clock.instant()));
        return saved.renamed("processScaleMin", "processScale.min").renamed("processScaleMax", "processScale.max");
    }

    /** The levels with their version. */
    public Outcome<Setting<LevelScheme>> levelScheme(Caller caller) {
        return read(caller, settings::levelScheme);
    }

    /** Saves the levels over {@code version}, each with its English and Chinese name; app administrators only. */
    public Outcome<Setting<LevelScheme>> putLevelScheme(Caller caller, long version, List<String> keys,
            List<String> names, List<String> namesZh, Integer maxAlignmentDepth) {
        return write(caller, version, settings::levelScheme, () -> maxAlignmentDepth == null
                ? Validated.invalid(List.of(Violation.of(ViolationCode.REQUEST_FIELD_REQUIRED, "maxAlignmentDepth")))
                : LevelScheme.of(keys, names, namesZh, maxAlignmentDepth),
                (scheme, by) -> settings.putLevelScheme(version, scheme, by, clock.instant()));
    }

    /** The tracking thresholds with their version. */
    public Outcome<Setting<TrackingThresholds>> trackingThresholds(Caller caller) {
        return read(caller, settings::trackingThresholds);
    }

    /** Saves the tracking thresholds over {@code version}; app administrators only. */
    public Outcome<Setting<TrackingThresholds>> putTrackingThresholds(Caller caller, long version,
            BigDecimal onTrackPercent, BigDecimal atRiskPercent) {
        return write(caller, version, settings::trackingThresholds,
                () -> TrackingThresholds.ofPercent(onTrackPercent, atRiskPercent),
                (thresholds, by) -> settings.putTrackingThresholds(version, thresholds, by, clock.instant()));
    }

    /**
     * How issues count: the story-point field ({@code null}: detect) and whether sub-tasks count. The two are stored as
     * two text settings; their version here is the sum of the two stored versions (each save raises both), so that a
     * save by anyone in between makes the version read stale.
     */
    public Outcome<Setting<IssueCounting>> issueCounting(Caller caller) {
        return read(caller, this::storedIssueCounting);
    }

    /**
     * Saves how issues count over {@code version}; app administrators only. After a save every issue-driven key result
     * is recomputed, so that stored progress follows the new rule at once.
     */
    public Outcome<Setting<IssueCounting>> putIssueCounting(Caller caller, long version, String storyPointField,
            Boolean countSubTasks) {
        Outcome<Setting<IssueCounting>> saved = write(caller, version, this::storedIssueCounting,
                () -> IssueCounting.of(storyPointField, countSubTasks),
                (counting, by) -> writeIssueCounting(version, counting, by));
        if (saved.isSuccess()) {
            recomputeAfter("issue-counting");
        }
        return saved;
    }

    /** Whether only app administrators create goals of the top level (default yes), with its version (issue 14). */
    public Outcome<Setting<Boolean>> companyGoalsAdminOnly(Caller caller) {
        return read(caller, () -> companyGoals(settings.text(SettingsStore.COMPANY_GOALS_ADMIN_ONLY)));
    }

    /** Saves who creates goals of the top level over {@code version}; app administrators only; required. */
    public Outcome<Setting<Boolean>> putCompanyGoalsAdminOnly(Caller caller, long version, Boolean adminOnly) {
        return write(caller, version, () -> companyGoals(settings.text(SettingsStore.COMPANY_GOALS_ADMIN_ONLY)),
                () -> adminOnly == null
                        ? Validated.invalid(List.of(Violation.of(ViolationCode.REQUEST_FIELD_REQUIRED, "adminOnly")))
                        : Validated.valid(adminOnly),
                (value, by) -> typed(settings.putText(SettingsStore.COMPANY_GOALS_ADMIN_ONLY, version,
                        String.valueOf(value), by, clock.instant()), SettingsService::companyGoals));
    }

    /** The stored text as the rule reads it ({@code AccessService.policy}): {@code true} unless it says otherwise. */
    static Setting<Boolean> companyGoals(Setting<Optional<String>> text) {
        return new Setting<>(text.value().map(Boolean::parseBoolean).orElse(true), text.version(), text.updatedBy(),
                text.updatedAt(), text.problems());
    }

    /** A text setting's write seen through its typed reading. */
    private static <T> StoreWrite<Setting<T>> typed(StoreWrite<Setting<Optional<String>>> written,
            Function<Setting<Optional<String>>, Setting<T>> reading) {
        if (written instanceof StoreWrite.Written<Setting<Optional<String>>> w) {
            return new StoreWrite.Written<>(reading.apply(w.value()));
        }
        if (written instanceof StoreWrite.Stale<Setting<Optional<String>>> stale) {
            return new StoreWrite.Stale<>(reading.apply(stale.current()));
        }
        return new StoreWrite.Missing<>();
    }

    /** How the check-in cadence is chosen, with its version (issue 14). */
    public Outcome<Setting<CadenceSetting>> cadence(Caller caller) {
        return read(caller, () -> SiteSettings.cadence(settings));
    }

    /**
     * Saves how the check-in cadence is chosen over {@code version}; app administrators only; required, one of
     * {@code by-period}, {@code weekly}, {@code biweekly}, {@code monthly} (field {@code cadence}). Due dates follow at
     * once: they are computed when read.
     */
    public Outcome<Setting<CadenceSetting>> putCadence(Caller caller, long version, String cadence) {
        return write(caller, version, () -> SiteSettings.cadence(settings), () -> CadenceSetting.of(cadence),
                (value, by) -> typed(settings.putText(SettingsStore.CHECK_IN_CADENCE, version, value.code(), by,
                        clock.instant()), text -> SiteSettings.parsed(text, CadenceSetting::fromCode,
                        CadenceSetting.DEFAULT, "check-in cadence")));
    }

    /** The site-wide default partial-credit weights, with their version (issue 14). */
    public Outcome<Setting<StatusWeights>> statusWeights(Caller caller) {
        return read(caller, () -> SiteSettings.statusWeights(settings));
    }

    /**
     * Saves the site-wide default partial-credit weights over {@code version}; app administrators only; checked as a
     * key result's own weights are (fields {@code toDo}, {@code inProgress}, {@code done}). After a save, every key
     * result that set no weights of its own (closed goals aside) takes them and every issue-driven key result is
     * recomputed, as after a change of how issues count.
     */
    public Outcome<Setting<StatusWeights>> putStatusWeights(Caller caller, long version, BigDecimal toDo,
            BigDecimal inProgress, BigDecimal done) {
        Outcome<Setting<StatusWeights>> saved = write(caller, version, () -> SiteSettings.statusWeights(settings),
                () -> StatusWeights.of(toDo, inProgress, done, ""),
                (value, by) -> typed(settings.putText(SettingsStore.STATUS_WEIGHTS, version, value.text(), by,
                        clock.instant()), text -> SiteSettings.parsed(text, StatusWeights::fromText,
                        StatusWeights.defaults(), "status weights")));
        if (saved.isSuccess()) {
            keyResults.applySiteWeights(saved.value().value());
            recomputeAfter("status weights");
        }
        return saved;
    }

    private void recomputeAfter(String setting) {
        try {
            progress.recomputeAll();
        } catch (IllegalStateException e) {
            // The setting is saved; the daily reconciliation recomputes what this could not.
            LOG.warn("Recompute after the {} setting changed did not finish: {}", setting, e.getMessage());
        }
    }

    /**
     * The person's direct managers with the version of that list (0 while never set), if the caller may see the
     * person's appraisal data.
     */
    public Outcome<Versioned<Set<UserRef>>> managersOf(Caller caller, String personKey) {
        return people.managersOf(caller, personKey);
    }

    /**
     * Replaces the person's direct managers if their list is still at {@code version} (required; 0 while never set);
     * app administrators only; a cycle is refused; a stale version answers a conflict with the current list. A change
     * writes a row of the audit list ({@code people.managers}) in its transaction.
     */
    public Outcome<Versioned<Set<UserRef>>> putManagers(Caller caller, String personKey, Long version,
            List<String> managerKeys) {
        return people.putManagers(caller, personKey, version, managerKeys);
    }

    /**
     * Imports who manages whom from a CSV file (issue 14; the format in {@code ManagersImport}): app administrators
     * only; every row is checked first (its row and column named in each problem), then every person's managers are
     * replaced in one transaction — nothing is written unless every row is valid, a cycle included — with one audit
     * row per person whose managers changed.
     *
     * @return the number of people whose managers were replaced
     */
    public Outcome<Integer> importManagers(Caller caller, byte[] file) {
        Optional<String> user = caller.userKey();
        if (user.isEmpty()) {
            return unauthenticated();
        }
        if (!access.factsOf(user.get()).isAppAdmin()) {
            return forbidden();
        }
        Validated<java.util.Map<UserRef, Set<UserRef>>> chart = ManagersImport.read(file, access);
        if (!chart.isValid()) {
            return Outcome.failure(Failure.INVALID, chart.errors());
        }
        Validated<Integer> written = peopleStore.setAllManagers(chart.value(), new UserRef(user.get()),
                clock.instant());
        if (!written.isValid()) {
            Violation refused = written.errors().get(0);
            String person = refused.args().isEmpty() ? "" : refused.args().get(0);
            int row = ManagersImport.rowOf(chart.value(), person);
            return Outcome.failure(Failure.INVALID, Violation.of(ViolationCode.PEOPLE_IMPORT_CYCLE,
                    ManagersImport.field(row, "managers"), String.valueOf(row), "managers", person,
                    refused.args().size() > 1 ? refused.args().get(1) : ""));
        }
        return Outcome.success(written.value());
    }

    /**
     * The person's role (岗位) with its version (0 while never set), if the caller may see the person's appraisal data
     * (the person, their managers, app administrators); else 404 as for managers.
     */
    public Outcome<Versioned<Optional<String>>> roleOf(Caller caller, String personKey) {
        return people.roleOf(caller, personKey);
    }

    /**
     * Replaces the person's role if it is still at {@code version} (required; 0 while never set); app administrators
     * only; a blank or missing role clears it; at most {@value FreeText#MAX_LINE} characters on one line.
     */
    public Outcome<Versioned<Optional<String>>> putRole(Caller caller, String personKey, Long version, String role) {
        return people.putRole(caller, personKey, version, role);
    }

    private <T> Outcome<Setting<T>> read(Caller caller, Supplier<Setting<T>> setting) {
        if (caller.userKey().isEmpty()) {
            return unauthenticated();
        }
        return Outcome.success(setting.get());
    }

    private <T> Outcome<Setting<T>> write(Caller caller, long version, Supplier<Setting<T>> current,
            Supplier<Validated<T>> value, Writer<T> writer) {
        Optional<String> user = caller.userKey();
        if (user.isEmpty()) {
            return unauthenticated();
        }
        AccessFacts facts = access.factsOf(user.get());
        if (!facts.isAppAdmin()) {
            return forbidden();
        }
        if (version < 0) {
            return Outcome.failure(Failure.INVALID, Violation.of(ViolationCode.VERSION_INVALID, "version", "0"));
        }
        Setting<T> now = current.get();
        if (now.version() != version) {
            return Outcome.conflict(now);
        }
        Validated<T> checked = value.get();
        if (!checked.isValid()) {
            return Outcome.failure(Failure.INVALID, checked.errors());
        }
        StoreWrite<Setting<T>> written = writer.write(checked.value(), facts.user());
        if (written instanceof StoreWrite.Written<Setting<T>> w) {
            return Outcome.success(w.value());
        }
        if (written instanceof StoreWrite.Stale<Setting<T>> stale) {
            return Outcome.conflict(stale.current());
        }
        return Outcome.conflict(current.get());
    }

    private Setting<IssueCounting> storedIssueCounting() {
        return IssueCountingSetting.stored(settings);
    }

    /**
     * Writes both texts, each over the version read just now, when together they still make {@code version}. The two
     * writes are two transactions: should the second meet a save made in between, the first stays saved and the answer
     * is stale with what is stored now.
     */
    private StoreWrite<Setting<IssueCounting>> writeIssueCounting(long version, IssueCounting counting, UserRef by) {
        Setting<Optional<String>> field = settings.text(SettingsStore.STORY_POINT_FIELD);
        Setting<Optional<String>> subTasks = settings.text(SettingsStore.SUB_TASKS_COUNT);
        if (field.version() + subTasks.version() != version) {
            return new StoreWrite.Stale<>(IssueCountingSetting.of(field, subTasks));
        }
        var at = clock.instant();
        StoreWrite<Setting<Optional<String>>> fieldWritten = settings.putText(SettingsStore.STORY_POINT_FIELD,
                field.version(), counting.storyPointFieldText(), by, at);
        if (!(fieldWritten instanceof StoreWrite.Written<Setting<Optional<String>>> newField)) {
            return new StoreWrite.Stale<>(storedIssueCounting());
        }
        StoreWrite<Setting<Optional<String>>> subTasksWritten = settings.putText(SettingsStore.SUB_TASKS_COUNT,
                subTasks.version(), counting.countSubTasksText(), by, at);
        if (!(subTasksWritten instanceof StoreWrite.Written<Setting<Optional<String>>> newSubTasks)) {
            return new StoreWrite.Stale<>(storedIssueCounting());
        }
        return new StoreWrite.Written<>(IssueCountingSetting.of(newField.value(), newSubTasks.value()));
    }

    @FunctionalInterface
    private interface Writer<T> {
        StoreWrite<Setting<T>> write(T value, UserRef by);
    }

}
