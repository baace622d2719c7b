package dev.cascade.okr.devhost.jira;

import com.atlassian.query.Query;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The small part of JQL the dev host understands: what the plugin's Jira adapter writes and what a person is likely
 * to type into a JQL link. It is not Jira's parser, and the pages say so.
 *
 * <p>Grammar: {@code clause (AND clause)* [ORDER BY ...]}, where a clause is {@code field = value}, {@code field !=
 * value}, {@code field in (value, value ...)} or {@code (clause (AND clause)*)}. Keywords are case-insensitive; values
 * and field names are bare words or double-quoted (with {@code \"} inside quotes). Fields: {@code project} (key, name
 * or id), {@code status}, {@code statusCategory} ({@code "To Do"}, {@code "In Progress"}, {@code Done} or the keys
 * {@code new}, {@code indeterminate}, {@code done}), {@code issuetype}/{@code type}, {@code labels}, {@code assignee}
 * (user key), {@code "Epic Link"}/{@code cf[10100]}, {@code issuekey}/{@code key} and {@code parent}; and {@code
 * summary ~ "text"} only, a rough stand-in for Jira's text search (see {@link #summaryContains}: whole words or, ending
 * in {@code *}, word beginnings, all of them, case ignored; no stemming, no phrases). The trailing {@code ORDER BY} is
 * ignored: results always come by id. As in Jira, {@code !=} never matches an empty field, an unknown project, status
 * or type is an error, and so is an issue key (in issuekey, parent or Epic Link) that names no issue. Everything else
 * ({@code OR}, {@code NOT}, functions, other operators and fields) is an error.
 */
final class DevJql {

    private static final Pattern TOKEN = Pattern.compile(
            "\\s*(?:(\"(?:[^\"\\\\]|\\\\.)*\")|(!=|=|~|\\(|\\)|,)|(cf\\[\\d+\\])|([A-Za-z0-9_.@\\-]+)|(\\S))");

    private final SampleJira sample;

    DevJql(SampleJira sample) {
        this.sample = sample;
    }

    /** A parsed query: the text and the filter it stands for. */
    static final class DevQuery implements Query {
        private final String jql;
        private final Predicate<DevIssue> filter;
        private final Set<String> projectKeys;

        DevQuery(String jql, Predicate<DevIssue> filter, Set<String> projectKeys) {
            this.jql = jql;
            this.filter = filter;
            this.projectKeys = Set.copyOf(projectKeys);
        }

        boolean matches(DevIssue issue) {
            return filter.test(issue);
        }

        /**
         * The keys of the projects the query names, directly or through an issue it names: what Jira's validation
         * checks the searcher may see.
         */
        Set<String> projectKeys() {
            return projectKeys;
        }

        @Override
        public String toString() {
            return jql;
        }
    }

    /** Thrown inside the parser; becomes the parse result's error. */
    static final class JqlException extends Exception {
        private static final long serialVersionUID = 1L;

        JqlException(String message) {
            super(message);
        }
    }

    private record Token(String text, boolean quoted) {
        boolean is(String keyword) {
            return !quoted && text.equalsIgnoreCase(keyword);
        }
    }

    /** Parses JQL text into a query. */
    DevQuery parse(String jql) throws JqlException {
        List<Token> tokens = tokens(jql == null ? "" : jql);
        if (tokens.isEmpty()) {
            throw new JqlException("Error in the JQL Query: the query is empty.");
        }
        int[] at = {0};
        Set<String> named = new HashSet<>();
        Predicate<DevIssue> filter = clause(tokens, at, named);
        while (at[0] < tokens.size() && tokens.get(at[0]).is("AND")) {
            at[0]++;
            filter = filter.and(clause(tokens, at, named));
        }
        if (at[0] < tokens.size()) {
            Token next = tokens.get(at[0]);
            if (!(next.is("ORDER") && at[0] + 1 < tokens.size() && tokens.get(at[0] + 1).is("BY"))) {
                throw new JqlException("Error in the JQL Query: expected AND or ORDER BY but got '" + next.text()
                        + "' (the dev host understands only AND, =, != and in).");
            }
        }
        return new DevQuery(jql, filter, named);
    }

    private static List<Token> tokens(String jql) throws JqlException {
        List<Token> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(jql);
        int position = 0;
        while (position < jql.length() && matcher.find(position) && matcher.start() == position) {
            position = matcher.end();
            if (matcher.group(1) != null) {
                String quoted = matcher.group(1);
                tokens.add(new Token(quoted.substring(1, quoted.length() - 1).replaceAll("\\\\(.)", "$1"), true));
            } else if (matcher.group(5) != null) {
                throw new JqlException("Error in the JQL Query: the character '" + matcher.group(5)
                        + "' is not allowed here.");
            } else {
                String text = matcher.group(2) != null ? matcher.group(2)
                        : matcher.group(3) != null ? matcher.group(3) : matcher.group(4);
                tokens.add(new Token(text, false));
            }
        }
        if (!jql.substring(position).isBlank()) {
            throw new JqlException("Error in the JQL Query: unterminated quote or unexpected text at position "
                    + position + ".");
        }
        return tokens;
    }

    private Predicate<DevIssue> clause(List<Token> tokens, int[] at, Set<String> named) throws JqlException {
        if (at[0] < tokens.size() && !tokens.get(at[0]).quoted() && tokens.get(at[0]).text().equals("(")) {
            return group(tokens, at, named);
        }
        Token fieldName = take(tokens, at, "a field name");
        if (fieldName.text().equalsIgnoreCase("summary")) {
            Token operator = take(tokens, at, "an operator");
            if (!operator.is("~")) {
                throw new JqlException("The operator '" + operator.text() + "' is not supported by the 'summary' "
                        + "field (the dev host understands only ~ there).");
            }
            return summaryContains(value(take(tokens, at, "a value")));
        }
        Field field = field(fieldName, named);
        Token operator = take(tokens, at, "an operator");
        if (operator.is("~")) {
            throw new JqlException("The operator '~' is not supported by the '" + fieldName.text()
                    + "' field (the dev host understands it only for summary).");
        }
        if (operator.is("=") || operator.is("!=")) {
            Predicate<DevIssue> match = field.value(value(take(tokens, at, "a value")));
            return operator.is("=") ? match : field.present().and(match.negate());
        }
        if (!operator.is("IN")) {
            throw new JqlException("Error in the JQL Query: the operator '" + operator.text()
                    + "' is not supported by the dev host (use =, != or in).");
        }
        expect(tokens, at, "(");
        List<String> values = new ArrayList<>();
        values.add(value(take(tokens, at, "a value")));
        while (at[0] < tokens.size() && tokens.get(at[0]).is(",")) {
            at[0]++;
            values.add(value(take(tokens, at, "a value")));
        }
        expect(tokens, at, ")");
        return field.anyOf(values);
    }

    /** {@code ( clause (AND clause)* )}: what the plugin writes to restrict a person's query to one issue. */
    private Predicate<DevIssue> group(List<Token> tokens, int[] at, Set<String> named) throws JqlException {
        expect(tokens, at, "(");
        Predicate<DevIssue> filter = clause(tokens, at, named);
        while (at[0] < tokens.size() && tokens.get(at[0]).is("AND")) {
            at[0]++;
            filter = filter.and(clause(tokens, at, named));
        }
        expect(tokens, at, ")");
        return filter;
    }

    /**
     * {@code summary ~ "text"}: every word of the text (runs of letters and digits) is a word of the summary, case
     * ignored; a word ending in {@code *} is a word's beginning. Roughly Jira's text search, without its stemming
     * ({@code bill} does not find "billing"), stop words, fuzzy or phrase search and other operators: those are
     * refused here, not imitated.
     */
    private static Predicate<DevIssue> summaryContains(String text) throws JqlException {
        List<String> terms = new ArrayList<>();
        for (String term : text.trim().split("\\s+")) {
            if (term.isEmpty()) {
                continue;
            }
            if (!term.matches("[\\p{L}\\p{N}]+\\*?")) {
                throw new JqlException("Error in the JQL Query: the text '" + term + "' is not understood by the dev "
                        + "host (it takes words of letters and digits, each optionally ending in *).");
            }
            terms.add(term.toLowerCase(Locale.ROOT));
        }
        if (terms.isEmpty()) {
            throw new JqlException("Error in the JQL Query: the text to search for in 'summary' is empty.");
        }
        return issue -> {
            List<String> words = List.of(issue.getSummary().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"));
            return terms.stream().allMatch(term -> term.endsWith("*")
                    ? words.stream().anyMatch(word -> word.startsWith(term.substring(0, term.length() - 1)))
                    : words.contains(term));
        };
    }

    private static String value(Token token) throws JqlException {
        if (!token.quoted() && (token.text().matches("[(),=~]|!=") || token.is("AND") || token.is("OR")
                || token.is("ORDER") || token.is("EMPTY") || token.is("NULL"))) {
            throw new JqlException("Error in the JQL Query: expected a value but got '" + token.text() + "'.");
        }
        return token.text();
    }

    private static Token take(List<Token> tokens, int[] at, String what) throws JqlException {
        if (at[0] >= tokens.size()) {
            throw new JqlException("Error in the JQL Query: expected " + what + " at the end of the query.");
        }
        return tokens.get(at[0]++);
    }

    private static void expect(List<Token> tokens, int[] at, String symbol) throws JqlException {
        Token token = take(tokens, at, "'" + symbol + "'");
        if (token.quoted() || !token.text().equals(symbol)) {
            throw new JqlException("Error in the JQL Query: expected '" + symbol + "' but got '" + token.text()
                    + "'.");
        }
    }

    /** A searchable field: which issues have a value, and which match a value. */
    private interface Field {
        Predicate<DevIssue> present();

        Predicate<DevIssue> value(String value) throws JqlException;

        default Predicate<DevIssue> anyOf(List<String> values) throws JqlException {
            Predicate<DevIssue> any = value(values.get(0));
            for (String value : values.subList(1, values.size())) {
                any = any.or(value(value));
            }
            return any;
        }
    }

    private Field field(Token name, Set<String> named) throws JqlException {
        String field = name.text().toLowerCase(Locale.ROOT);
        switch (field) {
            case "project":
                return field(i -> true, value -> {
                    DevProject project = sample.projects().stream()
                            .filter(p -> p.getKey().equalsIgnoreCase(value) || p.getName().equalsIgnoreCase(value)
                                    || p.getId().toString().equals(value))
                            .findFirst().orElseThrow(() -> noValue(value, "project"));
                    named.add(project.getKey());
                    return i -> i.getProjectObject() == project;
                });
            case "status":
                return field(i -> true, value -> {
                    DevStatus status = SampleJira.status(value).orElseThrow(() -> noValue(value, "status"));
                    return i -> i.getStatus() == status;
                });
            case "statuscategory":
                return field(i -> true, value -> {
                    DevStatusCategory category = DevStatusCategory.all().stream()
                            .filter(c -> c.getKey().equalsIgnoreCase(value) || c.getName().equalsIgnoreCase(value))
                            .findFirst().orElseThrow(() -> noValue(value, "statusCategory"));
                    return i -> i.getStatus().getStatusCategory() == category;
                });
            case "issuetype":
            case "type":
                return field(i -> true, value -> {
                    String type = List.of(DevIssue.EPIC, DevIssue.STORY, DevIssue.TASK, DevIssue.BUG,
                            DevIssue.SUB_TASK).stream().filter(t -> t.equalsIgnoreCase(value)).findFirst()
                            .orElseThrow(() -> noValue(value, "issuetype"));
                    return i -> i.issueType().equals(type);
                });
            case "labels":
                return field(i -> !i.labels().isEmpty(), value -> i -> i.labels().contains(value));
            case "assignee":
                return field(i -> i.assignee() != null, value -> i -> value.equalsIgnoreCase(i.assignee()));
            case "issuekey":
            case "key":
                return keyField("issuekey", i -> i, named);
            case "parent":
                return keyField("parent", DevIssue::parent, named);
            case "epic link":
                return keyField("Epic Link", DevIssue::epic, named);
            default:
                if (field.equals("cf[" + SampleJira.EPIC_LINK_FIELD_ID + "]")) {
                    return keyField(name.text(), DevIssue::epic, named);
                }
                throw new JqlException("Field '" + name.text()
                        + "' does not exist or you do not have permission to view it.");
        }
    }

    /** A field whose values are issue keys; a key that names no issue is an error, as in Jira. */
    private Field keyField(String name, Function<DevIssue, DevIssue> issueOf, Set<String> named) {
        return new Field() {
            @Override
            public Predicate<DevIssue> present() {
                return i -> issueOf.apply(i) != null;
            }

            @Override
            public Predicate<DevIssue> value(String value) throws JqlException {
                return anyOf(List.of(value));
            }

            /** One set look-up per issue, however many keys: the adapter sends up to 500 at once. */
            @Override
            public Predicate<DevIssue> anyOf(List<String> values) throws JqlException {
                Set<DevIssue> targets = new HashSet<>();
                for (String value : values) {
                    targets.add(sample.issue(value.toUpperCase(Locale.ROOT)).orElseThrow(() -> new JqlException(
                            "An issue with key '" + value + "' does not exist for field '" + name + "'.")));
                }
                targets.forEach(target -> named.add(target.getProjectObject().getKey()));
                return i -> {
                    DevIssue target = issueOf.apply(i);
                    return target != null && targets.contains(target);
                };
            }
        };
    }

    private interface ValueMatcher {
        Predicate<DevIssue> of(String value) throws JqlException;
    }

    private static Field field(Predicate<DevIssue> present, ValueMatcher matcher) {
        return new Field() {
            @Override
            public Predicate<DevIssue> present() {
                return present;
            }

            @Override
            public Predicate<DevIssue> value(String value) throws JqlException {
                return matcher.of(value);
            }
        };
    }

    private static JqlException noValue(String value, String field) {
        return new JqlException("The value '" + value + "' does not exist for the field '" + field + "'.");
    }
}
