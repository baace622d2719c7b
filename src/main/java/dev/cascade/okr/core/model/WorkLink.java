package dev.cascade.okr.core.model;

import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Jira work a key result is linked to: an epic (its child issues count), a single issue, or a JQL filter.
 *
 * <p>Invariant: the text is never {@code null}. Whether it is well-formed is a person's input, checked by
 * {@link #check(List, String)} before a link is kept; whether it exists is asked of Jira.
 */
public sealed interface WorkLink {

    /** The most links one key result may have. */
    int MAX_LINKS = 50;
    /** The longest JQL query, in characters. */
    int MAX_JQL = 2000;
    /** An issue key: upper-case project key, dash, number without leading zero; lengths as Jira allows. */
    Pattern ISSUE_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,254}-[1-9][0-9]{0,17}");

    /** The kind of link, e.g. to store it. */
    default Kind kind() {
        return this instanceof Epic ? Kind.EPIC : this instanceof Issue ? Kind.ISSUE : Kind.JQL;
    }

    /** The issue key or the JQL text, as entered. */
    default String text() {
        if (this instanceof Epic epic) {
            return epic.issueKey();
        }
        return this instanceof Issue issue ? issue.issueKey() : ((Jql) this).jql();
    }

    /** The kinds of link; names are stored, never rename one. */
    enum Kind {
        /** An epic and its child issues. */
        EPIC,
        /** One issue. */
        ISSUE,
        /** The issues a JQL query finds. */
        JQL
    }

    /**
     * An epic whose child issues are counted.
     *
     * @param issueKey the epic's key, e.g. {@code CASC-12}
     */
    record Epic(String issueKey) implements WorkLink {

        /** Checks presence. */
        public Epic {
            Objects.requireNonNull(issueKey, "issueKey");
        }
    }

    /**
     * One issue, counted by its own status.
     *
     * @param issueKey the issue's key, e.g. {@code CASC-34}
     */
    record Issue(String issueKey) implements WorkLink {

        /** Checks presence. */
        public Issue {
            Objects.requireNonNull(issueKey, "issueKey");
        }
    }

    /**
     * The issues a JQL query finds, searched with the app's authority.
     *
     * @param jql the query, e.g. {@code project = CASC AND labels = q3}
     */
    record Jql(String jql) implements WorkLink {

        /** Checks presence. */
        public Jql {
            Objects.requireNonNull(jql, "jql");
        }
    }

    /**
     * Every violation of a list of links a person submitted; empty when they are well-formed.
     *
     * <p>Rules: at least one and at most {@value #MAX_LINKS} links; no {@code null} entry; issue keys of the form
     * {@code ABC-123} (upper-case project key, number without leading zero); JQL not blank, at most
     * {@value #MAX_JQL} characters, without control characters other than tab and line breaks (a pasted multi-line
     * query is fine); no link twice (JQL compared without surrounding white space).
     *
     * @param links the links, possibly with {@code null} entries; {@code null} counts as none
     * @param field the field of the list, e.g. {@code measure.links}; entries are reported as {@code field[i]}
     */
    static List<Violation> check(List<WorkLink> links, String field) {
        List<Violation> violations = new ArrayList<>();
        if (links == null || links.isEmpty()) {
            violations.add(Violation.of(ViolationCode.LINKS_REQUIRED, field));
            return violations;
        }
        if (links.size() > MAX_LINKS) {
            violations.add(Violation.of(ViolationCode.LINKS_TOO_MANY, field, String.valueOf(MAX_LINKS)));
            return violations;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < links.size(); i++) {
            WorkLink link = links.get(i);
            String entry = field + "[" + i + "]";
            if (link == null) {
                violations.add(Violation.of(ViolationCode.LINK_REQUIRED, entry));
                continue;
            }
            Violation problem = problemOf(link, entry);
            if (problem != null) {
                violations.add(problem);
                continue;
            }
            String identity = link.kind() + ":" + link.text().strip();
            Integer first = seen.putIfAbsent(identity, i);
            if (first != null) {
                violations.add(Violation.of(ViolationCode.LINK_DUPLICATE, entry, link.text().strip(),
                        String.valueOf(first + 1)));
            }
        }
        return violations;
    }

    private static Violation problemOf(WorkLink link, String entry) {
        if (link instanceof Jql query) {
            String jql = query.jql();
            if (jql.isBlank()) {
                return Violation.of(ViolationCode.LINK_JQL_REQUIRED, entry);
            }
            if (jql.length() > MAX_JQL) {
                return Violation.of(ViolationCode.LINK_JQL_TOO_LONG, entry, String.valueOf(MAX_JQL));
            }
            if (jql.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r')) {
                return Violation.of(ViolationCode.LINK_JQL_CONTROL_CHARACTERS, entry);
            }
            return null;
        }
        return ISSUE_KEY.matcher(link.text()).matches() ? null
                : Violation.of(ViolationCode.LINK_KEY_INVALID, entry, link.text());
    }
}
