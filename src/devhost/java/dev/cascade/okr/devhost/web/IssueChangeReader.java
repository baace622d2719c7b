package dev.cascade.okr.devhost.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cascade.okr.devhost.jira.DevStatus;
import dev.cascade.okr.devhost.jira.IssueChange;
import dev.cascade.okr.devhost.jira.SampleJira;
import java.util.Iterator;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a person's change to a sample issue from the issue page's form or the dev endpoint's JSON, checking it before
 * anything is changed: story points are a number from 0 to 1000, or empty (JSON {@code null}) to clear them; a status
 * is one of the sample workflow's.
 */
final class IssueChangeReader {

    /** The largest story points the dev host accepts. */
    static final double MAX_STORY_POINTS = 1000;

    private static final Pattern NUMBER = Pattern.compile("\\d{1,7}(?:\\.\\d{1,6})?");

    /** Why input was refused: the field (as the caller named it) and the devhost bundle's message key. */
    record Refusal(String field, String messageKey) {
    }

    /** A change or why it was refused. */
    record Read(IssueChange change, Refusal refusal) {
        static Read refused(String field, String messageKey) {
            return new Read(null, new Refusal(field, messageKey));
        }
    }

    private IssueChangeReader() {
    }

    /** Story points typed into the issue page: a number from 0 to 1000, or blank to clear. */
    static Read storyPointsText(String key, String text, String field) {
        Optional<Double> points;
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.isEmpty()) {
            return new Read(new IssueChange(key, null, true, null), null);
        }
        points = NUMBER.matcher(trimmed).matches() ? Optional.of(Double.valueOf(trimmed)) : Optional.empty();
        if (points.isEmpty() || points.get() > MAX_STORY_POINTS) {
            return Read.refused(field, "devhost.issue.story-points.invalid");
        }
        return new Read(new IssueChange(key, null, true, points.get()), null);
    }

    /**
     * One change from JSON: {@code {"status":"Done"}} and/or {@code {"storyPoints":5}}; the key comes from
     * {@code key} (from the URL) or, when {@code key} is null, from the object's {@code "key"}. Field names in a
     * refusal start with {@code prefix}.
     */
    static Read json(JsonNode node, String key, String prefix) {
        if (node == null || !node.isObject()) {
            return Read.refused(prefix.isEmpty() ? "body" : prefix.substring(0, prefix.length() - 1),
                    "devhost.issue.change.invalid");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!name.equals("status") && !name.equals("storyPoints") && !(key == null && name.equals("key"))) {
                return Read.refused(prefix + name, "devhost.issue.change.unknown-field");
            }
        }
        String issueKey = key;
        if (issueKey == null) {
            JsonNode keyNode = node.get("key");
            if (keyNode == null || !keyNode.isTextual() || !keyNode.asText().matches("[A-Z][A-Z0-9_]*-\\d+")) {
                return Read.refused(prefix + "key", "devhost.issue.key.invalid");
            }
            issueKey = keyNode.asText();
        }
        DevStatus status = null;
        if (node.has("status")) {
            Optional<DevStatus> named = node.get("status").isTextual()
                    ? SampleJira.status(node.get("status").asText()) : Optional.empty();
            if (named.isEmpty()) {
                return Read.refused(prefix + "status", "devhost.issue.status.invalid");
            }
            status = named.get();
        }
        if (!node.has("storyPoints")) {
            if (status == null) {
                return Read.refused(prefix.isEmpty() ? "body" : prefix.substring(0, prefix.length() - 1),
                        "devhost.issue.change.invalid");
            }
            return new Read(new IssueChange(issueKey, status, false, null), null);
        }
        JsonNode points = node.get("storyPoints");
        if (points.isNull()) {
            return new Read(new IssueChange(issueKey, status, true, null), null);
        }
        if (points.isTextual()) {
            Read typed = storyPointsText(issueKey, points.asText(), prefix + "storyPoints");
            return typed.refusal() != null ? typed
                    : new Read(new IssueChange(issueKey, status, true, typed.change().storyPoints()), null);
        }
        double value = points.asDouble();
        if (!points.isNumber() || !Double.isFinite(value) || value < 0 || value > MAX_STORY_POINTS) {
            return Read.refused(prefix + "storyPoints", "devhost.issue.story-points.invalid");
        }
        return new Read(new IssueChange(issueKey, status, true, value), null);
    }
}
