package dev.cascade.okr.store.settings;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.port.PeopleStore;
import dev.cascade.okr.core.port.SettingsStore;
import dev.cascade.okr.core.port.StoreWrite;
import dev.cascade.okr.core.port.Versioned;
import dev.cascade.okr.core.validation.Validated;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.store.kernel.InList;
import dev.cascade.okr.store.kernel.OptimisticLock;
import dev.cascade.okr.store.kernel.StaleWriteException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * Who manages whom on Active Objects: one {@link ManagerAo} row per (person, manager) pair. Walks up the chart go one
 * level per query, each level's people in batched {@code IN} lists.
 *
 * <p>Changes are serialised across the cluster by claiming the next version of the {@value #REVISION} row of the
 * settings table: otherwise two changes made at the same time (A under B, B under A) could each pass the cycle check
 * and together close a cycle. A change that loses the claim is retried on the new state.
 *
 * <p>The version of a person's list of managers lives in their {@link PersonAo} row. It needs no claim of its own: it
 * is read after the revision is claimed, so no other change to the chart can commit between the comparison and the
 * write (one that committed earlier is seen; one that comes later fails on the claim).
 */
@JiraComponent
public final class AoPeopleStore implements PeopleStore {

    /** The settings row whose version counts the changes to the chart. */
    public static final String REVISION = "people.revision";

    private static final int ATTEMPTS = 5;

    private final ActiveObjects ao;

    /** Creates the store over the host's Active Objects. */
    public AoPeopleStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Set<UserRef> managersOf(UserRef person) {
        Objects.requireNonNull(person, "person");
        return ao.executeInTransaction(() -> users(ao.find(ManagerAo.class,
                Query.select().where("PERSON_KEY = ?", person.key()).order("MANAGER_KEY ASC")), false));
    }

    @Override
    public Set<UserRef> reportsOf(UserRef manager) {
        Objects.requireNonNull(manager, "manager");
        return ao.executeInTransaction(() -> users(ao.find(ManagerAo.class,
                Query.select().where("MANAGER_KEY = ?", manager.key()).order("PERSON_KEY ASC")), true));
    }

    @Override
    public boolean isManagerOf(UserRef manager, UserRef person) {
        Objects.requireNonNull(manager, "manager");
        Objects.requireNonNull(person, "person");
        if (manager.equals(person)) {
            return false;
        }
        return ao.executeInTransaction(() -> {
            Set<String> seen = new HashSet<>(Set.of(person.key()));
            Set<String> level = Set.of(person.key());
            for (int depth = 1; depth <= MAX_DEPTH && !level.isEmpty(); depth++) {
                Set<String> above = new HashSet<>();
                for (ManagerAo row : managerRowsOf(level)) {
                    if (row.getManagerKey().equals(manager.key())) {
                        return true;
                    }
                    if (seen.add(row.getManagerKey())) {
                        above.add(row.getManagerKey());
                    }
                }
                level = above;
            }
            return false;
        });
    }

    @Override
    public Versioned<Set<UserRef>> managers(UserRef person) {
        Objects.requireNonNull(person, "person");
        return ao.executeInTransaction(() -> current(person.key()));
    }

    @Override
    public long revision() {
        return ao.executeInTransaction(() -> {
            SettingAo row = revisionRow();
            return row == null ? 0L : row.getVersion();
        });
    }

    @Override
    public Validated<Set<UserRef>> setManagers(UserRef person, Set<UserRef> managers) {
        Validated<StoreWrite<Versioned<Set<UserRef>>>> written = write(person, null, managers, null);
        if (!written.isValid()) {
            return Validated.invalid(written.errors());
        }
        return Validated.valid(((StoreWrite.Written<Versioned<Set<UserRef>>>) written.value()).value().value());
    }

    @Override
    public Validated<StoreWrite<Versioned<Set<UserRef>>>> setManagers(UserRef person, long expectedVersion,
            Set<UserRef> managers) {
        return write(person, expectedVersion, managers, null);
    }

    @Override
    public Validated<StoreWrite<Versioned<Set<UserRef>>>> setManagers(UserRef person, long expectedVersion,
            Set<UserRef> managers, UserRef by, Instant at) {
        return write(person, expectedVersion, managers, new Audit(SettingsStore.AUDIT_MANAGERS, by, at));
    }

    @Override
    public Validated<Integer> setAllManagers(Map<UserRef, Set<UserRef>> chart, UserRef by, Instant at) {
        return setAll(chart, new Audit(SettingsStore.AUDIT_MANAGERS_IMPORT, by, at));
    }

    @Override
    public Validated<Integer> setAllManagers(Map<UserRef, Set<UserRef>> chart) {
        return setAll(chart, null);
    }

    private Validated<Integer> setAll(Map<UserRef, Set<UserRef>> chart, Audit audit) {
        Map<String, Set<String>> wanted = new LinkedHashMap<>();
        chart.forEach((person, managers) -> {
            Set<String> keys = new TreeSet<>();
            managers.forEach(manager -> keys.add(Objects.requireNonNull(manager, "manager").key()));
            wanted.put(Objects.requireNonNull(person, "person").key(), keys);
        });
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                return ao.executeInTransaction(() -> {
                    claimRevision();
                    wanted.forEach((person, managers) -> replaceClaimed(person, null, managers, audit));
                    return Validated.valid(wanted.size());
                });
            } catch (StaleWriteException e) {
                // Another change to the chart went first; check again against what it left.
            } catch (Refused refused) {
                return Validated.invalid(List.of(refused.violation));
            }
        }
        throw new IllegalStateException("the managers could not be imported: " + ATTEMPTS
                + " other changes to the chart went first");
    }

    /** Replaces the managers if they are at {@code expectedVersion} ({@code null}: at any version). */
    private Validated<StoreWrite<Versioned<Set<UserRef>>>> write(UserRef person, Long expectedVersion,
            Set<UserRef> managers, Audit audit) {
        Objects.requireNonNull(person, "person");
        Set<String> wanted = new TreeSet<>();
        for (UserRef manager : managers) {
            wanted.add(Objects.requireNonNull(manager, "manager").key());
        }
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                return ao.executeInTransaction(() -> replace(person.key(), expectedVersion, wanted, audit));
            } catch (StaleWriteException e) {
                // Another change to the chart went first; check again against what it left.
            } catch (Refused refused) {
                return Validated.invalid(List.of(refused.violation));
            } catch (Outdated outdated) {
                return Validated.valid(new StoreWrite.Stale<>(outdated.current));
            }
        }
        throw new IllegalStateException("the managers of " + person.key() + " could not be saved: " + ATTEMPTS
                + " other changes to the chart went first");
    }

    /**
     * Claims the next revision, compares the version (throwing {@link Outdated}), checks for a cycle (throwing
     * {@link Refused}; both roll the claim back), then replaces the rows and counts the person's version up.
     */
    private Validated<StoreWrite<Versioned<Set<UserRef>>>> replace(String person, Long expectedVersion,
            Set<String> wanted, Audit audit) {
        claimRevision();
        return replaceClaimed(person, expectedVersion, wanted, audit);
    }

    /** {@link #replace} once the revision is claimed (an import claims it once for all its people). */
    private Validated<StoreWrite<Versioned<Set<UserRef>>>> replaceClaimed(String person, Long expectedVersion,
            Set<String> wanted, Audit audit) {
        PersonAo row = personRow(person);
        long version = row == null ? 0L : row.getManagersVersion();
        if (expectedVersion != null && expectedVersion != version) {
            throw new Outdated(current(person));
        }
        if (wanted.contains(person)) {
            throw new Refused(Violation.of(ViolationCode.PEOPLE_MANAGER_CYCLE, "managers", person, person));
        }
        String closing = managerReachingUp(wanted, person);
        if (closing != null) {
            throw new Refused(Violation.of(ViolationCode.PEOPLE_MANAGER_CYCLE, "managers", person, closing));
        }
        List<String> before = current(person).value().stream().map(UserRef::key).toList();
        ao.deleteWithSQL(ManagerAo.class, "PERSON_KEY = ?", person);
        Set<UserRef> stored = new LinkedHashSet<>();
        for (String manager : wanted) {
            ao.create(ManagerAo.class, new DBParam("PERSON_KEY", person), new DBParam("MANAGER_KEY", manager));
            stored.add(new UserRef(manager));
        }
        if (row == null) {
            ao.create(PersonAo.class, new DBParam("PERSON_KEY", person), new DBParam("MANAGERS_VERSION", 1L),
                    new DBParam("ROLE_VERSION", 0L));
        } else {
            row.setManagersVersion(version + 1);
            row.save();
        }
        String changes = SettingAudits.managersChange(person, before, wanted);
        if (audit != null && changes != null) {
            SettingAudits.add(ao, audit.name(), version + 1, changes, audit.by(), audit.at());
        }
        return Validated.valid(new StoreWrite.Written<>(new Versioned<>(stored, version + 1)));
    }

    /** Who changes the chart and when, for the audit list; {@code null} where no row is written (seeding, tests). */
    private record Audit(String name, UserRef by, Instant at) {
    }

    @Override
    public Versioned<Optional<String>> role(UserRef person) {
        Objects.requireNonNull(person, "person");
        return ao.executeInTransaction(() -> currentRole(person.key()));
    }

    @Override
    public Map<UserRef, String> roles(Collection<UserRef> people) {
        Set<String> keys = new TreeSet<>();
        people.forEach(p -> keys.add(p.key()));
        return ao.executeInTransaction(() -> {
            Map<UserRef, String> roles = new HashMap<>();
            for (List<String> batch : InList.batches(keys)) {
                for (PersonAo row : ao.find(PersonAo.class,
                        Query.select().where(InList.in("PERSON_KEY", batch.size()), batch.toArray()))) {
                    if (row.getRole() != null) {
                        roles.put(new UserRef(row.getPersonKey()), row.getRole());
                    }
                }
            }
            return roles;
        });
    }

    /**
     * Replaces the role over its version. The person's row is created by the first write (managers' version 0);
     * two first writes at once are told apart by the row's unique person key (one fails and is retried as stale),
     * later ones by the version claim on the row.
     */
    @Override
    public StoreWrite<Versioned<Optional<String>>> setRole(UserRef person, long expectedVersion, String role) {
        Objects.requireNonNull(person, "person");
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                return ao.executeInTransaction(() -> {
                    PersonAo row = personRow(person.key());
                    long version = row == null ? 0L : row.getRoleVersion();
                    if (version != expectedVersion) {
                        return new StoreWrite.Stale<>(currentRole(person.key()));
                    }
                    if (row == null) {
                        ao.create(PersonAo.class, new DBParam("PERSON_KEY", person.key()),
                                new DBParam("MANAGERS_VERSION", 0L), new DBParam("ROLE", role),
                                new DBParam("ROLE_VERSION", 1L));
                    } else {
                        OptimisticLock.claim(ao, "PERSON_ROLE", row.getID(), version + 1);
                        row.setRole(role);
                        row.setRoleVersion(version + 1);
                        row.save();
                    }
                    return new StoreWrite.Written<>(new Versioned<>(Optional.ofNullable(role), version + 1));
                });
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS || !(causedByStaleWrite(e) || OptimisticLock.isUniqueViolation(e))) {
                    throw e;
                }
                // A concurrent first write created the row, or claimed the version: read again and compare.
            }
        }
        throw new IllegalStateException("unreachable");
    }

    private static boolean causedByStaleWrite(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StaleWriteException) {
                return true;
            }
        }
        return false;
    }

    private Versioned<Optional<String>> currentRole(String person) {
        PersonAo row = personRow(person);
        return row == null ? new Versioned<>(Optional.empty(), 0L)
                : new Versioned<>(Optional.ofNullable(row.getRole()), row.getRoleVersion());
    }

    private Versioned<Set<UserRef>> current(String person) {
        PersonAo row = personRow(person);
        Set<UserRef> managers = users(ao.find(ManagerAo.class,
                Query.select().where("PERSON_KEY = ?", person).order("MANAGER_KEY ASC")), false);
        return new Versioned<>(managers, row == null ? 0L : row.getManagersVersion());
    }

    private PersonAo personRow(String person) {
        PersonAo[] rows = ao.find(PersonAo.class, Query.select().where("PERSON_KEY = ?", person));
        return rows.length == 0 ? null : rows[0];
    }

    /**
     * The one of {@code starts} from which walking up the chart (without a depth limit: the stored chart has no
     * cycle, and each person is visited once) reaches {@code target}, or {@code null}.
     */
    private String managerReachingUp(Set<String> starts, String target) {
        Map<String, String> origin = new HashMap<>();
        starts.forEach(start -> origin.put(start, start));
        Set<String> level = new HashSet<>(starts);
        while (!level.isEmpty()) {
            Set<String> above = new HashSet<>();
            for (ManagerAo row : managerRowsOf(level)) {
                String from = origin.get(row.getPersonKey());
                if (row.getManagerKey().equals(target)) {
                    return from;
                }
                if (origin.putIfAbsent(row.getManagerKey(), from) == null) {
                    above.add(row.getManagerKey());
                }
            }
            level = above;
        }
        return null;
    }

    private List<ManagerAo> managerRowsOf(Collection<String> people) {
        List<ManagerAo> rows = new ArrayList<>();
        for (List<String> batch : InList.batches(people)) {
            rows.addAll(List.of(ao.find(ManagerAo.class,
                    Query.select().where(InList.in("PERSON_KEY", batch.size()), batch.toArray()))));
        }
        return rows;
    }

    private void claimRevision() {
        SettingAo row = revisionRow();
        Date now = Date.from(Instant.now());
        if (row == null) {
            OptimisticLock.claim(ao, "SETTING:" + REVISION, 0, 1);
            ao.create(SettingAo.class, new DBParam("SETTING_NAME", REVISION), new DBParam("VERSION", 1L),
                    new DBParam("UPDATED_BY", "cascade"), new DBParam("UPDATED_AT", now));
            return;
        }
        OptimisticLock.claim(ao, "SETTING", row.getID(), row.getVersion() + 1);
        row.setVersion(row.getVersion() + 1);
        row.setUpdatedAt(now);
        row.save();
    }

    private SettingAo revisionRow() {
        SettingAo[] rows = ao.find(SettingAo.class, Query.select().where("SETTING_NAME = ?", REVISION));
        return rows.length == 0 ? null : rows[0];
    }

    private static Set<UserRef> users(ManagerAo[] rows, boolean persons) {
        Set<UserRef> users = new LinkedHashSet<>();
        for (ManagerAo row : rows) {
            users.add(new UserRef(persons ? row.getPersonKey() : row.getManagerKey()));
        }
        return users;
    }

    /** Rolls the claim back and carries the current managers out of the transaction. */
    private static final class Outdated extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final transient Versioned<Set<UserRef>> current;

        Outdated(Versioned<Set<UserRef>> current) {
            super("stale", null, false, false);
            this.current = current;
        }
    }

    /** Rolls the change back and carries the reason out of the transaction. */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final transient Violation violation;

        Refused(Violation violation) {
            super(violation.code().code(), null, false, false);
            this.violation = violation;
        }
    }
}
