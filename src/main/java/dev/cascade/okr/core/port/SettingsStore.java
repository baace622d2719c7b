package dev.cascade.okr.core.port;

import dev.cascade.okr.core.appraisal.AppraisalScheme;
import dev.cascade.okr.core.model.LevelScheme;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.tracking.TrackingThresholds;
import dev.cascade.okr.core.validation.Require;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The app's settings, one versioned value per name, as the administrator last saved them. Every method is one
 * transaction.
 *
 * <p>Reads never fail on stored data: a setting never saved answers its default with version 0, and a stored text that
 * cannot be read (damaged, or from a newer release) answers the default too, with the problem in
 * {@link Setting#problems()} and the stored version, so that saving over it repairs it. Writes are optimistic: each
 * names the version it was based on (0 for a setting never saved) and answers {@code Stale} with the current setting,
 * changing nothing, when somebody saved in between.
 */
public interface SettingsStore {

    /** The Jira custom field that holds story points, e.g. {@code customfield_10016}; text. */
    String STORY_POINT_FIELD = "issues.story-point-field";
    /** The progress basis new issue-driven key results start with, a {@code ProgressBasis} name; text. */
    String DEFAULT_PROGRESS_BASIS = "issues.default-basis";
    /** Whether sub-tasks count as issues of their epic, {@code true} or {@code false}; text. */
    String SUB_TASKS_COUNT = "issues.sub-tasks-count";
    /** Whether only app administrators may create company goals, {@code true} or {@code false}; text. */
    String COMPANY_GOALS_ADMIN_ONLY = "goals.company-admin-only";
    /** How the check-in cadence is chosen, a {@code CadenceSetting} code such as {@code by-period}; text (issue 14). */
    String CHECK_IN_CADENCE = "tracking.check-in-cadence";
    /** The site-wide default partial-credit weights, {@code StatusWeights.text()}; text (issue 14). */
    String STATUS_WEIGHTS = "issues.status-weights";
    /** The audit list's name for changes of who manages whom made one person at a time (issue 14). */
    String AUDIT_MANAGERS = "people.managers";
    /** The audit list's name for changes of who manages whom made by a CSV import (issue 14). */
    String AUDIT_MANAGERS_IMPORT = "people.managers-import";
    /** The longest text setting, in characters. */
    int MAX_TEXT = 4000;
    /** The longest setting name, in characters; names are lower-case letters, digits, dots and dashes. */
    int MAX_NAME = 100;

    /** The longest page of the audit list. */
    int MAX_AUDIT_PAGE = 100;

    /**
     * The audit list (issue 14): every saved change of a setting, newest first, {@code limit} (1 to
     * {@value #MAX_AUDIT_PAGE}) entries from {@code offset}, with the number of entries in all.
     */
    AuditPage audit(int offset, int limit);

    /** The appraisal scheme; {@link AppraisalScheme#defaults()} when never saved or unreadable. */
    Setting<AppraisalScheme> appraisalScheme();

    /** Saves the appraisal scheme over version {@code expectedVersion} (0: never saved), recording who and when. */
    StoreWrite<Setting<AppraisalScheme>> putAppraisalScheme(long expectedVersion, AppraisalScheme scheme, UserRef by,
            Instant at);

    /** The levels of the cascade; {@link LevelScheme#defaults()} when never saved or unreadable. */
    Setting<LevelScheme> levelScheme();

    /** Saves the levels over version {@code expectedVersion} (0: never saved), recording who and when. */
    StoreWrite<Setting<LevelScheme>> putLevelScheme(long expectedVersion, LevelScheme scheme, UserRef by, Instant at);

    /** The tracking thresholds; {@link TrackingThresholds#DEFAULTS} when never saved or unreadable. */
    Setting<TrackingThresholds> trackingThresholds();

    /** Saves the thresholds over version {@code expectedVersion} (0: never saved), recording who and when. */
    StoreWrite<Setting<TrackingThresholds>> putTrackingThresholds(long expectedVersion, TrackingThresholds thresholds,
            UserRef by, Instant at);

    /**
     * A text setting such as {@link #STORY_POINT_FIELD}; empty when never saved (the caller knows its default).
     *
     * @throws IllegalArgumentException for a name that is not a setting name or names a typed setting above
     */
    Setting<Optional<String>> text(String name);

    /**
     * Saves a text setting over version {@code expectedVersion} (0: never saved), recording who and when; an empty
     * text is stored as empty, not removed.
     *
     * @throws IllegalArgumentException for a bad name (see {@link #text}) or a text over {@link #MAX_TEXT} characters
     */
    StoreWrite<Setting<Optional<String>>> putText(String name, long expectedVersion, String text, UserRef by,
            Instant at);

    /**
     * One saved change of a setting.
     *
     * @param setting the setting's name, e.g. {@code appraisal.scheme}
     * @param version the version the save made
     * @param by who saved
     * @param at when
     * @param changes what changed, {@code key: old → new} per changed key of the setting's text
     */
    record AuditEntry(String setting, long version, UserRef by, Instant at, String changes) {
    }

    /**
     * A page of the audit list.
     *
     * @param entries newest first
     * @param total the number of entries in all
     */
    record AuditPage(List<AuditEntry> entries, int total) {

        /** Copies the entries. */
        public AuditPage {
            entries = List.copyOf(entries);
        }
    }

    /**
     * A setting's value with the version to name when saving over it.
     *
     * @param value the stored value, or the default when never saved or unreadable
     * @param version 0 when never saved; from 1 on, increased by every save
     * @param updatedBy who saved it last; empty when never saved
     * @param updatedAt when it was saved last; empty when never saved
     * @param problems why the stored text could not be read (then {@code value} is the default); empty when it could
     * @param <T> the value's type
     */
    record Setting<T>(T value, long version, Optional<UserRef> updatedBy, Optional<Instant> updatedAt,
            List<String> problems) {

        /** Checks presence and copies the problems. */
        public Setting {
            Require.present("value", value, "updatedBy", updatedBy, "updatedAt", updatedAt);
            problems = List.copyOf(problems);
            if (version < 0) {
                throw new IllegalArgumentException("version must not be negative: " + version);
            }
        }

        /** Whether the stored text was read as it is (or nothing was stored). */
        public boolean isReadable() {
            return problems.isEmpty();
        }
    }
}
