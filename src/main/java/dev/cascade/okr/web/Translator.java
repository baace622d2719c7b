package dev.cascade.okr.web;

import dev.cascade.okr.core.validation.Violation;
import java.io.Serializable;

/**
 * Translates an i18n key with its arguments for a view model, in the viewer's language; the edge that builds the view
 * passes the host's resolver ({@code I18nResolver::getText}), so view models hold finished, translated text and
 * templates call nothing but the views' own getters.
 */
@FunctionalInterface
public interface Translator {

    /** The text of {@code key} with {@code arguments} in its {@code {0}}, {@code {1}}… placeholders. */
    String text(String key, Serializable... arguments);

    /**
     * The message of a violation (an error or a warning of core's) in the viewer's language. Core names states and
     * grades in its arguments by their i18n keys ({@code cascade.grade.good}), which are translated too, as the REST
     * answers translate them; every other argument is inserted as it is.
     */
    default String message(Violation violation) {
        return text(violation.code().messageKey(), violation.args().stream()
                .map(arg -> arg.startsWith("cascade.") ? text(arg) : arg).toArray(Serializable[]::new));
    }
}
