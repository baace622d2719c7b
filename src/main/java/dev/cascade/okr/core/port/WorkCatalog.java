package dev.cascade.okr.core.port;

import dev.cascade.okr.core.model.WorkLink;

/**
 * Answers whether the Jira things a goal refers to exist, and whether a person may link work to a key result.
 *
 * <p>Invariant: {@link #linkableBy} answers for the signed-in user of the current request only; a question about
 * anyone else (or outside a request) is answered as if the link named nothing, never with someone else's view. A link
 * the person may not see reads exactly like one that does not exist.
 */
public interface WorkCatalog {

    /** Whether a project with this key exists. */
    boolean projectExists(String projectKey);

    /** What a person linking work to a key result learns about one link. */
    enum Linkable {
        /** The person may link it. */
        YES,
        /** An epic or issue that does not exist or that the person may not browse: the same answer for both. */
        UNKNOWN,
        /**
         * A JQL query that does not parse, or that names a project, value or issue Jira does not know for the person
         * (Jira's own validation as that person: a project they may not browse reads as one that does not exist).
         */
        JQL_INVALID,
        /**
         * A JQL query that matches more issues under the app's authority (which stored progress counts) than the
         * person may browse: linking it would show them figures of issues they may not see.
         */
        JQL_HIDDEN_ISSUES
    }

    /**
     * Whether the person may link this well-formed link ({@link WorkLink#check}): an epic or issue must exist and be
     * browsable by them; a JQL query must parse and validate as them and match no issue they may not browse.
     *
     * @param userKey the person linking, the signed-in user of the current request
     * @param link the link, well-formed
     */
    Linkable linkableBy(String userKey, WorkLink link);
}
