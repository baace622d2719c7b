package dev.cascade.okr.devhost.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.web.bean.PagerFilter;
import dev.cascade.okr.devhost.DevRequestContext;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/**
 * The dev host's JQL: every form the Jira adapter writes and the documented subset for JQL links find exactly the
 * issues an independent filter over the sample finds; everything else is refused with an error message.
 */
@RunWith(Parameterized.class)
public class DevJqlTest {

    /** Never written: the test only reads the generated sample. */
    private static final Path NO_DATA = Path.of("target", "devjql-test-never-written");

    private final String jql;
    private final Predicate<DevIssue> expected;

    public DevJqlTest(String jql, Predicate<DevIssue> expected) {
        this.jql = jql;
        this.expected = expected;
    }

    @Parameters(name = "{0}")
    public static Collection<Object[]> cases() {
        return Arrays.asList(new Object[][] {
            // The three forms the Jira adapter writes.
            {"cf[10100] in (\"CASC-1\", \"CASC-8\") ORDER BY id ASC", epicIs("CASC-1").or(epicIs("CASC-8"))},
            {"issuekey in (\"CASC-2\", \"OPS-2\") ORDER BY id ASC", keyIs("CASC-2").or(keyIs("OPS-2"))},
            {"parent in (\"" + firstParent() + "\") ORDER BY id ASC",
                    matching(i -> i.parent() != null && i.parent().getKey().equals(firstParent()))},
            // The subset for JQL links.
            {"project = WEB", projectIs("WEB")},
            {"project = \"Web Shop\"", projectIs("WEB")},
            {"PROJECT in (web, MOB) and Status = Done",
                    projectIs("WEB").or(projectIs("MOB")).and(i -> i.getStatus() == SampleJira.DONE)},
            {"status != Done AND project = CASC", projectIs("CASC").and(i -> i.getStatus() != SampleJira.DONE)},
            {"statusCategory = \"In Progress\"", matching(i -> i.getStatus() == SampleJira.IN_PROGRESS)},
            {"statuscategory in (new, done)", matching(i -> i.getStatus() != SampleJira.IN_PROGRESS)},
            {"issuetype = Bug", typeIs(DevIssue.BUG)},
            {"type in (Story, \"Task\") AND labels = frontend",
                    typeIs(DevIssue.STORY).or(typeIs(DevIssue.TASK)).and(i -> i.labels().contains("frontend"))},
            {"labels = \"tech-debt\"", matching(i -> i.labels().contains("tech-debt"))},
            {"labels != backend", matching(i -> !i.labels().isEmpty() && !i.labels().contains("backend"))},
            {"assignee = bob AND project = MOB ORDER BY created DESC",
                    projectIs("MOB").and(i -> "bob".equals(i.assignee()))},
            {"assignee != bob", matching(i -> i.assignee() != null && !"bob".equals(i.assignee()))},
            {"\"Epic Link\" = CASC-1", epicIs("CASC-1")},
            {"cf[10100] = \"CASC-8\"", epicIs("CASC-8")},
            {"key != CASC-4 AND project = OPS", projectIs("OPS")},
            {"issuekey = cAsC-4", keyIs("CASC-4")},
            // The link picker's text search: whole words, or word beginnings ending in *, all of them, any case.
            {"summary ~ login", summaryHas("login")},
            {"summary ~ \"LOG*\" AND project = CASC", projectIs("CASC").and(summaryHas("log*"))},
            {"issuetype = Epic AND summary ~ \"billing rev*\" ORDER BY updated DESC",
                    typeIs(DevIssue.EPIC).and(summaryHas("billing")).and(summaryHas("rev*"))},
            {"issuetype != Epic AND summary ~ \"invoices in p*\"",
                    matching(i -> !i.isEpic()).and(summaryHas("invoices")).and(summaryHas("in"))
                            .and(summaryHas("p*"))},
            // Refused.
            {"", null},
            {"   ", null},
            {"project = CASC OR project = OPS", null},
            {"NOT project = CASC", null},
            {"project = NOPE", null},
            {"status = Blocked", null},
            {"statusCategory = Later", null},
            {"issuetype = Feature", null},
            {"summary = login", null},
            {"summary ~ \"*ogin\"", null},
            {"summary ~ \"log-in\"", null},
            {"summary ~ \"\"", null},
            {"summary ~ login*", null},
            {"project ~ CASC", null},
            {"summary in (login)", null},
            {"priority = High", null},
            {"cf[10101] in (\"CASC-1\")", null},
            {"issuekey in (\"CASC-1\", \"CASC-999\") ORDER BY id ASC", null},
            {"parent = NOPE-1", null},
            {"\"Epic Link\" = CASC-999", null},
            {"project = CASC AND", null},
            {"project in (CASC, OPS", null},
            {"project in ()", null},
            {"project = \"CASC", null},
            {"project CASC", null},
            {"project is EMPTY", null},
            {"assignee = currentUser()", null},
            {"project = CASC ORDER created", null},
            {"project = CASC project = OPS", null},
        });
    }

    @Test
    public void shouldFindWhatTheFilterFindsWhenJqlIsValidAndRefuseOtherwise() throws Exception {
        SampleJira sample = SampleJira.load(NO_DATA);
        DevJira jira = new DevJira(sample, new DevRequestContext());
        SearchService search = jira.searchService();

        SearchService.ParseResult parsed = search.parseQuery(null, jql);

        if (expected == null) {
            assertFalse(parsed.isValid());
            assertNull(parsed.getQuery());
            assertFalse(((DevMessageSet) parsed.getErrors()).getErrorMessages().isEmpty());
            return;
        }
        assertTrue(parsed.getErrors().toString(), parsed.isValid());
        List<String> wanted = sample.issues().stream().filter(expected).map(DevIssue::getKey).toList();
        assertFalse("the case must find something to prove anything", wanted.isEmpty());
        List<String> found = search.searchOverrideSecurity(null, parsed.getQuery(), new PagerFilter<>(0, 1000))
                .getResults().stream().map(Issue::getKey).toList();
        assertEquals(wanted, found);
    }

    private static String firstParent() {
        return SampleJira.load(NO_DATA).issues().stream().filter(DevIssue::isSubTask).findFirst().orElseThrow()
                .parent().getKey();
    }

    private static Predicate<DevIssue> matching(Predicate<DevIssue> filter) {
        return filter;
    }

    private static Predicate<DevIssue> epicIs(String key) {
        return i -> i.epic() != null && i.epic().getKey().equals(key);
    }

    private static Predicate<DevIssue> keyIs(String key) {
        return i -> i.getKey().equals(key);
    }

    private static Predicate<DevIssue> projectIs(String key) {
        return i -> i.getProjectObject().getKey().equals(key);
    }

    /** A word of the summary (any case) is {@code word}, or begins with it when it ends in {@code *}. */
    private static Predicate<DevIssue> summaryHas(String word) {
        return i -> Arrays.stream(i.getSummary().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .anyMatch(w -> word.endsWith("*") ? w.startsWith(word.substring(0, word.length() - 1))
                        : w.equals(word));
    }

    private static Predicate<DevIssue> typeIs(String type) {
        return i -> i.issueType().equals(type);
    }
}
