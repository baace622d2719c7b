package dev.cascade.okr.web.admin;

import dev.cascade.okr.web.Translator;

/**
 * The administration page's texts ({@code cascade.admin.*}) in the reader's language, for its templates: the page,
 * the scheme preview fragment and the page a non-administrator gets.
 *
 * @param translator the reader's language
 */
public record AdminTexts(Translator translator) {

    /** The text of {@code cascade.admin.<name>}. */
    public String text(String name) {
        return translator.text("cascade.admin." + name);
    }
}
