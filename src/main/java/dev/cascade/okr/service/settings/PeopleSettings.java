package dev.cascade.okr.service.settings;

import static dev.cascade.okr.service.kernel.GoalAccess.forbidden;
import static dev.cascade.okr.service.kernel.GoalAccess.unauthenticated;

import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.port.PeopleStore;
import dev.cascade.okr.core.port.StoreWrite;
import dev.cascade.okr.core.port.Versioned;
import dev.cascade.okr.core.validation.FreeText;
import dev.cascade.okr.core.validation.Validated;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.service.kernel.AccessService;
import dev.cascade.okr.service.kernel.Caller;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.service.kernel.Outcome.Failure;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The people part of the settings room: who manages whom and each person's role (岗位). Both are appraisal data: the
 * person, their managers and app administrators read them; only app administrators change them. A package-private
 * part of {@link SettingsService}, which answers for it, as the app settings are a job of their own.
 *
 * @param people who manages whom and the roles, as stored
 * @param access who the caller is and whether a user key names a user
 * @param clock when a change is made, for the audit list
 */
record PeopleSettings(PeopleStore people, AccessService access, Clock clock) {

    /** The most managers one person may have. */
    static final int MAX_MANAGERS = 20;
    /** The longest user key accepted, as Jira stores them. */
    static final int MAX_USER_KEY = 255;

    /** See {@link SettingsService#managersOf}. */
    Outcome<Versioned<Set<UserRef>>> managersOf(Caller caller, String personKey) {
        return appraisalDataOf(caller, personKey, people::managers);
    }

    /** See {@link SettingsService#putManagers}. */
    Outcome<Versioned<Set<UserRef>>> putManagers(Caller caller, String personKey, Long version,
            List<String> managerKeys) {
        Outcome<UserRef> person = personAdminsChange(caller, personKey);
        if (!person.isSuccess()) {
            return person.failed();
        }
        List<Violation> violations = new ArrayList<>();
        checkVersion(version, violations);
        if (managerKeys == null) {
            violations.add(Violation.of(ViolationCode.REQUEST_FIELD_REQUIRED, "managers"));
            return Outcome.failure(Failure.INVALID, violations);
        }
        if (managerKeys.size() > MAX_MANAGERS) {
            violations.add(Violation.of(ViolationCode.PEOPLE_TOO_MANY_MANAGERS, "managers",
                    String.valueOf(MAX_MANAGERS)));
            return Outcome.failure(Failure.INVALID, violations);
        }
        Set<UserRef> managers = new LinkedHashSet<>();
        for (int i = 0; i < managerKeys.size(); i++) {
            Optional<UserRef> manager = userRef(managerKeys.get(i));
            if (manager.isEmpty()) {
                violations.add(Violation.of(ViolationCode.PEOPLE_KEY_INVALID, "managers[" + i + "]"));
            } else {
                access.unknownUser(manager.get().key(), "managers[" + i + "]").ifPresent(violations::add);
                managers.add(manager.get());
            }
        }
        if (!violations.isEmpty()) {
            return Outcome.failure(Failure.INVALID, violations);
        }
        Validated<StoreWrite<Versioned<Set<UserRef>>>> stored = people.setManagers(person.value(), version, managers,
                new UserRef(caller.userKey().orElseThrow()), clock.instant());
        if (!stored.isValid()) {
            return Outcome.failure(Failure.INVALID, stored.errors());
        }
        if (stored.value() instanceof StoreWrite.Stale<Versioned<Set<UserRef>>> stale) {
            return Outcome.conflict(stale.current());
        }
        return Outcome.success(((StoreWrite.Written<Versioned<Set<UserRef>>>) stored.value()).value());
    }

    /** See {@link SettingsService#roleOf}. */
    Outcome<Versioned<Optional<String>>> roleOf(Caller caller, String personKey) {
        return appraisalDataOf(caller, personKey, people::role);
    }

    /** See {@link SettingsService#putRole}. */
    Outcome<Versioned<Optional<String>>> putRole(Caller caller, String personKey, Long version, String role) {
        Outcome<UserRef> person = personAdminsChange(caller, personKey);
        if (!person.isSuccess()) {
            return person.failed();
        }
        List<Violation> violations = new ArrayList<>();
        checkVersion(version, violations);
        FreeText.check(role, FreeText.MAX_LINE, false, "role", violations);
        if (!violations.isEmpty()) {
            return Outcome.failure(Failure.INVALID, violations);
        }
        String stored = role == null || role.isBlank() ? null : role.trim();
        StoreWrite<Versioned<Optional<String>>> written = people.setRole(person.value(), version, stored);
        if (written instanceof StoreWrite.Stale<Versioned<Optional<String>>> stale) {
            return Outcome.conflict(stale.current());
        }
        return Outcome.success(((StoreWrite.Written<Versioned<Optional<String>>>) written).value());
    }

    /** A user key as a person, or empty when it is blank, too long or has control characters. */
    private static Optional<UserRef> userRef(String key) {
        if (key == null || key.isBlank() || key.length() > MAX_USER_KEY
                || key.chars().anyMatch(Character::isISOControl)) {
            return Optional.empty();
        }
        return Optional.of(new UserRef(key));
    }

    /**
     * What {@code read} answers for the person, if the caller may see the person's appraisal data (the person, their
     * managers, app administrators); else 404 {@code people.not-found} naming the key, alike for an unknown person.
     */
    private <T> Outcome<T> appraisalDataOf(Caller caller, String personKey, Function<UserRef, T> read) {
        Optional<String> user = caller.userKey();
        if (user.isEmpty()) {
            return unauthenticated();
        }
        Optional<UserRef> person = userRef(personKey);
        if (person.isEmpty() || !access.policy().canSeeAppraisalOf(access.factsOf(user.get()), person.get())) {
            return Outcome.failure(Failure.NOT_FOUND,
                    Violation.of(ViolationCode.PEOPLE_NOT_FOUND, "userKey", String.valueOf(personKey)));
        }
        return Outcome.success(read.apply(person.get()));
    }

    /**
     * The person a change of their managers or role is for: signed in (401), an app administrator (403), a user key of
     * a real user (else 404 {@code people.not-found} at {@code userKey}).
     */
    private Outcome<UserRef> personAdminsChange(Caller caller, String personKey) {
        Optional<String> user = caller.userKey();
        if (user.isEmpty()) {
            return unauthenticated();
        }
        if (!access.factsOf(user.get()).isAppAdmin()) {
            return forbidden();
        }
        Optional<UserRef> person = userRef(personKey);
        if (person.isEmpty() || access.unknownUser(personKey, "userKey").isPresent()) {
            return Outcome.failure(Failure.NOT_FOUND,
                    Violation.of(ViolationCode.PEOPLE_NOT_FOUND, "userKey", String.valueOf(personKey)));
        }
        return Outcome.success(person.get());
    }

    /** The version a write must name: required, and not negative (0 while never set). */
    private static void checkVersion(Long version, List<Violation> violations) {
        if (version == null) {
            violations.add(Violation.of(ViolationCode.VERSION_REQUIRED, "version"));
        } else if (version < 0) {
            violations.add(Violation.of(ViolationCode.VERSION_INVALID, "version", "0"));
        }
    }
}
