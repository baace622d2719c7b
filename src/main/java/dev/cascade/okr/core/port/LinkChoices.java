package dev.cascade.okr.core.port;

import dev.cascade.okr.core.model.StatusCategory;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import java.util.List;
import java.util.Objects;

/**
 * The epics or issues a person may browse whose key or summary matches what they typed: the choices a link picker
 * offers.
 *
 * <p>Invariant: {@link #find} answers for the signed-in user of the current request only, searching with that
 * person's authority; an issue they may not browse is never among the choices, and a key of one reads exactly like a
 * key that names nothing. A question about anyone else (or outside a request), or a search the host fails, answers no
 * choice.
 */
public interface LinkChoices {

    /** The most choices one question answers. */
    int MAX_CHOICES = 20;

    /** The longest text a person may type to find a choice, in characters. */
    int MAX_TEXT = 100;

    /** What to find; names are the wire values {@code epic} and {@code issue}. */
    enum Kind {
        /** Epics only. */
        EPIC,
        /** Every issue that is not an epic. */
        ISSUE
    }

    /**
     * One epic or issue to offer.
     *
     * @param key the issue key, e.g. {@code CASC-12}
     * @param summary its summary
     * @param issueType the name of its issue type, as the host gives it
     * @param status the name of its status, as the host gives it
     * @param category its status's category, which pages name in the reader's language
     */
    record Choice(String key, String summary, String issueType, String status, StatusCategory category) {

        /** Checks presence of the key and the category. */
        public Choice {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(category, "category");
        }
    }

    /**
     * The epics or issues the person may browse whose key is the text (in any case) or whose summary has words
     * beginning with the text's words; at most {@value #MAX_CHOICES}. The text is trimmed, at most
     * {@value #MAX_TEXT} characters and free of control characters (the caller checks it); a text with no letter or
     * digit finds nothing.
     *
     * @param userKey the person asking, the signed-in user of the current request
     * @param kind epics or issues
     * @param text what the person typed
     */
    List<Choice> find(String userKey, Kind kind, String text);

    /**
     * What is wrong with a typed text, empty when nothing: longer than {@value #MAX_TEXT} characters
     * ({@code text.too-long}), or holding a control character ({@code text.control-characters}); both name
     * {@code field}. An absent or blank text is fine: it finds nothing.
     */
    static List<Violation> check(String text, String field) {
        if (text == null) {
            return List.of();
        }
        if (text.length() > MAX_TEXT) {
            return List.of(Violation.of(ViolationCode.TEXT_TOO_LONG, field, String.valueOf(MAX_TEXT)));
        }
        if (text.chars().anyMatch(Character::isISOControl)) {
            return List.of(Violation.of(ViolationCode.TEXT_CONTROL_CHARACTERS, field));
        }
        return List.of();
    }
}
