package dev.cascade.okr.core.model;

import dev.cascade.okr.core.validation.Validated;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The configured levels of the cascade, top first, and the deepest alignment chain allowed.
 *
 * <p>Invariants: 1 to {@value #MAX_LEVELS} levels with distinct keys, ranked 0, 1, 2... in order, each with an
 * English and a Chinese name (both required, at most {@value #MAX_NAME} characters);
 * {@code maxAlignmentDepth >= 1}.
 */
public final class LevelScheme {

    /** The most levels a scheme may have. */
    public static final int MAX_LEVELS = 10;
    /** The default deepest chain of alignments (child to parent edges) from any goal to the top. */
    public static final int DEFAULT_MAX_ALIGNMENT_DEPTH = 8;
    /** The longest level name. */
    public static final int MAX_NAME = 60;

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]{0,31}");

    private final List<Level> levels;
    private final int maxAlignmentDepth;

    private LevelScheme(List<Level> levels, int maxAlignmentDepth) {
        this.levels = List.copyOf(levels);
        this.maxAlignmentDepth = maxAlignmentDepth;
    }

    /** Company, department, team, individual; alignment chains up to {@value #DEFAULT_MAX_ALIGNMENT_DEPTH} deep. */
    public static LevelScheme defaults() {
        return new LevelScheme(List.of(
                new Level("company", "Company", "\u516c\u53f8", 0),
                new Level("department", "Department", "\u90e8\u95e8", 1),
                new Level("team", "Team", "\u56e2\u961f", 2),
                new Level("individual", "Individual", "\u4e2a\u4eba", 3)), DEFAULT_MAX_ALIGNMENT_DEPTH);
    }

    /** A scheme whose levels have one name for both languages (tests and schemes stored with one name). */
    public static Validated<LevelScheme> of(List<String> keys, List<String> names, int maxAlignmentDepth) {
        return of(keys, names, names, maxAlignmentDepth);
    }

    /**
     * A scheme from level keys and names, top first, or the violations that stop it.
     *
     * @param keys stable keys, lower case ({@code [a-z][a-z0-9-]*}, at most 32 characters)
     * @param names the names English readers see, one per key (field {@code levels[i].name})
     * @param namesZh the names Chinese readers see, one per key (field {@code levels[i].nameZh})
     */
    public static Validated<LevelScheme> of(List<String> keys, List<String> names, List<String> namesZh,
            int maxAlignmentDepth) {
        List<Violation> violations = new ArrayList<>();
        if (keys == null || keys.isEmpty() || names == null || names.size() != keys.size() || namesZh == null
                || namesZh.size() != keys.size()) {
            violations.add(Violation.of(ViolationCode.LEVELS_REQUIRED, "levels"));
            return Validated.invalid(violations);
        }
        if (keys.size() > MAX_LEVELS) {
            violations.add(Violation.of(ViolationCode.LEVELS_TOO_MANY, "levels", String.valueOf(MAX_LEVELS)));
        }
        Set<String> seen = new HashSet<>();
        List<Level> levels = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            String name = names.get(i);
            String nameZh = namesZh.get(i);
            if (key == null || !KEY.matcher(key).matches()) {
                violations.add(Violation.of(ViolationCode.LEVEL_KEY_INVALID, "levels[" + i + "].key"));
            } else if (!seen.add(key)) {
                violations.add(Violation.of(ViolationCode.LEVEL_KEY_DUPLICATE, "levels[" + i + "].key", key));
            }
            checkName(name, "levels[" + i + "].name", violations);
            checkName(nameZh, "levels[" + i + "].nameZh", violations);
            if (violations.isEmpty()) {
                levels.add(new Level(key, name.strip(), nameZh.strip(), i));
            }
        }
        if (maxAlignmentDepth < 1 || maxAlignmentDepth > 50) {
            violations.add(Violation.of(ViolationCode.ALIGNMENT_DEPTH_LIMIT_INVALID, "maxAlignmentDepth", "1", "50"));
        }
        return violations.isEmpty()
                ? Validated.valid(new LevelScheme(levels, maxAlignmentDepth))
                : Validated.invalid(violations);
    }

    private static void checkName(String name, String field, List<Violation> violations) {
        if (name == null || name.isBlank()) {
            violations.add(Violation.of(ViolationCode.LEVEL_NAME_REQUIRED, field));
        } else if (name.length() > MAX_NAME) {
            violations.add(Violation.of(ViolationCode.LEVEL_NAME_TOO_LONG, field, String.valueOf(MAX_NAME)));
        }
    }

    /** The levels, top first. */
    public List<Level> levels() {
        return levels;
    }

    /** The level with this key, if configured. */
    public Optional<Level> level(String key) {
        return levels.stream().filter(level -> level.key().equals(key)).findFirst();
    }

    /** The deepest chain of alignments allowed from any goal up to a goal that aligns to nothing. */
    public int maxAlignmentDepth() {
        return maxAlignmentDepth;
    }
}
