package dev.cascade.okr.store.settings;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import dev.cascade.okr.core.appraisal.AppraisalScheme;
import dev.cascade.okr.core.model.LevelScheme;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.port.SettingsStore;
import dev.cascade.okr.core.port.StoreWrite;
import dev.cascade.okr.core.tracking.TrackingThresholds;
import dev.cascade.okr.store.kernel.OptimisticLock;
import dev.cascade.okr.store.kernel.SettingsText;
import dev.cascade.okr.store.kernel.StaleWriteException;
import jakarta.inject.Inject;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The settings store on Active Objects: one {@link SettingAo} row per name, composite values in the
 * {@link SettingsText} form. A damaged text is read as the default with the problem reported (and logged with the
 * row's id), never as an exception.
 */
@JiraComponent
public final class AoSettingsStore implements SettingsStore {

    /** The row name of the appraisal scheme. */
    public static final String APPRAISAL_SCHEME = "appraisal.scheme";
    /** The row name of the level scheme. */
    public static final String LEVEL_SCHEME = "levels.scheme";
    /** The row name of the tracking thresholds. */
    public static final String TRACKING_THRESHOLDS = "tracking.thresholds";

    private static final Logger LOG = LoggerFactory.getLogger(AoSettingsStore.class);
    private static final Set<String> TYPED = Set.of(APPRAISAL_SCHEME, LEVEL_SCHEME, TRACKING_THRESHOLDS,
            AoPeopleStore.REVISION);
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9.-]{0," + (MAX_NAME - 1) + "}");

    private final ActiveObjects ao;
    private final SettingsCache cached;

    /** Creates the store over Active Objects, reading the table on every read (tests over one store). */
    public AoSettingsStore(ActiveObjects ao) {
        this(ao, SettingsCache.none());
    }

    /** Creates the store over the host's Active Objects, its reads held in the cluster-wide settings cache. */
    @Inject
    public AoSettingsStore(@ComponentImport ActiveObjects ao, SettingsCache cached) {
        this.ao = ao;
        this.cached = cached;
    }

    @Override
    public Setting<AppraisalScheme> appraisalScheme() {
        return typed(APPRAISAL_SCHEME, SettingsText::scheme, AppraisalScheme.defaults());
    }

    @Override
    public StoreWrite<Setting<AppraisalScheme>> putAppraisalScheme(long expectedVersion, AppraisalScheme scheme,
            UserRef by, Instant at) {
        Objects.requireNonNull(scheme, "scheme");
        return write(APPRAISAL_SCHEME, expectedVersion, SettingsText.scheme(scheme), by, at,
                this::appraisalScheme, row -> stored(row, scheme));
    }

    @Override
    public Setting<LevelScheme> levelScheme() {
        return typed(LEVEL_SCHEME, SettingsText::levels, LevelScheme.defaults());
    }

    @Override
    public StoreWrite<Setting<LevelScheme>> putLevelScheme(long expectedVersion, LevelScheme scheme, UserRef by,
            Instant at) {
        Objects.requireNonNull(scheme, "scheme");
        return write(LEVEL_SCHEME, expectedVersion, SettingsText.levels(scheme), by, at, this::levelScheme,
                row -> stored(row, scheme));
    }

    @Override
    public Setting<TrackingThresholds> trackingThresholds() {
        return typed(TRACKING_THRESHOLDS, SettingsText::thresholds, TrackingThresholds.DEFAULTS);
    }

    @Override
    public StoreWrite<Setting<TrackingThresholds>> putTrackingThresholds(long expectedVersion,
            TrackingThresholds thresholds, UserRef by, Instant at) {
        Objects.requireNonNull(thresholds, "thresholds");
        return write(TRACKING_THRESHOLDS, expectedVersion, SettingsText.thresholds(thresholds), by, at,
                this::trackingThresholds, row -> stored(row, thresholds));
    }

    @Override
    public Setting<Optional<String>> text(String name) {
        checkTextName(name);
        return cached.read(name, () -> ao.executeInTransaction(() -> {
            SettingAo row = find(name);
            return row == null ? never(Optional.<String>empty()) : textOf(row);
        }));
    }

    @Override
    public StoreWrite<Setting<Optional<String>>> putText(String name, long expectedVersion, String text, UserRef by,
            Instant at) {
        checkTextName(name);
        Objects.requireNonNull(text, "text");
        if (text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("setting " + name + " longer than " + MAX_TEXT + ": " + text.length());
        }
        return write(name, expectedVersion, text, by, at, () -> text(name), AoSettingsStore::textOf);
    }

    private static void checkTextName(String name) {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches() || TYPED.contains(name)) {
            throw new IllegalArgumentException("not a text setting name: " + name);
        }
    }

    private <T> Setting<T> typed(String name, Function<String, SettingsText.Read<T>> parse, T defaults) {
        return cached.read(name, () -> ao.executeInTransaction(() -> {
            SettingAo row = find(name);
            if (row == null) {
                return never(defaults);
            }
            SettingsText.Read<T> read = parse.apply(text(row));
            if (read.value() == null) {
                LOG.warn("Setting {} (row {}, version {}) cannot be read, the defaults apply until it is saved"
                        + " again: {}", name, row.getID(), row.getVersion(), read.problem());
                return new Setting<>(defaults, row.getVersion(), Optional.of(new UserRef(row.getUpdatedBy())),
                        Optional.of(row.getUpdatedAt().toInstant()), List.of(read.problem()));
            }
            return stored(row, read.value());
        }));
    }

    /**
     * Writes the text over {@code expectedVersion}. A setting never saved is created under the claim
     * {@code SETTING:<name>:0:1}, so that of two first saves only one goes through; later saves claim the row's next
     * version.
     */
    private <T> StoreWrite<Setting<T>> write(String name, long expectedVersion, String text, UserRef by, Instant at,
            java.util.function.Supplier<Setting<T>> current, Function<SettingAo, Setting<T>> mapped) {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        try {
            return writeRow(name, expectedVersion, text, by, at, current, mapped);
        } finally {
            cached.changed(name); // after the transaction, written or not: no node keeps what it held before
        }
    }

    private <T> StoreWrite<Setting<T>> writeRow(String name, long expectedVersion, String text, UserRef by,
            Instant at, java.util.function.Supplier<Setting<T>> current, Function<SettingAo, Setting<T>> mapped) {
        try {
            return ao.executeInTransaction(() -> {
                SettingAo row = find(name);
                if (row == null) {
                    if (expectedVersion != 0) {
                        return new StoreWrite.Missing<Setting<T>>();
                    }
                    OptimisticLock.claim(ao, "SETTING:" + name, 0, 1);
                    row = ao.create(SettingAo.class,
                            new DBParam("SETTING_NAME", name),
                            new DBParam("VERSION", 1L),
                            new DBParam("UPDATED_BY", by.key()),
                            new DBParam("UPDATED_AT", Date.from(at)));
                    row.setSettingText(text);
                    row.save();
                    audit(name, 1L, null, text, by, at);
                    return new StoreWrite.Written<>(mapped.apply(row));
                }
                if (row.getVersion() != expectedVersion) {
                    return new StoreWrite.Stale<>(current.get());
                }
                OptimisticLock.claim(ao, "SETTING", row.getID(), expectedVersion + 1);
                audit(name, expectedVersion + 1, text(row), text, by, at);
                row.setSettingText(text);
                row.setVersion(expectedVersion + 1);
                row.setUpdatedBy(by.key());
                row.setUpdatedAt(Date.from(at));
                row.save();
                return new StoreWrite.Written<>(mapped.apply(row));
            });
        } catch (StaleWriteException e) {
            return new StoreWrite.Stale<>(current.get());
        }
    }

    @Override
    public AuditPage audit(int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_AUDIT_PAGE) {
            throw new IllegalArgumentException("audit page out of range: offset " + offset + ", limit " + limit);
        }
        return ao.executeInTransaction(() -> {
            List<AuditEntry> entries = new ArrayList<>();
            for (SettingAuditAo row : ao.find(SettingAuditAo.class,
                    Query.select().order("ID DESC").offset(offset).limit(limit))) {
                entries.add(new AuditEntry(row.getSettingName(), row.getVersion(), new UserRef(row.getChangedBy()),
                        row.getChangedAt().toInstant(),
                        row.getChangeSummary() == null ? "" : row.getChangeSummary()));
            }
            return new AuditPage(entries, ao.count(SettingAuditAo.class));
        });
    }

    /** Adds the audit row of a save, in the save's transaction; {@code before} is {@code null} for a first save. */
    private void audit(String name, long version, String before, String after, UserRef by, Instant at) {
        SettingAudits.add(ao, name, version, changes(before, after), by, at);
    }

    /**
     * What a save changed, for a person: per key of the text form ({@code v1;key=value;…}) whose value differs,
     * {@code key: old → new} (values URL-decoded, {@code —} for none), separated by {@code ; }; a plain text setting
     * is its one value.
     */
    static String changes(String before, String after) {
        Map<String, String> old = pairs(before);
        Map<String, String> now = pairs(after);
        Set<String> keys = new LinkedHashSet<>(old.keySet());
        keys.addAll(now.keySet());
        List<String> changed = new ArrayList<>();
        for (String key : keys) {
            String was = old.getOrDefault(key, "\u2014");
            String is = now.getOrDefault(key, "\u2014");
            if (!was.equals(is)) {
                changed.add((key.isEmpty() ? "" : key + ": ") + was + " \u2192 " + is);
            }
        }
        String summary = String.join("; ", changed);
        return summary.length() > MAX_TEXT ? summary.substring(0, MAX_TEXT - 1) + "\u2026" : summary;
    }

    private static Map<String, String> pairs(String text) {
        Map<String, String> pairs = new LinkedHashMap<>();
        if (text == null) {
            return pairs;
        }
        if (!text.startsWith("v1;")) {
            pairs.put("", text);
            return pairs;
        }
        for (String part : text.substring(3).split(";")) {
            int equals = part.indexOf('=');
            if (equals > 0) {
                // Lists encode each element and then the list (levels=company%3ACompany…): decoded twice for people.
                pairs.put(part.substring(0, equals), decoded(decoded(part.substring(equals + 1))));
            }
        }
        return pairs;
    }

    private static String decoded(String value) {
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return value;
        }
    }

    private SettingAo find(String name) {
        SettingAo[] rows = ao.find(SettingAo.class, Query.select().where("SETTING_NAME = ?", name));
        return rows.length == 0 ? null : rows[0];
    }

    private static String text(SettingAo row) {
        return row.getSettingText() == null ? "" : row.getSettingText();
    }

    private static Setting<Optional<String>> textOf(SettingAo row) {
        return stored(row, Optional.of(text(row)));
    }

    private static <T> Setting<T> stored(SettingAo row, T value) {
        return new Setting<>(value, row.getVersion(), Optional.of(new UserRef(row.getUpdatedBy())),
                Optional.of(row.getUpdatedAt().toInstant()), List.of());
    }

    private static <T> Setting<T> never(T defaults) {
        return new Setting<>(defaults, 0, Optional.empty(), Optional.empty(), List.of());
    }
}
