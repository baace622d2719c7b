package dev.cascade.okr.confluence;

import java.io.Serializable;
import java.util.Objects;

/**
 * What one read of Jira's Cascade REST API gave a macro: the body of a successful answer, or which of the failures a
 * reader must be told apart happened. Serializable, so that a successful answer can sit in the cluster's cache.
 *
 * @param outcome what happened
 * @param body the answer's body (JSON) when {@link Outcome#OK}, Jira's error body when {@link Outcome#REJECTED} or
 *     {@link Outcome#NOT_FOUND}, else empty
 * @param link the address to offer: the "authorise access" address for {@link Outcome#CREDENTIALS_REQUIRED}, else
 *     Jira's address as people open it (empty when there is no link)
 * @param linkName the Jira application link's name, or empty when there is none
 */
public record JiraAnswer(Outcome outcome, String body, String link, String linkName) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The outcomes a reader is told apart, each with its own message. */
    public enum Outcome {
        /** Jira answered 200 with a body. */
        OK,
        /** Confluence has no application link to Jira. */
        NO_LINK,
        /** Jira could not be reached, or failed (5xx, another status, a transport error). */
        UNREACHABLE,
        /** Jira did not answer in time. */
        TIMEOUT,
        /** The reader has not yet authorised Confluence to read Jira for them. */
        CREDENTIALS_REQUIRED,
        /** Jira answered 401 or 403: the reader may not read this. */
        DENIED,
        /** Jira answered 404: no such goal, or one the reader may not see (the same answer). */
        NOT_FOUND,
        /** Jira answered 400: a parameter Jira refused (its message says which). */
        REJECTED,
        /** Jira's answer was not what the macro reads (not JSON, or not the shape documented). */
        MALFORMED
    }

    /** Checks presence. */
    public JiraAnswer {
        Objects.requireNonNull(outcome, "outcome");
        body = body == null ? "" : body;
        link = link == null ? "" : link;
        linkName = linkName == null ? "" : linkName;
    }

    /** Whether Jira answered with a body to read. */
    public boolean ok() {
        return outcome == Outcome.OK;
    }
}
