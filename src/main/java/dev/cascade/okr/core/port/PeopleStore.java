package dev.cascade.okr.core.port;

import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.validation.Validated;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who manages whom, as the app records it (a person may have several managers, e.g. in a matrix organisation). It
 * decides who may see a private goal and a person's appraisal data: the person, their managers (direct or through
 * others) and app administrators. Every method is one transaction.
 *
 * <p>Invariant: nobody manages themselves, directly or through a chain of managers; {@link #setManagers} refuses a
 * change that would break it.
 */
public interface PeopleStore {

    /** How many levels up {@link #isManagerOf} looks: a manager further up than this does not count. */
    int MAX_DEPTH = 10;

    /** The person's direct managers, ordered by user key; empty when none are recorded. */
    Set<UserRef> managersOf(UserRef person);

    /**
     * The person's direct managers (ordered by user key) with the version of that list: 0 while it was never set,
     * then 1 more with every change ({@link #setManagers}); removing every manager is a change too, so a version is
     * never reused.
     */
    Versioned<Set<UserRef>> managers(UserRef person);

    /** The people whom {@code manager} manages directly, ordered by user key; empty when none. */
    Set<UserRef> reportsOf(UserRef manager);

    /**
     * Whether {@code manager} manages {@code person} directly or through at most {@value #MAX_DEPTH} levels of
     * managers; {@code false} for the person themselves. Costs one query per level, whatever the number of people.
     */
    boolean isManagerOf(UserRef manager, UserRef person);

    /**
     * How many changes {@link #setManagers} has made so far (0 before the first): a cache of answers about managers
     * stays good while this number is unchanged, on every node of a cluster.
     */
    long revision();

    /**
     * Replaces the person's direct managers (an empty set removes them all), or refuses with
     * {@code people.manager-cycle} (field {@code managers}; args: the person's key and the refused manager's key)
     * when the person is among them or already manages one of them, directly or through others; then nothing
     * changes. Writes are serialised, so two concurrent changes cannot together close a cycle. Whatever version the
     * list is at, it grows by 1 (for seeding and tests; people's edits go through the versioned overload).
     *
     * @return the managers now recorded, ordered by user key
     */
    Validated<Set<UserRef>> setManagers(UserRef person, Set<UserRef> managers);

    /**
     * Replaces the person's direct managers as {@link #setManagers(UserRef, Set)} does, but only if their list is
     * still at {@code expectedVersion} (0: never set); the version grows by 1.
     *
     * @return invalid with {@code people.manager-cycle} as {@link #setManagers(UserRef, Set)} (nothing changed), or a
     *     valid {@code Written} with the managers now recorded and their new version, or a valid {@code Stale} with
     *     the current managers and version (nothing changed; checked before the cycle)
     */
    Validated<StoreWrite<Versioned<Set<UserRef>>>> setManagers(UserRef person, long expectedVersion,
            Set<UserRef> managers);

    /**
     * Replaces the direct managers of every person in {@code chart} (in its order) in one transaction: all or nothing
     * (issue 14, the CSV import). Each is checked as {@link #setManagers(UserRef, Set)} checks, against the chart as
     * the rows before it leave it; the first that would close a cycle refuses the whole import with
     * {@code people.manager-cycle} (args: that person's key and the refused manager's key) and nothing changes. Each
     * person's version grows by 1.
     *
     * @return the number of people written
     */
    Validated<Integer> setAllManagers(Map<UserRef, Set<UserRef>> chart);

    /**
     * {@link #setManagers(UserRef, long, Set)} made by a person: when it writes, one row joins the settings' audit list
     * in the same transaction ({@code people.managers}, the person's new version, {@code by}, {@code at},
     * {@code person: old managers → new managers}).
     */
    Validated<StoreWrite<Versioned<Set<UserRef>>>> setManagers(UserRef person, long expectedVersion,
            Set<UserRef> managers, UserRef by, Instant at);

    /**
     * {@link #setAllManagers(Map)} made by a person (the CSV import): in the same transaction, one audit row
     * ({@code people.managers-import}) per person whose managers changed, with their new version and
     * {@code person: old managers → new managers}; people whose managers stay as they were get no row.
     */
    Validated<Integer> setAllManagers(Map<UserRef, Set<UserRef>> chart, UserRef by, Instant at);

    /**
     * The person's role (岗位, e.g. "Sales representative") with its version: empty at version 0 while never set,
     * then 1 more with every change ({@link #setRole}); clearing it is a change too.
     */
    Versioned<Optional<String>> role(UserRef person);

    /** The roles of these people (empty for those without one), read in batches; any number of people. */
    Map<UserRef, String> roles(Collection<UserRef> people);

    /**
     * Replaces the person's role ({@code null} clears it) if it is still at {@code expectedVersion} (0: never set);
     * the version grows by 1.
     *
     * @return {@code Written} with the role now recorded and its version, or {@code Stale} with the current one
     *     (nothing changed)
     */
    StoreWrite<Versioned<Optional<String>>> setRole(UserRef person, long expectedVersion, String role);
}
