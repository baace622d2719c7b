package dev.cascade.okr.web;

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
}
