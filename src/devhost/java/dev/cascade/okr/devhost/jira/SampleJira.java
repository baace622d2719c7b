package dev.cascade.okr.devhost.jira;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The dev host's stand-in for Jira's issues: a few sample projects, epics and issues, whose statuses a person can
 * change. Status changes are kept in {@code issues.properties} in the data folder, so they survive restarts like the
 * goals in the database do.
 */
public final class SampleJira {

    /** The Epic Link field's id, as in a typical Jira Software instance. */
    public static final long EPIC_LINK_FIELD_ID = 10100L;

    /** The three statuses of the sample workflow, one per category. */
    public static final DevStatus TO_DO = new DevStatus("1", "To Do", DevStatusCategory.TO_DO);
    /** In Progress. */
    public static final DevStatus IN_PROGRESS = new DevStatus("3", "In Progress", DevStatusCategory.IN_PROGRESS);
    /** Done. */
    public static final DevStatus DONE = new DevStatus("10001", "Done", DevStatusCategory.DONE);

    private final Path statusFile;
    private final Map<String, DevProject> projects = new LinkedHashMap<>();
    private final Map<String, DevIssue> issues = new LinkedHashMap<>();
    private final Map<String, Set<String>> browsers = new LinkedHashMap<>();
    private final DevCustomField epicLink = new DevCustomField(EPIC_LINK_FIELD_ID, "Epic Link",
            "com.pyxis.greenhopper.jira:gh-epic-link");
    private long nextIssueId = 10000;

    private SampleJira(Path statusFile) {
        this.statusFile = statusFile;
    }

    /** The sample instance, with statuses changed earlier restored from {@code dataDir}. */
    public static SampleJira load(Path dataDir, Instant now) {
        SampleJira jira = new SampleJira(dataDir.resolve("issues.properties"));
        jira.seed(now);
        jira.restoreStatuses();
        return jira;
    }

    private void seed(Instant now) {
        DevProject casc = project(1L, "CASC", "Cascade Demo", Set.of("alice", "bob", "zhang", "pat"));
        DevProject ops = project(2L, "OPS", "Operations", Set.of("alice", "carol"));
        DevIssue onboarding = epic(casc, "Self-service onboarding");
        issue(casc, onboarding, "Sign-up form with company details", DONE, now.minus(20, ChronoUnit.DAYS));
        issue(casc, onboarding, "Email verification", DONE, now.minus(12, ChronoUnit.DAYS));
        issue(casc, onboarding, "Guided first project", IN_PROGRESS, null);
        issue(casc, onboarding, "Invite teammates", IN_PROGRESS, null);
        issue(casc, onboarding, "Sample data on first login", TO_DO, null);
        issue(casc, onboarding, "Onboarding checklist", TO_DO, null);
        DevIssue billing = epic(casc, "Billing revamp");
        issue(casc, billing, "Invoices in PDF", DONE, now.minus(5, ChronoUnit.DAYS));
        issue(casc, billing, "Card payments", IN_PROGRESS, null);
        issue(casc, billing, "Tax rates per country", TO_DO, null);
        issue(casc, billing, "Dunning emails", TO_DO, null);
        epic(casc, "Mobile app");
        DevIssue monitoring = epic(ops, "Service monitoring");
        issue(ops, monitoring, "Uptime alerts", DONE, now.minus(30, ChronoUnit.DAYS));
        issue(ops, monitoring, "Latency dashboard", TO_DO, null);
    }

    private DevProject project(long id, String key, String name, Set<String> browsingUsers) {
        DevProject project = new DevProject(id, key, name);
        projects.put(key, project);
        browsers.put(key, browsingUsers);
        return project;
    }

    private DevIssue epic(DevProject project, String summary) {
        return add(project, null, summary, TO_DO, null);
    }

    private void issue(DevProject project, DevIssue epic, String summary, DevStatus status, Instant resolved) {
        add(project, epic, summary, status, resolved);
    }

    private DevIssue add(DevProject project, DevIssue epic, String summary, DevStatus status, Instant resolved) {
        long number = issues.values().stream().filter(i -> i.getProjectObject() == project).count() + 1;
        DevIssue issue = new DevIssue(nextIssueId++, project.getKey() + "-" + number, summary, project, epic,
                status, resolved == null ? null : Timestamp.from(resolved), epicLink);
        issues.put(issue.getKey(), issue);
        return issue;
    }

    /** The Epic Link custom field. */
    public DevCustomField epicLinkField() {
        return epicLink;
    }

    /** Every project. */
    public Collection<DevProject> projects() {
        return projects.values();
    }

    /** A project by key. */
    public Optional<DevProject> project(String key) {
        return Optional.ofNullable(projects.get(key));
    }

    /** An issue by key. */
    public synchronized Optional<DevIssue> issue(String key) {
        return Optional.ofNullable(issues.get(key));
    }

    /** An issue by id. */
    public synchronized Optional<DevIssue> issue(long id) {
        return issues.values().stream().filter(i -> i.getId() == id).findFirst();
    }

    /** The issues of a project, epics first within key order. */
    public synchronized List<DevIssue> issuesOf(DevProject project) {
        return issues.values().stream().filter(i -> i.getProjectObject() == project).toList();
    }

    /** Every issue whose epic is one of these keys, by id. */
    public synchronized List<DevIssue> issuesOfEpics(Set<String> epicKeys) {
        List<DevIssue> found = new ArrayList<>();
        for (DevIssue issue : issues.values()) {
            if (issue.epic() != null && epicKeys.contains(issue.epic().getKey())) {
                found.add(issue);
            }
        }
        return found;
    }

    /** Whether a user may browse a project (the dev host's stand-in for a permission scheme). */
    public boolean canBrowse(String userKey, String projectKey) {
        return userKey != null && browsers.getOrDefault(projectKey, Set.of()).contains(userKey);
    }

    /** Moves an issue to a status and remembers it; returns the changed issue. */
    public synchronized DevIssue setStatus(String key, DevStatus status, Instant at) {
        DevIssue issue = issues.get(key);
        if (issue == null) {
            throw new IllegalArgumentException("no issue " + key);
        }
        issue.moveTo(status, status == DONE ? Timestamp.from(at) : null);
        saveStatuses();
        return issue;
    }

    /** The status with this name, if the sample workflow has it. */
    public static Optional<DevStatus> status(String name) {
        for (DevStatus status : List.of(TO_DO, IN_PROGRESS, DONE)) {
            if (status.getName().equalsIgnoreCase(name) || status.getId().equals(name)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    private void restoreStatuses() {
        if (!Files.exists(statusFile)) {
            return;
        }
        Properties saved = new Properties();
        try (Reader reader = Files.newBufferedReader(statusFile, StandardCharsets.UTF_8)) {
            saved.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + statusFile, e);
        }
        for (String key : saved.stringPropertyNames()) {
            String[] parts = saved.getProperty(key).split("\\|", 2);
            DevIssue issue = issues.get(key);
            Optional<DevStatus> status = status(parts[0]);
            if (issue != null && status.isPresent()) {
                issue.moveTo(status.get(), parts.length > 1 && !parts[1].isEmpty()
                        ? Timestamp.from(Instant.parse(parts[1])) : null);
            }
        }
    }

    private void saveStatuses() {
        Properties saved = new Properties();
        for (DevIssue issue : issues.values()) {
            Timestamp resolved = issue.getResolutionDate();
            saved.setProperty(issue.getKey(), issue.getStatus().getId() + "|"
                    + (resolved == null ? "" : resolved.toInstant().toString()));
        }
        try {
            Files.createDirectories(statusFile.getParent());
            try (Writer writer = Files.newBufferedWriter(statusFile, StandardCharsets.UTF_8)) {
                saved.store(writer, "Cascade dev host: issue statuses");
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + statusFile, e);
        }
    }
}
