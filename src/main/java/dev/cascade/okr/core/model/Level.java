package dev.cascade.okr.core.model;

import dev.cascade.okr.core.validation.Require;
import java.util.Locale;

/**
 * A level of the goal cascade, such as company, department, team or individual.
 *
 * <p>Invariant: {@code rank >= 0}; rank 0 is the top. Names are configured by administrators in English and in
 * Chinese; the key is stable.
 *
 * @param key a stable key, e.g. {@code company}
 * @param name the name English readers see (and readers of any language other than Chinese), as configured
 * @param nameZh the name Chinese readers see, as configured
 * @param rank the position from the top, starting at 0
 */
public record Level(String key, String name, String nameZh, int rank) {

    /** Checks the invariants. */
    public Level {
        Require.present("key", key, "name", name, "nameZh", nameZh);
        if (rank < 0) {
            throw new IllegalArgumentException("rank must not be negative: " + rank);
        }
    }

    /** A level with one name for every language (as schemes stored before level names had two languages). */
    public Level(String key, String name, int rank) {
        this(key, name, name, rank);
    }

    /**
     * The name a reader of {@code locale} sees: the Chinese name for any Chinese locale ({@code zh}, {@code zh-CN},
     * {@code zh-TW}...), else the English name. The one place a level's name is chosen for a reader.
     */
    public String nameFor(Locale locale) {
        return locale != null && Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? nameZh : name;
    }
}
