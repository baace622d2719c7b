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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Random;
import java.util.Set;

/**
 * The dev host's stand-in for Jira's issues: four sample projects (CASC, OPS, WEB, MOB) with dozens of epics and a
 * few hundred stories, tasks, bugs and sub-tasks, whose statuses and story points a person can change.
 *
 * <p>The sample is generated from a fixed seed, so every start produces the same issues with the same keys; the first
 * issues of CASC and OPS are written by hand because tests name them. Done issues carry resolution dates between
 * {@link #HISTORY_START} and {@link #HISTORY_END} so that history charts have a past. Changes a person makes are kept
 * in {@code issues.properties} in the data folder, one line per issue ever changed
 * ({@code KEY=statusId|resolvedInstant|storyPoints}; files written before story points existed have only the first
 * two parts, for every issue, and keep the generated points), so they survive restarts like the goals in the
 * database do.
 */
public final class SampleJira {

    /** The Epic Link field's id, as in a typical Jira Software instance. */
    public static final long EPIC_LINK_FIELD_ID = 10100L;
    /** The Story Points field's id. */
    public static final long STORY_POINTS_FIELD_ID = 10106L;
    /** The Epic Name field's id (Jira Software's field that only epics carry). */
    public static final long EPIC_NAME_FIELD_ID = 10103L;
    /** The earliest resolution date of the generated sample. */
    public static final Instant HISTORY_START = Instant.parse("2026-01-05T00:00:00Z");
    /** The latest resolution date of the generated sample (the end of 2026-11-15). */
    public static final Instant HISTORY_END = Instant.parse("2026-11-15T23:59:59Z");

    /** The three statuses of the sample workflow, one per category. */
    public static final DevStatus TO_DO = new DevStatus("1", "To Do", DevStatusCategory.TO_DO);
    /** In Progress. */
    public static final DevStatus IN_PROGRESS = new DevStatus("3", "In Progress", DevStatusCategory.IN_PROGRESS);
    /** Done. */
    public static final DevStatus DONE = new DevStatus("10001", "Done", DevStatusCategory.DONE);

    private static final long SEED = 20260105L;
    private static final List<String> LABELS = List.of("frontend", "backend", "api", "ux", "performance",
            "security", "tech-debt");
    private static final List<String> VERBS = List.of("Add", "Improve", "Fix", "Refactor", "Document", "Speed up",
            "Localise", "Test", "Redesign", "Simplify");
    private static final List<String> THINGS = List.of("login page", "search results", "checkout flow",
            "push notifications", "audit log", "CSV export", "dark mode", "rate limiting", "settings screen",
            "order history", "error reporting", "image upload", "account deletion", "team invites", "billing emails",
            "API paging", "offline mode", "dashboard widgets", "release pipeline", "backup restore");
    private static final List<String> THEMES = List.of("Checkout 2.0", "Accessibility pass", "Performance budget",
            "Offline support", "Single sign-on", "Reporting", "Search relaunch", "Notifications", "Data retention",
            "Partner API", "Design system", "Observability", "Cost reduction", "Localisation", "Security hardening");
    private static final List<String> SUB_TASKS = List.of("Write tests", "Code review", "Update docs",
            "Design review", "QA sign-off");
    private static final List<Double> POINTS = List.of(1.0, 2.0, 3.0, 5.0, 8.0, 13.0);
    private static final int HISTORY_DAYS = (int) ChronoUnit.DAYS.between(HISTORY_START, HISTORY_END) + 1;

    private final Path statusFile;
    private final Map<String, DevProject> projects = new LinkedHashMap<>();
    private final Map<String, DevIssue> issues = new LinkedHashMap<>();
    private final Map<Long, DevIssue> byId = new LinkedHashMap<>();
    private final Map<String, List<String>> browsers = new LinkedHashMap<>();
    private final SampleFields fields = new SampleFields(
            new DevCustomField(EPIC_LINK_FIELD_ID, "Epic Link", "com.pyxis.greenhopper.jira:gh-epic-link"),
            new DevCustomField(STORY_POINTS_FIELD_ID, "Story Points",
                    "com.atlassian.jira.plugin.system.customfieldtypes:float"),
            new DevCustomField(EPIC_NAME_FIELD_ID, "Epic Name", "com.pyxis.greenhopper.jira:gh-epic-label"));
    private final Map<String, Integer> lastNumber = new LinkedHashMap<>();
    private final Random random = new Random(SEED);
    private final Set<String> changedKeys = new LinkedHashSet<>();
    private long nextIssueId = 10000;

    private SampleJira(Path statusFile) {
        this.statusFile = statusFile;
    }

    /** The sample instance, with the changes made earlier restored from {@code dataDir}. */
    public static SampleJira load(Path dataDir) {
        return load(dataDir, 0);
    }

    /**
     * The sample instance plus, when {@code benchmarkEpics > 0}, a project BENCH with that many epics of 20 estimated
     * stories each (500 epics make the 10,000 issues of the benchmark); the standard sample's keys do not change.
     */
    public static SampleJira load(Path dataDir, int benchmarkEpics) {
        SampleJira jira = new SampleJira(dataDir.resolve("issues.properties"));
        jira.seed();
        if (benchmarkEpics > 0) {
            jira.benchmark(benchmarkEpics);
        }
        jira.restore();
        return jira;
    }

    private void seed() {
        DevProject casc = project(1L, "CASC", "Cascade Demo", List.of("alice", "bob", "pat", "zhang"));
        DevProject ops = project(2L, "OPS", "Operations", List.of("alice", "carol"));
        DevProject web = project(3L, "WEB", "Web Shop", List.of("alice", "bob", "pat", "zhang"));
        DevProject mob = project(4L, "MOB", "Mobile App", List.of("alice", "bob", "zhang"));
        // Written by hand: tests and the sample objective name these keys and count their statuses.
        DevIssue onboarding = epic(casc, "Self-service onboarding");
        story(casc, onboarding, "Sign-up form with company details", DONE, "2026-10-30T10:15:00Z", 3.0, "bob");
        story(casc, onboarding, "Email verification", DONE, "2026-11-08T14:40:00Z", 2.0, "zhang");
        story(casc, onboarding, "Guided first project", IN_PROGRESS, null, 5.0, "bob");
        story(casc, onboarding, "Invite teammates", IN_PROGRESS, null, 3.0, "zhang");
        story(casc, onboarding, "Sample data on first login", TO_DO, null, 8.0, null);
        story(casc, onboarding, "Onboarding checklist", TO_DO, null, 2.0, "pat");
        DevIssue billing = epic(casc, "Billing revamp");
        story(casc, billing, "Invoices in PDF", DONE, "2026-11-12T09:05:00Z", 5.0, "bob");
        story(casc, billing, "Card payments", IN_PROGRESS, null, 8.0, "zhang");
        story(casc, billing, "Tax rates per country", TO_DO, null, 3.0, null);
        story(casc, billing, "Dunning emails", TO_DO, null, 5.0, "pat");
        epic(casc, "Mobile app");
        DevIssue monitoring = epic(ops, "Service monitoring");
        story(ops, monitoring, "Uptime alerts", DONE, "2026-10-21T16:30:00Z", 3.0, "carol");
        story(ops, monitoring, "Latency dashboard", TO_DO, null, 5.0, "carol");
        generate(casc, 6);
        generate(ops, 6);
        generate(web, 12);
        generate(mob, 10);
    }

    private DevProject project(long id, String key, String name, List<String> browsingUsers) {
        DevProject project = new DevProject(id, key, name);
        projects.put(key, project);
        browsers.put(key, List.copyOf(browsingUsers));
        return project;
    }

    private DevIssue epic(DevProject project, String summary) {
        return add(project, DevIssue.EPIC, summary, null, null, Set.of(), null);
    }

    private void story(DevProject project, DevIssue epic, String summary, DevStatus status, String resolved,
            Double points, String assignee) {
        DevIssue issue = add(project, DevIssue.STORY, summary, epic, null, Set.of(), assignee);
        issue.moveTo(status, resolved == null ? null : Timestamp.from(Instant.parse(resolved)));
        issue.estimate(points);
    }

    private DevIssue add(DevProject project, String type, String summary, DevIssue epic, DevIssue parent,
            Set<String> labels, String assignee) {
        int number = lastNumber.merge(project.getKey(), 1, Integer::sum);
        DevIssue issue = new DevIssue(nextIssueId++, project.getKey() + "-" + number, summary, type, project, epic,
                parent, labels, assignee, fields);
        issues.put(issue.getKey(), issue);
        byId.put(issue.getId(), issue);
        return issue;
    }

    /**
     * Epics whose work falls in a window of the year; earlier epics are mostly done, later ones mostly open. A few
     * issues per project have no epic, and about a quarter of the stories, tasks and bugs have sub-tasks.
     */
    private void generate(DevProject project, int epicCount) {
        for (int e = 0; e < epicCount; e++) {
            int startDay = random.nextInt(HISTORY_DAYS - 40);
            double doneShare = 0.9 - 0.7 * startDay / HISTORY_DAYS;
            DevIssue epic = epic(project, pick(THEMES) + " (" + project.getKey() + ")");
            int children = 5 + random.nextInt(7);
            for (int c = 0; c < children; c++) {
                generated(project, epic, startDay, doneShare);
            }
            settleEpic(epic);
        }
        for (int i = 0; i < 5; i++) {
            generated(project, null, random.nextInt(HISTORY_DAYS - 40), 0.5);
        }
    }

    private void generated(DevProject project, DevIssue epic, int startDay, double doneShare) {
        double kind = random.nextDouble();
        String type = kind < 0.6 ? DevIssue.STORY : kind < 0.85 ? DevIssue.TASK : DevIssue.BUG;
        String summary = (DevIssue.BUG.equals(type) ? "Fix " : pick(VERBS) + " ") + pick(THINGS);
        DevIssue issue = add(project, type, summary, epic, null, labels(), assignee(project));
        double roll = random.nextDouble();
        DevStatus status = roll < doneShare ? DONE : roll < doneShare + 0.15 ? IN_PROGRESS : TO_DO;
        Instant resolved = status == DONE ? dayIn(startDay, 40) : null;
        issue.moveTo(status, resolved == null ? null : Timestamp.from(resolved));
        if (DevIssue.STORY.equals(type) && random.nextDouble() < 0.85) {
            issue.estimate(pick(POINTS));
        }
        if (random.nextDouble() < 0.25) {
            int subTasks = 1 + random.nextInt(3);
            for (int s = 0; s < subTasks; s++) {
                DevIssue sub = add(project, DevIssue.SUB_TASK, pick(SUB_TASKS) + ": " + summary.toLowerCase(),
                        null, issue, Set.of(), assignee(project));
                boolean done = status == DONE || random.nextDouble() < doneShare / 2;
                Instant subResolved = !done ? null : resolved != null
                        ? latest(HISTORY_START, resolved.minus(random.nextInt(5), ChronoUnit.DAYS))
                        : dayIn(startDay, 40);
                sub.moveTo(done ? DONE : status, subResolved == null ? null : Timestamp.from(subResolved));
            }
        }
    }

    private void benchmark(int epicCount) {
        DevProject bench = project(5L, "BENCH", "Benchmark", List.of("alice", "bob"));
        Random benchRandom = new Random(SEED + 1);
        for (int e = 0; e < epicCount; e++) {
            DevIssue epic = epic(bench, "Benchmark epic " + (e + 1));
            for (int c = 0; c < 20; c++) {
                DevIssue story = add(bench, DevIssue.STORY, "Benchmark story " + (e + 1) + "." + (c + 1), epic, null,
                        Set.of(), "bob");
                boolean done = benchRandom.nextBoolean();
                story.moveTo(done ? DONE : TO_DO, done ? Timestamp.from(HISTORY_START.plus(
                        benchRandom.nextInt(HISTORY_DAYS), ChronoUnit.DAYS).plusSeconds(12 * 3600)) : null);
                story.estimate(POINTS.get(benchRandom.nextInt(POINTS.size())));
            }
        }
    }

    private void settleEpic(DevIssue epic) {
        List<DevIssue> children = issuesOfEpics(Set.of(epic.getKey()));
        boolean allDone = children.stream().allMatch(i -> i.getStatus() == DONE);
        boolean started = children.stream().anyMatch(i -> i.getStatus() != TO_DO);
        Timestamp last = children.stream().map(DevIssue::getResolutionDate).filter(t -> t != null)
                .max(Timestamp::compareTo).orElse(null);
        epic.moveTo(allDone ? DONE : started ? IN_PROGRESS : TO_DO, allDone ? last : null);
    }

    private Set<String> labels() {
        Set<String> labels = new LinkedHashSet<>();
        int count = random.nextInt(3);
        for (int i = 0; i < count; i++) {
            labels.add(pick(LABELS));
        }
        return labels;
    }

    private String assignee(DevProject project) {
        return random.nextDouble() < 0.1 ? null : pick(browsers.get(project.getKey()));
    }

    /** A working-hours instant on a day in {@code [startDay, startDay + span)}, clamped to the history range. */
    private Instant dayIn(int startDay, int span) {
        int day = Math.min(HISTORY_DAYS - 1, startDay + random.nextInt(span));
        return HISTORY_START.plus(day, ChronoUnit.DAYS).plusSeconds(9 * 3600 + random.nextInt(9 * 3600));
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** The Epic Link custom field. */
    public DevCustomField epicLinkField() {
        return fields.epicLink();
    }

    /** The Story Points custom field (a number field named "Story Points"). */
    public DevCustomField storyPointsField() {
        return fields.storyPoints();
    }

    /** The Epic Name custom field, whose value an epic carries (its summary) and no other issue. */
    public DevCustomField epicNameField() {
        return fields.epicName();
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
        return Optional.ofNullable(byId.get(id));
    }

    /** Every issue, by id. */
    public synchronized List<DevIssue> issues() {
        return List.copyOf(issues.values());
    }

    /** The issues of a project, by id. */
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
        return userKey != null && browsers.getOrDefault(projectKey, List.of()).contains(userKey);
    }

    /** The users who may browse a project, as possible assignees. */
    public List<String> browsers(String projectKey) {
        return browsers.getOrDefault(projectKey, List.of());
    }

    /** Moves an issue to a status and remembers it; returns the changed issue. */
    public DevIssue setStatus(String key, DevStatus status, Instant at) {
        return apply(List.of(new IssueChange(key, status, false, null)), at).get(0);
    }

    /** Sets an issue's story points ({@code null} clears them) and remembers it; returns the changed issue. */
    public DevIssue setStoryPoints(String key, Double points) {
        return apply(List.of(new IssueChange(key, null, true, points)), Instant.now()).get(0);
    }

    /**
     * Applies changes together and remembers them with one write; a status moved to Done is resolved at {@code at},
     * a status left unchanged keeps its resolution date. Returns each changed issue once, in the order first named.
     *
     * @throws IllegalArgumentException when a key names no issue; then nothing is changed
     */
    public synchronized List<DevIssue> apply(List<IssueChange> changes, Instant at) {
        for (IssueChange change : changes) {
            if (!issues.containsKey(change.key())) {
                throw new IllegalArgumentException("no issue " + change.key());
            }
        }
        Map<String, DevIssue> changed = new LinkedHashMap<>();
        for (IssueChange change : changes) {
            DevIssue issue = issues.get(change.key());
            if (change.status() != null && change.status() != issue.getStatus()) {
                issue.moveTo(change.status(), change.status() == DONE ? Timestamp.from(at) : null);
            }
            if (change.changesStoryPoints()) {
                issue.estimate(change.storyPoints());
            }
            changed.put(issue.getKey(), issue);
        }
        changedKeys.addAll(changed.keySet());
        save();
        return List.copyOf(changed.values());
    }

    /** The status with this name or id, if the sample workflow has it. */
    public static Optional<DevStatus> status(String name) {
        for (DevStatus status : List.of(TO_DO, IN_PROGRESS, DONE)) {
            if (status.getName().equalsIgnoreCase(name) || status.getId().equals(name)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    private void restore() {
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
            String[] parts = saved.getProperty(key).split("\\|", -1);
            DevIssue issue = issues.get(key);
            Optional<DevStatus> status = status(parts[0]);
            if (issue != null && status.isPresent()) {
                changedKeys.add(key);
                issue.moveTo(status.get(), parts.length > 1 && !parts[1].isEmpty()
                        ? Timestamp.from(Instant.parse(parts[1])) : null);
                if (parts.length > 2) {
                    issue.estimate(parts[2].isEmpty() ? null : Double.valueOf(parts[2]));
                }
            }
        }
    }

    private void save() {
        Properties saved = new Properties();
        for (String key : changedKeys) {
            DevIssue issue = issues.get(key);
            Timestamp resolved = issue.getResolutionDate();
            Double points = issue.storyPoints();
            saved.setProperty(issue.getKey(), issue.getStatus().getId() + "|"
                    + (resolved == null ? "" : resolved.toInstant().toString()) + "|"
                    + (points == null ? "" : points.toString()));
        }
        try {
            Files.createDirectories(statusFile.getParent());
            try (Writer writer = Files.newBufferedWriter(statusFile, StandardCharsets.UTF_8)) {
                saved.store(writer, "Cascade dev host: issue status|resolved|story points");
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + statusFile, e);
        }
    }
}
