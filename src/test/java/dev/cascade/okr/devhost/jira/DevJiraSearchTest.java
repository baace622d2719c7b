package dev.cascade.okr.devhost.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import dev.cascade.okr.devhost.DevRequestContext;
import dev.cascade.okr.devhost.DevUser;
import dev.cascade.okr.devhost.DevUsers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Search over the sample: the person's search sees what they may browse, the app's sees all, pages in id order. */
public class DevJiraSearchTest {

    @Rule
    public final TemporaryFolder tmp = new TemporaryFolder();

    private final DevUsers users = new DevUsers();
    private SampleJira sample;
    private DevJira jira;
    private SearchService search;

    @Before
    public void load() {
        sample = SampleJira.load(tmp.getRoot().toPath());
        jira = new DevJira(sample, new DevRequestContext());
        search = jira.searchService();
    }

    @Test
    public void shouldLeaveOutIssuesOfProjectsTheUserMayNotBrowseWhenSearchingAsThem() throws Exception {
        Query query = parse("project in (CASC, OPS)");

        List<String> bob = keys(search.search(user("bob"), query, new PagerFilter<>(0, 1000)));
        List<String> carol = keys(search.search(user("carol"), query, new PagerFilter<>(0, 1000)));
        List<String> app = keys(search.searchOverrideSecurity(user("bob"), query, new PagerFilter<>(0, 1000)));

        assertTrue(bob.contains("CASC-2"));
        assertTrue(bob.stream().allMatch(k -> k.startsWith("CASC-")));
        assertTrue(carol.contains("OPS-2"));
        assertTrue(carol.stream().allMatch(k -> k.startsWith("OPS-")));
        List<String> both = new ArrayList<>(bob);
        both.addAll(carol);
        both.sort(Comparator.comparing(k -> sample.issue(k).orElseThrow().getId()));
        assertEquals(both, app);
    }

    @Test
    public void shouldFindNothingWhenAnonymousSearchesButAllWhenSecurityIsOverridden() throws Exception {
        Query query = parse("project = CASC");

        SearchResults<Issue> anonymous = search.search(null, query, new PagerFilter<>(0, 1000));
        SearchResults<Issue> app = search.searchOverrideSecurity(null, query, new PagerFilter<>(0, 1000));

        assertEquals(List.of(), anonymous.getResults());
        assertEquals(sample.issuesOf(sample.project("CASC").orElseThrow()).size(), app.getResults().size());
    }

    @Test
    public void shouldReturnEveryIssueOnceInIdOrderWhenPagedThrough() throws Exception {
        Query query = parse("project = WEB ORDER BY key DESC");
        List<String> all = keys(search.searchOverrideSecurity(null, query, new PagerFilter<>(0, 1000)));

        List<String> paged = new ArrayList<>();
        int start = 0;
        SearchResults<Issue> page;
        do {
            page = search.searchOverrideSecurity(null, query, new PagerFilter<>(start, 7));
            assertTrue(page.getResults().size() <= 7);
            paged.addAll(keys(page));
            start += 7;
        } while (page.getResults().size() == 7);

        assertTrue(all.size() > 20);
        assertEquals(all, paged);
        List<Long> ids = all.stream().map(k -> sample.issue(k).orElseThrow().getId()).toList();
        assertEquals(ids.stream().sorted().toList(), ids);
        assertEquals(List.of(), search.searchOverrideSecurity(null, query, new PagerFilter<>(all.size(), 7))
                .getResults());
    }

    @Test
    public void shouldFindEveryChildWhenFiveHundredEpicsArePagedThroughAThousandAtATime() throws Exception {
        SampleJira bench = SampleJira.load(tmp.newFolder("bench").toPath(), 500);
        DevJira benchJira = new DevJira(bench, new DevRequestContext());
        String keys = bench.issuesOf(bench.project("BENCH").orElseThrow()).stream().filter(DevIssue::isEpic)
                .map(i -> "\"" + i.getKey() + "\"").collect(java.util.stream.Collectors.joining(", "));
        Query query = benchJira.searchService().parseQuery(null, "cf[10100] in (" + keys + ") ORDER BY id ASC")
                .getQuery();

        int found = 0;
        int start = 0;
        int size;
        do {
            SearchResults<Issue> page = benchJira.searchService().searchOverrideSecurity(null, query,
                    new PagerFilter<>(start, 1000));
            size = page.getResults().size();
            found += size;
            start += 1000;
        } while (size == 1000);

        assertEquals(10_000, found);
        // Ten full pages and the empty one that shows the tenth was the last (Cascade pages until a short page).
        assertEquals(11, benchJira.searchCount());
    }

    @Test
    public void shouldCountEverySearchButNoParseWhenSearchesRun() throws Exception {
        long before = jira.searchCount();
        Query query = parse("project = MOB");

        search.search(user("bob"), query, new PagerFilter<>(0, 10));
        search.searchOverrideSecurity(null, query, new PagerFilter<>(0, 10));
        search.searchOverrideSecurity(null, query, new PagerFilter<>(10, 10));

        assertEquals(before + 3, jira.searchCount());
    }

    @Test
    public void shouldRefuseToRunWhenQueryWasNotParsedByTheDevHost() {
        Query foreign = new Query() { };

        assertThrows(IllegalArgumentException.class,
                () -> search.searchOverrideSecurity(null, foreign, new PagerFilter<>(0, 10)));
    }

    @Test
    public void shouldOfferEpicLinkStoryPointsAndEpicNameWhenFieldsAreListed() {
        List<CustomField> fields = jira.customFieldManager().getCustomFieldObjects();

        assertEquals(List.of("com.pyxis.greenhopper.jira:gh-epic-link",
                "com.atlassian.jira.plugin.system.customfieldtypes:float", "com.pyxis.greenhopper.jira:gh-epic-label"),
                fields.stream().map(f -> f.getCustomFieldType().getKey()).toList());
        assertEquals(List.of("customfield_10100", "customfield_10106", "customfield_10103"), fields.stream()
                .map(CustomField::getId).toList());
        assertEquals("Story Points", ((DevCustomFieldManager) jira.customFieldManager())
                .getCustomFieldObject("customfield_10106").getFieldName());
        DevIssue child = sample.issue("CASC-2").orElseThrow();
        assertEquals(sample.issue("CASC-1").orElseThrow(), child.getCustomFieldValue(fields.get(0)));
        assertEquals(3.0, ((Number) child.getCustomFieldValue(fields.get(1))).doubleValue(), 0);
        assertNull(child.getCustomFieldValue(fields.get(2)));
        assertEquals(sample.issue("CASC-1").orElseThrow().getSummary(),
                sample.issue("CASC-1").orElseThrow().getCustomFieldValue(fields.get(2)));
    }

    private Query parse(String jql) {
        SearchService.ParseResult parsed = search.parseQuery(null, jql);
        assertNotNull(parsed.getErrors().toString(), parsed.getQuery());
        return parsed.getQuery();
    }

    private DevUser user(String key) {
        return users.user(key).orElseThrow();
    }

    private static List<String> keys(SearchResults<Issue> results) {
        return results.getResults().stream().map(Issue::getKey).toList();
    }
}
