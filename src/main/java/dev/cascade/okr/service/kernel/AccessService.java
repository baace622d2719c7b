package dev.cascade.okr.service.kernel;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import dev.cascade.okr.core.access.AccessFacts;
import dev.cascade.okr.core.access.AccessPolicy;
import dev.cascade.okr.core.model.Level;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.port.HostAccess;
import dev.cascade.okr.core.port.PeopleStore;
import dev.cascade.okr.core.port.SettingsStore;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import jakarta.inject.Inject;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The access rules ({@link AccessPolicy}) with the configured top level and company-goals setting, and the facts of
 * one caller: every service asks here before it reads or writes anything for a person.
 */
@JiraComponent
public final class AccessService {

    private final HostAccess host;
    private final PeopleStore people;
    private final SettingsStore settings;

    /** Creates the service. */
    @Inject
    public AccessService(HostAccess host, PeopleStore people, SettingsStore settings) {
        this.host = host;
        this.people = people;
        this.settings = settings;
    }

    /** The rules as configured now: the top level's key and whether only app admins change its goals (default yes). */
    public AccessPolicy policy() {
        String topLevel = settings.levelScheme().value().levels().stream().findFirst().map(Level::key)
                .orElse("company");
        Optional<String> adminOnly = settings.text(SettingsStore.COMPANY_GOALS_ADMIN_ONLY).value();
        return new AccessPolicy(topLevel, adminOnly.map(Boolean::parseBoolean).orElse(true));
    }

    /** The facts of a signed-in caller, each looked up at most once for this object's life (one request). */
    public AccessFacts factsOf(String userKey) {
        return new CallerFacts(new UserRef(userKey), host, people);
    }

    /**
     * {@code user.unknown} at {@code field} when the key (stripped) names no user of the host, else empty. Callers
     * check the key's form first; a blank key is theirs to default or require.
     */
    public Optional<Violation> unknownUser(String userKey, String field) {
        if (userKey == null || userKey.isBlank() || host.userExists(userKey.strip())) {
            return Optional.empty();
        }
        String key = userKey.strip();
        return Optional.of(Violation.of(ViolationCode.USER_UNKNOWN, field,
                key.length() <= 40 ? key : key.substring(0, 40) + "\u2026"));
    }

    /** The most people {@link #reportsOf} collects; beyond it a caller's view is decided goal by goal. */
    public static final int MAX_REPORTS = 500;

    /**
     * Everyone the person manages, directly or through others (the people whose private goals they see), or empty
     * when there are more than {@value #MAX_REPORTS}.
     */
    public Optional<Set<UserRef>> reportsOf(UserRef manager) {
        Set<UserRef> all = new HashSet<>();
        Deque<UserRef> next = new ArrayDeque<>(List.of(manager));
        while (!next.isEmpty()) {
            for (UserRef report : people.reportsOf(next.poll())) {
                if (!report.equals(manager) && all.add(report)) {
                    if (all.size() > MAX_REPORTS) {
                        return Optional.empty();
                    }
                    next.add(report);
                }
            }
        }
        return Optional.of(all);
    }

    /** Lazily asked, remembered answers about one caller. */
    private static final class CallerFacts implements AccessFacts {

        private final UserRef user;
        private final HostAccess host;
        private final PeopleStore people;
        private Boolean appAdmin;
        private final Map<String, Boolean> answers = new HashMap<>();

        public CallerFacts(UserRef user, HostAccess host, PeopleStore people) {
            this.user = user;
            this.host = host;
            this.people = people;
        }

        @Override
        public UserRef user() {
            return user;
        }

        @Override
        public boolean isAppAdmin() {
            if (appAdmin == null) {
                appAdmin = host.isAppAdmin(user.key());
            }
            return appAdmin;
        }

        @Override
        public boolean canBrowseProject(String projectKey) {
            return answers.computeIfAbsent("browse:" + projectKey, k -> host.canBrowse(user.key(), projectKey));
        }

        @Override
        public boolean isProjectAdmin(String projectKey) {
            return answers.computeIfAbsent("admin:" + projectKey, k -> host.isProjectAdmin(user.key(), projectKey));
        }

        @Override
        public boolean isGroupMember(String group) {
            return answers.computeIfAbsent("group:" + group, k -> host.isGroupMember(user.key(), group));
        }

        @Override
        public boolean manages(UserRef other) {
            return answers.computeIfAbsent("manages:" + other.key(), k -> people.isManagerOf(user, other));
        }
    }
}
