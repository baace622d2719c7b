package dev.cascade.okr.devhost;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The dev host's sample users; the password of each is its user name. */
public final class DevUsers {

    private final Map<String, DevUser> users = new LinkedHashMap<>();
    private final Map<String, Set<String>> groups = Map.of(
            "jira-administrators", Set.of("alice"),
            "Engineering", Set.of("alice", "bob", "zhang"),
            "Operations", Set.of("carol"));

    /**
     * The sample users: alice (Jira administrator), bob, zhang (Chinese), carol (Operations only) and pat (administers
     * the CASC project, not Jira).
     */
    public DevUsers() {
        add(new DevUser("alice", "Alice Chen", Locale.ENGLISH, true));
        add(new DevUser("bob", "Bob Li", Locale.ENGLISH, false));
        add(new DevUser("zhang", "\u5f20\u4f1f", Locale.SIMPLIFIED_CHINESE, false));
        add(new DevUser("carol", "Carol Diaz", Locale.ENGLISH, false));
        add(new DevUser("pat", "Pat Kim", Locale.ENGLISH, false));
    }

    private void add(DevUser user) {
        users.put(user.getKey(), user);
    }

    /** A user by key. */
    public Optional<DevUser> user(String key) {
        return Optional.ofNullable(key == null ? null : users.get(key));
    }

    /** Whether the user belongs to the sample group (jira-administrators, Engineering, Operations). */
    public boolean isInGroup(String userKey, String group) {
        return groups.getOrDefault(group, Set.of()).contains(userKey);
    }

    /** Every user. */
    public List<DevUser> all() {
        return List.copyOf(users.values());
    }
}
