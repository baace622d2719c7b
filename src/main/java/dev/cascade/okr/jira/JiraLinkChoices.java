package dev.cascade.okr.jira;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import dev.cascade.okr.core.model.WorkLink;
import dev.cascade.okr.core.port.LinkChoices;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The link picker's choices, asked of Jira's search as the signed-in person ({@code SearchService.search}, which
 * honours their browse permission and issue security), never with the app's authority.
 *
 * <p>The JQL is built only from a checked shape, never from the typed text as it is: a text that is an issue key
 * ({@link WorkLink#ISSUE_KEY}, in any case) becomes {@code issuekey = "KEY"}; any other text is cut into its words
 * (runs of letters and digits, lower-cased, so that no JQL or Lucene syntax survives) and becomes
 * {@code summary ~ "word word*"}, the last word a prefix; the kind adds {@code issuetype = Epic} or
 * {@code issuetype != Epic} (Jira Software's epic type, by its name). Values are always double-quoted with {@code \}
 * and {@code "} escaped. A key that names nothing fails to parse or finds nothing, and one the person may not browse
 * finds nothing: both answer no choice. A search Jira fails is logged and answers no choice.
 */
@JiraComponent
public final class JiraLinkChoices implements LinkChoices {

    private static final Logger LOG = LoggerFactory.getLogger(JiraLinkChoices.class);
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final SearchService search;
    private final JiraAuthenticationContext authentication;

    /** Creates the choices. */
    public JiraLinkChoices(@JiraImport SearchService search, @JiraImport JiraAuthenticationContext authentication) {
        this.search = search;
        this.authentication = authentication;
    }

    @Override
    public List<Choice> find(String userKey, Kind kind, String text) {
        ApplicationUser user = authentication.getLoggedInUser();
        if (user == null || userKey == null || !userKey.equals(user.getKey()) || kind == null || text == null) {
            return List.of();
        }
        String jql = jql(kind, text);
        if (jql == null) {
            return List.of();
        }
        SearchService.ParseResult parsed = search.parseQuery(user, jql);
        if (parsed == null || !parsed.isValid()) {
            LOG.debug("Jira did not parse the link picker's query {}; no choices", jql);
            return List.of();
        }
        try {
            SearchResults<Issue> found = search.search(user, parsed.getQuery(), new PagerFilter<>(0, MAX_CHOICES));
            List<Choice> choices = new ArrayList<>();
            for (Issue issue : found.getResults()) {
                if (choices.size() == MAX_CHOICES) {
                    break;
                }
                choices.add(new Choice(issue.getKey(), issue.getSummary(),
                        issue.getIssueType() == null ? null : issue.getIssueType().getName(),
                        issue.getStatus() == null ? null : issue.getStatus().getName(),
                        JiraStatusCategories.of(issue)));
            }
            return List.copyOf(choices);
        } catch (SearchException e) {
            LOG.warn("Jira could not search the link picker's choices as {}; none are offered", userKey, e);
            return List.of();
        }
    }

    /**
     * The JQL for a kind and a typed text, or {@code null} when the text has no letter or digit (nothing to find).
     * Package-private for tests.
     */
    static String jql(Kind kind, String text) {
        String typed = text.trim();
        String key = typed.toUpperCase(Locale.ROOT);
        String match;
        if (WorkLink.ISSUE_KEY.matcher(key).matches()) {
            match = "issuekey = " + quoted(key);
        } else {
            List<String> words = Arrays.stream(NOT_A_WORD.split(typed)).filter(word -> !word.isEmpty())
                    .map(word -> word.toLowerCase(Locale.ROOT)).collect(Collectors.toList());
            if (words.isEmpty()) {
                return null;
            }
            match = "summary ~ " + quoted(String.join(" ", words) + "*");
        }
        String type = kind == Kind.EPIC ? "issuetype = Epic" : "issuetype != Epic";
        return type + " AND " + match + " ORDER BY updated DESC";
    }

    /** A JQL string value: double-quoted, with {@code \} and {@code "} escaped. */
    static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
