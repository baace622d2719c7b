package dev.cascade.okr.devhost;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.Test;

/** The sample personal access tokens: one per sample user, shaped like Jira's, and each signs in only its user. */
public class DevUsersTest {

    private final DevUsers users = new DevUsers();

    @Test
    public void shouldGiveEachSampleUserItsOwnJiraShapedToken() {
        Set<String> seen = new HashSet<>();
        for (DevUser user : users.all()) {
            String token = DevUsers.sampleToken(user.getKey()).orElseThrow();
            assertEquals(token, 44, token.length());
            assertTrue(token, token.matches("[A-Za-z0-9+/]{44}"));
            assertFalse("not derived from the name: " + token,
                    token.toLowerCase(Locale.ROOT).contains(user.getKey()));
            assertTrue("distinct: " + token, seen.add(token));
            assertEquals(user.getKey(), users.userByToken(token).orElseThrow().getKey());
        }
        assertEquals(5, seen.size());
    }

    @Test
    public void shouldKnowNoTokenForAnythingElse() {
        String bob = DevUsers.sampleToken("bob").orElseThrow();
        assertFalse(DevUsers.sampleToken("mallory").isPresent());
        assertFalse(DevUsers.sampleToken(null).isPresent());
        assertFalse(users.userByToken(null).isPresent());
        assertFalse(users.userByToken("").isPresent());
        assertFalse(users.userByToken("bob").isPresent());
        assertFalse(users.userByToken(bob.toLowerCase(Locale.ROOT)).isPresent());
        assertFalse(users.userByToken(bob + " ").isPresent());
        assertFalse(users.userByToken(bob.substring(0, 43)).isPresent());
    }
}
