package dev.cascade.okr.bench;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.message.I18nResolver;
import dev.cascade.okr.core.model.Alignment;
import dev.cascade.okr.core.model.Direction;
import dev.cascade.okr.core.model.GoalType;
import dev.cascade.okr.core.model.IssueMeasure;
import dev.cascade.okr.core.model.Lifecycle;
import dev.cascade.okr.core.model.MetricMeasure;
import dev.cascade.okr.core.model.NoDataReason;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.OrgUnit;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.Progress;
import dev.cascade.okr.core.model.ProgressBasis;
import dev.cascade.okr.core.model.TargetTiers;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.model.Visibility;
import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.model.WorkLink;
import dev.cascade.okr.core.port.AlignmentStore;
import dev.cascade.okr.core.port.GoalStore;
import dev.cascade.okr.devhost.DevHostConfig;
import dev.cascade.okr.devhost.DevHostServer;
import dev.cascade.okr.devhost.DevRequestContext;
import dev.cascade.okr.devhost.DevUsers;
import dev.cascade.okr.devhost.PluginDescriptor;
import dev.cascade.okr.devhost.jira.DevIssue;
import dev.cascade.okr.devhost.jira.DevJira;
import dev.cascade.okr.devhost.render.DevVelocityRenderer;
import dev.cascade.okr.devhost.sal.DevI18nResolver;
import dev.cascade.okr.jira.JiraProjectGoalsContextProvider;
import dev.cascade.okr.service.kernel.ProgressService;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 13's speed targets for the project's Goals page (the cascade tree view), on a started dev host on H2 (or on
 * PostgreSQL: {@link BenchDatabase}; that database IS WIPED): the server-side render of the page (target ≤ 150 ms p95)
 * and the expand of a node (target ≤ 50 ms p95), read by alice (the app administrator, English).
 *
 * <p><b>The data</b>, one project (BENCH, whose 500 epics of 20 stories the dev host makes with
 * {@code withBenchmarkEpics(500)}), period 2026, stored through the plugin's {@link GoalStore}: a cascade of 500
 * goals — 1 company goal, 9 departments, 90 teams (10 per department), 400 people (4 or 5 per team, each person's
 * goal owned by one of the dev host's five users) — each aligned to the goal above it with an equal share, and
 * 4 key results each (2,000): two issue-driven (each linked to one BENCH epic, bases issues done / story points
 * done, their progress computed from the epics by {@link ProgressService#recomputeAll()} at set-up) and two metrics
 * (increase and decrease, with stored progress between 0 and 100 %). Company to team goals are visible to everyone,
 * people's to the project's members.
 *
 * <p><b>What is measured</b>:
 * <ul>
 *   <li>{@link #goalsPage}: what Jira does to show the panel, as the dev host does it ({@code DevPagesServlet}'s
 *       {@code renderPanel}): the panel's context provider {@link JiraProjectGoalsContextProvider#getContextMap}
 *       for {@code ?view=tree&period=2026} (the roots and the first level, the rest on expand) and the render of
 *       {@code templates/jira/project-goals.vm} by the dev host's strict renderer ({@link DevVelocityRenderer}
 *       with the plugin's {@code <velocity-allowlist>} and the i18n resolver as host type, as
 *       {@code DevHostServer} builds it).</li>
 *   <li>{@link #goalsPageFiltered}: the same with a level filter ({@code level=individual}): a filtered tree loads
 *       every level, so this is the page's heaviest tree — all 400 people's goals and the path to them.</li>
 *   <li>{@link #expandNode}:
 *       {@code GET /rest/cascade/1.0/views/tree/{department}?project=BENCH&period=2026&path=&level=2} over HTTP
 *       with basic authentication ({@code ViewsResource#treeChildren}: the department's teams with their key results,
 *       one level per expand, rendered by {@code templates/jira/goals/tree-rows.vm}).</li>
 *   <li>{@link #goalsPageOverHttp}: for comparison, the whole dev host page {@code GET /projects/BENCH?view=tree…}
 *       (the dev host's chrome and web-resource tags around the panel).</li>
 * </ul>
 *
 * <p><b>Host stand-ins</b> for the provider: the dev host's own, as for every web panel it serves — the plugin
 * container creates the provider ({@code PluginContext.create}, as {@code DevHostServer} does) with the plugin's beans
 * and the dev host's {@code DevJira} (authentication context, project manager), {@code DevHttpContext},
 * {@code DevWebResources} (the {@code PageBuilderService}), {@code DevUserManager} and {@link DevI18nResolver}. They
 * read the started dev host's request context ({@link DevHostServer#requestContext()}), which the benchmark sets to
 * alice and the request for each call and clears after it, as the dev host's filter does, so the plugin's access
 * checks see alice as they do for a page. The one stand-in not from the dev host is the {@link HttpServletRequest}, a
 * Mockito mock answering the query parameters and an empty context path (a host interface).
 *
 * <p>Reads only: the cascade cache (decision 0006) is warm after the first call, as for a page people reload; a
 * write to the cascade makes the next read load it from the database again (the set-up prints that cold first
 * render).
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GoalsPageBenchmark {

    private static final String PROJECT = "BENCH";
    private static final int EPICS = 500;
    private static final int DEPARTMENTS = 9;
    private static final int TEAMS_PER_DEPARTMENT = 10;
    private static final int PEOPLE = 400;
    private static final String[] OWNERS = {"alice", "bob", "zhang", "carol", "pat"};
    private static final Pattern GOAL_ROW = Pattern.compile("<tr class=\"cascade-tree-goal[^\"]*\"");
    private static final Pattern KR_ROW = Pattern.compile("<tr class=\"cascade-tree-kr\"");

    private DevHostServer host;
    private ContextProvider provider;
    private DevVelocityRenderer renderer;
    private DevI18nResolver i18n;
    private DevRequestContext request;
    private DevUsers users;
    private String template;
    private HttpServletRequest treeRequest;
    private HttpServletRequest filteredRequest;
    private Map<String, Object> hostContext;
    private HttpClient client;
    private String auth;
    private URI expand;
    private URI page;

    /**
     * Starts the dev host with BENCH's epics, stores the cascade, computes the issue-driven key results' progress, and
     * checks that the page, the filtered page and the expand show what they must before anything is timed.
     */
    @Setup(Level.Trial)
    public void setUp() throws Exception {
        try {
            prepare();
        } catch (Exception | Error e) {
            if (host != null) {
                host.close();
            }
            throw e;
        }
    }

    private void prepare() throws Exception {
        DevHostConfig config = BenchDatabase.freshHost("cascade-bench-page").withBenchmarkEpics(EPICS);
        host = DevHostServer.start(config);
        List<String> epics = new ArrayList<>();
        for (DevIssue issue : host.sample().issuesOf(host.sample().project(PROJECT).orElseThrow())) {
            if (issue.isEpic()) {
                epics.add(issue.getKey());
            }
        }
        if (epics.size() != EPICS) {
            throw new IllegalStateException("expected " + EPICS + " epics in " + PROJECT + ", found " + epics.size());
        }
        long started = System.nanoTime();
        Cascade cascade = store(host.plugin().bean(GoalStore.class), host.plugin().bean(AlignmentStore.class), epics);
        long stored = System.nanoTime();
        ProgressService.Recompute computed = host.plugin().bean(ProgressService.class).recomputeAll();
        System.out.printf("%n[data] %d goals, %d key results stored in %d ms; issue progress computed in %d ms (%s)%n",
                cascade.goals, cascade.keyResults, (stored - started) / 1_000_000,
                (System.nanoTime() - stored) / 1_000_000, computed);

        ClassLoader loader = GoalsPageBenchmark.class.getClassLoader();
        PluginDescriptor descriptor = PluginDescriptor.read(loader, "jira");
        PluginDescriptor.WebPanel panel = descriptor.webPanels().stream()
                .filter(p -> p.contextProvider().equals(JiraProjectGoalsContextProvider.class.getName()))
                .findFirst().orElseThrow();
        template = panel.template();
        request = host.requestContext();
        users = new DevUsers();
        DevJira jira = host.jira();
        i18n = new DevI18nResolver(descriptor.i18nBaseName(), loader, request);
        // As DevHostServer does for every web panel: the plugin container creates the provider with its beans and
        // the dev host's stand-ins for the host's services.
        provider = (ContextProvider) host.plugin().create(loader.loadClass(panel.contextProvider()));
        provider.init(Map.of());
        renderer = new DevVelocityRenderer(loader, descriptor.allowlist(), List.of(I18nResolver.class));
        hostContext = Map.of("project", jira.projectManager().getProjectObjByKey(PROJECT));
        treeRequest = query(Map.of("view", "tree", "period", "2026"));
        filteredRequest = query(Map.of("view", "tree", "period", "2026", "level", "individual"));

        long cold = System.nanoTime();
        String first = render(treeRequest);
        System.out.printf("[check] first (cold) render of the page: %d ms%n", (System.nanoTime() - cold) / 1_000_000);
        check("page", first, 1 + DEPARTMENTS, 4 * (1 + DEPARTMENTS));
        check("filtered page", render(filteredRequest), cascade.goals, 4 * cascade.goals);

        client = HttpClient.newHttpClient();
        auth = "Basic " + Base64.getEncoder().encodeToString("alice:alice".getBytes(StandardCharsets.UTF_8));
        ObjectiveId department = cascade.departments.get(0);
        expand = host.baseUri().resolve("/rest/cascade/1.0/views/tree/" + department.value() + "?project=" + PROJECT
                + "&period=2026&path=" + cascade.company.value() + "/" + department.value() + "&level=2");
        // one level per expand: the department's teams with their key results, each team loading its people on its own
        // expand
        check("expand", get(expand, "text/html"), TEAMS_PER_DEPARTMENT, 4 * TEAMS_PER_DEPARTMENT);
        page = host.baseUri().resolve("/projects/" + PROJECT
                + "?selectedItem=dev.cascade.okr:cascade-project-goals-item&view=tree&period=2026");
        check("page over HTTP", get(page, "text/html"), 1 + DEPARTMENTS, 4 * (1 + DEPARTMENTS));
    }

    /** Stops the dev host. */
    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        host.close();
    }

    /** The Goals page's cascade tree: the context provider and the panel's template, as Jira renders the panel. */
    @Benchmark
    public String goalsPage() {
        return render(treeRequest);
    }

    /** The tree filtered by level: every level loaded, the 400 people's goals and their path shown. */
    @Benchmark
    public String goalsPageFiltered() {
        return render(filteredRequest);
    }

    /** Expanding a department: its teams and their people, as HTML rows, over HTTP. */
    @Benchmark
    public String expandNode() throws Exception {
        return get(expand, "text/html");
    }

    /** For comparison: the dev host's whole project page with the panel, over HTTP. */
    @Benchmark
    public String goalsPageOverHttp() throws Exception {
        return get(page, "text/html");
    }

    /** The panel as the dev host renders it ({@code DevPagesServlet.renderPanel}), as alice serving {@code query}. */
    private String render(HttpServletRequest query) {
        request.set(users.user("alice").orElseThrow(), query);
        try {
            Map<String, Object> context = new HashMap<>(hostContext);
            context.put("user", request.user().orElse(null));
            Map<String, Object> model = new HashMap<>(provider.getContextMap(context));
            model.put("i18n", i18n);
            return renderer.render(template, model);
        } finally {
            request.clear();
        }
    }

    private String get(URI uri, String accept) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri).header("Authorization", auth)
                .header("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /** Fails unless {@code html} shows exactly {@code goals} goal rows and {@code keyResults} key result rows. */
    private static void check(String what, String html, int goals, int keyResults) {
        int goalRows = count(GOAL_ROW, html);
        int keyResultRows = count(KR_ROW, html);
        System.out.printf("[check] %s: %d goal rows, %d key result rows, %,d characters%n", what, goalRows,
                keyResultRows, html.length());
        if (goalRows != goals || keyResultRows != keyResults) {
            try {
                Path file = Files.createTempFile("cascade-bench-" + what.replace(' ', '-'), ".html");
                Files.writeString(file, html);
                System.out.println("[check] " + what + " written to " + file);
            } catch (java.io.IOException e) {
                System.out.println("[check] could not write " + what + ": " + e);
            }
            throw new IllegalStateException(what + ": expected " + goals + " goal rows and " + keyResults
                    + " key result rows, found " + goalRows + " and " + keyResultRows);
        }
    }

    private static int count(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    private static HttpServletRequest query(Map<String, String> parameters) {
        HttpServletRequest query = mock(HttpServletRequest.class);
        when(query.getContextPath()).thenReturn("");
        parameters.forEach((name, value) -> when(query.getParameter(name)).thenReturn(value));
        return query;
    }

    /** The stored cascade: its company goal, its departments, and counts. */
    private record Cascade(ObjectiveId company, List<ObjectiveId> departments, int peopleOfFirstDepartment,
            int goals, int keyResults) {
    }

    private static Cascade store(GoalStore goals, AlignmentStore alignments, List<String> epics) {
        Instant now = Instant.parse("2026-01-15T09:00:00Z");
        int[] count = {0, 0};
        ObjectiveId company = insert(goals, "company", "Company", 0, "alice", Visibility.EVERYONE, epics, count, now);
        List<ObjectiveId> departments = new ArrayList<>();
        List<ObjectiveId> teams = new ArrayList<>();
        for (int d = 0; d < DEPARTMENTS; d++) {
            ObjectiveId department = insert(goals, "department", "Department " + d, count[0], OWNERS[d % 5],
                    Visibility.EVERYONE, epics, count, now);
            align(alignments, department, company, DEPARTMENTS, now);
            departments.add(department);
            for (int t = 0; t < TEAMS_PER_DEPARTMENT; t++) {
                ObjectiveId team = insert(goals, "team", "Team " + d + "." + t, count[0], OWNERS[(d + t) % 5],
                        Visibility.EVERYONE, epics, count, now);
                align(alignments, team, department, TEAMS_PER_DEPARTMENT, now);
                teams.add(team);
            }
        }
        int[] peoplePerTeam = new int[teams.size()];
        for (int p = 0; p < PEOPLE; p++) {
            peoplePerTeam[p % teams.size()]++;
        }
        int peopleOfFirstDepartment = 0;
        for (int t = 0; t < teams.size(); t++) {
            for (int p = 0; p < peoplePerTeam[t]; p++) {
                ObjectiveId person = insert(goals, "individual", "Person " + t + "." + p, count[0],
                        OWNERS[(t + p) % 5], Visibility.MEMBERS, epics, count, now);
                align(alignments, person, teams.get(t), peoplePerTeam[t], now);
                if (t < TEAMS_PER_DEPARTMENT) {
                    peopleOfFirstDepartment++;
                }
            }
        }
        return new Cascade(company, departments, peopleOfFirstDepartment, count[0], count[1]);
    }

    private static void align(AlignmentStore alignments, ObjectiveId child, ObjectiveId parent, int siblings,
            Instant now) {
        alignments.align(new Alignment(child, parent, Weight.equalShares(siblings).get(0)), "alice", now);
    }

    /** One goal with two issue-driven and two metric key results; counts goals and key results in {@code count}. */
    private static ObjectiveId insert(GoalStore goals, String level, String title, int index, String owner,
            Visibility visibility, List<String> epics, int[] count, Instant now) {
        List<GoalStore.NewKeyResult> keyResults = new ArrayList<>();
        for (int k = 0; k < 2; k++) {
            String epic = epics.get((2 * index + k) % epics.size());
            ProgressBasis basis = k == 0 ? ProgressBasis.ISSUE_COUNT_DONE : ProgressBasis.STORY_POINTS_DONE;
            keyResults.add(new GoalStore.NewKeyResult(new GoalStore.KeyResultFields("Epic " + epic + " done",
                    Weight.ofPercent(25), IssueMeasure.of(basis, List.of(new WorkLink.Epic(epic))), null),
                    new GoalStore.Measured(Progress.noData(NoDataReason.NOT_COMPUTED), null)));
        }
        double fraction = (index * 37 % 101) / 100.0;
        keyResults.add(new GoalStore.NewKeyResult(new GoalStore.KeyResultFields("Weekly active teams",
                Weight.ofPercent(25), new MetricMeasure(Direction.INCREASE, BigDecimal.valueOf(100),
                        TargetTiers.of(BigDecimal.valueOf(400)), "teams"), null),
                new GoalStore.Measured(Progress.of(fraction), null)));
        keyResults.add(new GoalStore.NewKeyResult(new GoalStore.KeyResultFields("Median time to first value",
                Weight.ofPercent(25), new MetricMeasure(Direction.DECREASE, BigDecimal.valueOf(30),
                        TargetTiers.of(BigDecimal.valueOf(7)), "days"), null),
                new GoalStore.Measured(Progress.of(1 - fraction), null)));
        GoalStore.ObjectiveFields fields = new GoalStore.ObjectiveFields(title, null, new UserRef(owner), level,
                Period.year(2026), new OrgUnit.Project(PROJECT), GoalType.RESULT, Lifecycle.ACTIVE, visibility, true);
        ObjectiveId id = goals.insert(new GoalStore.NewObjective(fields, keyResults), owner, now).objective().id();
        count[0]++;
        count[1] += keyResults.size();
        return id;
    }
}
