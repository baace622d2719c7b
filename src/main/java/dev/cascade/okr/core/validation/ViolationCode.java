package dev.cascade.okr.core.validation;

/**
 * Stable violation codes; each has the i18n key {@code cascade.violation.<code>} in every language.
 *
 * <p>Codes are part of the REST contract: never rename one, add a new one instead.
 */
public enum ViolationCode {

    /** The request body is not well-formed JSON. */
    REQUEST_MALFORMED("request.malformed"),
    /** A field has the wrong JSON type. */
    REQUEST_WRONG_TYPE("request.wrong-type"),
    /** The body has a field the API does not know. */
    REQUEST_UNKNOWN_FIELD("request.unknown-field"),
    /** The request needs a signed-in user. */
    NOT_AUTHENTICATED("auth.required"),
    /** The caller may not do this. */
    FORBIDDEN("auth.forbidden"),
    /** A title is missing or blank. */
    TITLE_REQUIRED("title.required"),
    /** A title is longer than allowed. */
    TITLE_TOO_LONG("title.too-long"),
    /** A title contains control characters. */
    TITLE_CONTROL_CHARACTERS("title.control-characters"),
    /** A description is longer than allowed. */
    DESCRIPTION_TOO_LONG("description.too-long"),
    /** The project key is missing. */
    PROJECT_REQUIRED("project.required"),
    /** No project with that key exists, or the caller may not see it. */
    PROJECT_UNKNOWN("project.unknown"),
    /** Too many key results on one objective. */
    KEY_RESULTS_TOO_MANY("key-results.too-many"),
    /** A key result has no epic key. */
    EPIC_REQUIRED("epic.required"),
    /** An epic key is not of the form ABC-123. */
    EPIC_KEY_INVALID("epic.key-invalid"),
    /** No issue with that key exists. */
    EPIC_UNKNOWN("epic.unknown"),
    /** No objective with that id exists, or the caller may not see it. */
    OBJECTIVE_NOT_FOUND("objective.not-found");

    private final String code;

    ViolationCode(String code) {
        this.code = code;
    }

    /** The stable code, e.g. {@code title.required}. */
    public String code() {
        return code;
    }

    /** The i18n key of this code's message. */
    public String messageKey() {
        return "cascade.violation." + code;
    }
}
