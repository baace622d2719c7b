package dev.cascade.okr.store.kernel;

import dev.cascade.okr.core.appraisal.AppraisalScheme;
import dev.cascade.okr.core.appraisal.AppraisalSchemeDraft;
import dev.cascade.okr.core.appraisal.Grade;
import dev.cascade.okr.core.appraisal.GradeBand;
import dev.cascade.okr.core.model.LevelScheme;
import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.tracking.TrackingThresholds;
import dev.cascade.okr.core.validation.Validated;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The text form of composite settings, versioned and readable by a person looking at the table:
 * {@code v1;key=value;key=value}. Keys are fixed words; every value is URL-encoded (UTF-8), so {@code ;}, {@code =},
 * {@code ,} and {@code :} inside names never break the form. Lists are comma-separated, pairs {@code a:b}.
 *
 * <ul>
 *   <li>Appraisal scheme: {@code v1;results=7000;process=3000;cap=1.00;scaleMin=1;scaleMax=5;
 *       bands=excellent:95.0,good:85.0,pass:70.0;shares=excellent:2000,good:4000;appealDays=14} (weights and shares
 *       in basis points, the cap a fraction, band minimums on 0–100, grades by {@code Grade.code()}).
 *   <li>Level scheme: {@code v1;depth=8;levels=company:Company,department:Department;levelsZh=company:公司,…}
 *       (key:name, top first; {@code levelsZh} the Chinese names by key, absent in texts written before issue 14).
 *   <li>Tracking thresholds: {@code v1;onTrack=-10;atRisk=-25} (per-cent).
 * </ul>
 *
 * <p>Reading never throws: a text that is not of this form, lacks a key, or describes a value the core refuses is
 * answered with the problem. Unknown keys are ignored, so a later release may add keys without a new version.
 */
public final class SettingsText {

    /** The only version written and read. */
    public static final String VERSION = "v1";

    private SettingsText() {
    }

    /**
     * A value read from text, or why it could not be.
     *
     * @param value the value, or {@code null}
     * @param problem what was wrong, or {@code null}
     */
    public record Read<T>(T value, String problem) {
        public static <T> Read<T> ok(T value) {
            return new Read<>(value, null);
        }

        public static <T> Read<T> failed(String problem) {
            return new Read<>(null, problem);
        }
    }

    // ---- appraisal scheme ----

    public static String scheme(AppraisalScheme scheme) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("results", String.valueOf(scheme.resultsWeight().basisPoints()));
        fields.put("process", String.valueOf(scheme.processWeight().basisPoints()));
        fields.put("cap", scheme.achievementCap().toPlainString());
        fields.put("scaleMin", String.valueOf(scheme.processScaleMin()));
        fields.put("scaleMax", String.valueOf(scheme.processScaleMax()));
        fields.put("bands", scheme.gradeBands().stream()
                .map(band -> band.grade().code() + ":" + band.minScore().toPlainString())
                .collect(Collectors.joining(",")));
        fields.put("shares", scheme.distributionMaxShares().entrySet().stream()
                .map(share -> share.getKey().code() + ":" + share.getValue().basisPoints())
                .collect(Collectors.joining(",")));
        fields.put("appealDays", String.valueOf(scheme.appealWindowDays()));
        return write(fields);
    }

    public static Read<AppraisalScheme> scheme(String text) {
        try {
            Map<String, String> fields = read(text);
            List<GradeBand> bands = new ArrayList<>();
            for (String[] pair : pairs(required(fields, "bands"))) {
                bands.add(new GradeBand(grade(pair[0]), new BigDecimal(pair[1])));
            }
            Map<Grade, Weight> shares = new EnumMap<>(Grade.class);
            for (String[] pair : pairs(required(fields, "shares"))) {
                shares.put(grade(pair[0]), new Weight(Integer.parseInt(pair[1])));
            }
            return checked(AppraisalScheme.of(new AppraisalSchemeDraft(
                    new Weight(Integer.parseInt(required(fields, "results"))),
                    new Weight(Integer.parseInt(required(fields, "process"))),
                    new BigDecimal(required(fields, "cap")),
                    Integer.parseInt(required(fields, "scaleMin")),
                    Integer.parseInt(required(fields, "scaleMax")),
                    bands, shares,
                    Integer.parseInt(required(fields, "appealDays")))));
        } catch (RuntimeException e) {
            return Read.failed("appraisal scheme unreadable (" + reason(e) + ")");
        }
    }

    // ---- level scheme ----

    public static String levels(LevelScheme scheme) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("depth", String.valueOf(scheme.maxAlignmentDepth()));
        fields.put("levels", scheme.levels().stream()
                .map(level -> encode(level.key()) + ":" + encode(level.name()))
                .collect(Collectors.joining(",")));
        fields.put("levelsZh", scheme.levels().stream()
                .map(level -> encode(level.key()) + ":" + encode(level.nameZh()))
                .collect(Collectors.joining(",")));
        return write(fields);
    }

    /**
     * The levels of a text. A text written before level names had two languages has no {@code levelsZh}: a level's
     * missing name in one language is its name in the other.
     */
    public static Read<LevelScheme> levels(String text) {
        try {
            Map<String, String> fields = read(text);
            List<String> keys = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (String[] pair : pairs(required(fields, "levels"))) {
                keys.add(decode(pair[0]));
                names.add(decode(pair[1]));
            }
            Map<String, String> chinese = new LinkedHashMap<>();
            for (String[] pair : pairs(fields.getOrDefault("levelsZh", ""))) {
                chinese.put(decode(pair[0]), decode(pair[1]));
            }
            List<String> namesZh = new ArrayList<>();
            for (int i = 0; i < keys.size(); i++) {
                String zh = chinese.get(keys.get(i));
                String name = names.get(i);
                namesZh.add(zh == null || zh.isBlank() ? name : zh);
                names.set(i, name.isBlank() && zh != null ? zh : name);
            }
            return checked(LevelScheme.of(keys, names, namesZh, Integer.parseInt(required(fields, "depth"))));
        } catch (RuntimeException e) {
            return Read.failed("level scheme unreadable (" + reason(e) + ")");
        }
    }

    // ---- tracking thresholds ----

    public static String thresholds(TrackingThresholds thresholds) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("onTrack", thresholds.onTrackPercent().toPlainString());
        fields.put("atRisk", thresholds.atRiskPercent().toPlainString());
        return write(fields);
    }

    public static Read<TrackingThresholds> thresholds(String text) {
        try {
            Map<String, String> fields = read(text);
            return checked(TrackingThresholds.ofPercent(new BigDecimal(required(fields, "onTrack")),
                    new BigDecimal(required(fields, "atRisk"))));
        } catch (RuntimeException e) {
            return Read.failed("tracking thresholds unreadable (" + reason(e) + ")");
        }
    }

    // ---- the form ----

    private static String write(Map<String, String> fields) {
        StringBuilder text = new StringBuilder(VERSION);
        fields.forEach((key, value) -> text.append(';').append(key).append('=').append(encode(value)));
        return text.toString();
    }

    /** The fields of a text; throws (caught by the readers) when it is not of the form. */
    private static Map<String, String> read(String text) {
        if (text == null) {
            throw new IllegalArgumentException("no text");
        }
        String[] parts = text.split(";", -1);
        if (!VERSION.equals(parts[0])) {
            throw new IllegalArgumentException("version '" + abbreviate(parts[0]) + "', expected " + VERSION);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 1; i < parts.length; i++) {
            int equals = parts[i].indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("part " + i + " is not key=value");
            }
            fields.put(parts[i].substring(0, equals), decode(parts[i].substring(equals + 1)));
        }
        return fields;
    }

    private static String required(Map<String, String> fields, String key) {
        String value = fields.get(key);
        if (value == null) {
            throw new IllegalArgumentException("'" + key + "' missing");
        }
        return value;
    }

    /** {@code a:b,c:d} as pairs; an empty text is no pairs. */
    private static List<String[]> pairs(String list) {
        List<String[]> pairs = new ArrayList<>();
        if (list.isEmpty()) {
            return pairs;
        }
        for (String item : list.split(",", -1)) {
            String[] pair = item.split(":", -1);
            if (pair.length != 2) {
                throw new IllegalArgumentException("'" + abbreviate(item) + "' is not a:b");
            }
            pairs.add(pair);
        }
        return pairs;
    }

    private static Grade grade(String code) {
        for (Grade grade : Grade.values()) {
            if (grade.code().equals(code)) {
                return grade;
            }
        }
        throw new IllegalArgumentException("unknown grade '" + abbreviate(code) + "'");
    }

    private static <T> Read<T> checked(Validated<T> validated) {
        if (validated.isValid()) {
            return Read.ok(validated.value());
        }
        return Read.failed("refused by the rules: " + validated.errors().stream()
                .map(v -> v.code().code() + (v.field() == null ? "" : " at " + v.field()))
                .collect(Collectors.joining(", ")));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    private static String reason(RuntimeException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.length() <= 200 ? message : message.substring(0, 200) + "...";
    }

    /** At most 40 characters of stored text in a problem, so that a huge damaged value does not flood a log. */
    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
