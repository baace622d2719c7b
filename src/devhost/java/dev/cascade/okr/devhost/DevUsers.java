package dev.cascade.okr.devhost;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The dev host's sample users. Each signs in over REST with its sample personal access token
 * ({@code Authorization: Bearer <token>}, as Jira 11 callers do), or with HTTP Basic whose password is the user name
 * while basic authentication is on.
 *
 * <p>The sample tokens are fixed random strings shaped like Jira's (44 characters of base64), published in
 * {@code docs/dev-host.md} so that scripts can use them; nothing about a user predicts its token. In Jira a user
 * creates a token in their profile (Profile, Personal Access Tokens), Jira shows it once and keeps only a hash of it;
 * the dev host likewise compares digests, in constant time, and never logs a token.
 */
public final class DevUsers {

    /** The sample personal access token of each sample user, by user key. Public on purpose: a dev host only. */
    private static final Map<String, String> SAMPLE_TOKENS = Map.of(
            "alice", "QnbPq0mHkDueLjHMI/Nq70bdYIkjnoY3xHTclAmIXE7g",
            "bob", "SOeiDsdUSf0Ily2FymcRxMk3+b1RmSmHuitkj/SJmfE8",
            "zhang", "fmikXXNkzYM1IvlN9kMvmG/jT7KoMWKWr1pBfSlwevV2",
            "carol", "+4jHfzYrA3O47iJWBx+kCtNG/unhD00esYQTigChyGQf",
            "pat", "1SF2lKJmH7FXo97HpP3aQ1hr1gaCJA/EoPes6gsFjiuS");

    private final Map<String, DevUser> users = new LinkedHashMap<>();
    private final Map<String, byte[]> tokenDigests = new LinkedHashMap<>();
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
        tokenDigests.put(user.getKey(), digest(SAMPLE_TOKENS.get(user.getKey())));
    }

    /** The sample personal access token of a sample user, or empty for anyone else. */
    public static Optional<String> sampleToken(String userKey) {
        return Optional.ofNullable(userKey == null ? null : SAMPLE_TOKENS.get(userKey));
    }

    /**
     * The user whose personal access token this is, or empty. Every user's digest is compared, in constant time,
     * whether or not an earlier one matched, so the time taken does not tell how close a guess was.
     */
    public Optional<DevUser> userByToken(String token) {
        if (token == null) {
            return Optional.empty();
        }
        byte[] presented = digest(token);
        DevUser found = null;
        for (Map.Entry<String, byte[]> entry : tokenDigests.entrySet()) {
            if (MessageDigest.isEqual(presented, entry.getValue())) {
                found = users.get(entry.getKey());
            }
        }
        return Optional.ofNullable(found);
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
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
