package dev.cascade.okr.jira;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import dev.cascade.okr.core.model.WorkLink;
import dev.cascade.okr.core.port.JqlMatches;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether JQL links find an issue: for each distinct query text (at most {@value JqlMatches#MAX_QUERIES}) one count,
 * {@code issuekey in ("KEY") AND (<the query without its ORDER BY>)}, parsed by {@link SearchService#parseQuery} and
 * counted by {@link IssueCounts#all} with the app's authority, as {@link JiraIssueSource#read} reads the query for
 * stored progress. Only keys matching {@link WorkLink#ISSUE_KEY} are written into the JQL, each quoted; the person's
 * query is kept whole inside parentheses (its trailing {@code ORDER BY}, found outside quotes, is dropped, since
 * Jira allows it only at the end). A query Jira rejects, alone or so combined, finds nothing.
 *
 * <p>Host calls: {@code SearchService.parseQuery} (already mirrored, src/host-api, shared/host-api.md §1.6) and the
 * platform's {@link IssueCounts}; nothing new is mirrored.
 */
@JiraComponent
public final class JiraJqlMatches implements JqlMatches {

    private static final Logger LOG = LoggerFactory.getLogger(JiraJqlMatches.class);
    private static final Pattern ORDER_BY = Pattern.compile("(?i)\\border\\s+by\\b");
    /** The restriction put before the person's query: the issue keys, each validated and quoted. */
    private static final String RESTRICTION = "issuekey in (";

    private final SearchService search;
    private final IssueCounts counts;

    /** Creates the matcher over Jira's search. */
    public JiraJqlMatches(@JiraImport SearchService search, IssueCounts counts) {
        this.search = search;
        this.counts = counts;
    }

    @Override
    public Set<WorkLink.Jql> matching(Set<String> issueKeys, List<WorkLink.Jql> queries) {
        Set<String> keys = new TreeSet<>();
        issueKeys.stream().filter(key -> key != null && WorkLink.ISSUE_KEY.matcher(key).matches()).forEach(keys::add);
        Map<String, List<WorkLink.Jql>> byText = new LinkedHashMap<>();
        for (WorkLink.Jql query : queries) {
            if (byText.size() >= MAX_QUERIES && !byText.containsKey(query.jql())) {
                continue;
            }
            byText.computeIfAbsent(query.jql(), text -> new ArrayList<>()).add(query);
        }
        Set<WorkLink.Jql> found = new LinkedHashSet<>();
        if (keys.isEmpty()) {
            return found;
        }
        byText.forEach((text, links) -> {
            if (finds(restricted(keys, text))) {
                found.addAll(links);
            }
        });
        return found;
    }

    private boolean finds(String jql) {
        SearchService.ParseResult parsed = search.parseQuery(null, jql);
        if (parsed == null || !parsed.isValid()) {
            LOG.debug("Jira rejected the restricted query {}", jql);
            return false;
        }
        try {
            return counts.all(parsed.getQuery()) > 0;
        } catch (SearchException e) {
            LOG.warn("Jira could not count {}: {}", jql, e.getMessage());
            return false;
        }
    }

    /** {@code issuekey in ("A-1") AND (<where>)}; the keys are valid issue keys, checked before. */
    static String restricted(Set<String> keys, String jql) {
        StringBuilder text = new StringBuilder(RESTRICTION);
        int i = 0;
        for (String key : keys) {
            text.append(i++ == 0 ? "" : ", ").append('"').append(key).append('"');
        }
        text.append(')');
        String where = whereOf(jql).strip();
        return where.isEmpty() ? text.toString() : text.append(" AND (").append(where).append(')').toString();
    }

    /** The query without a trailing {@code ORDER BY …}: the text before the first ORDER BY outside quotes. */
    static String whereOf(String jql) {
        int quote = 0;
        for (int i = 0; i < jql.length(); i++) {
            char c = jql.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if ((c == 'o' || c == 'O') && (i == 0 || !Character.isLetterOrDigit(jql.charAt(i - 1)))) {
                Matcher order = ORDER_BY.matcher(jql);
                if (order.find(i) && order.start() == i) {
                    return jql.substring(0, i);
                }
            }
        }
        return jql;
    }
}
