package dev.cascade.okr.devhost;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.cache.CacheManager;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.search.issue.IssueDocumentSearchService;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.web.context.HttpContext;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.port.GoalQueries;
import dev.cascade.okr.core.port.GoalQuery;
import dev.cascade.okr.devhost.ao.DevActiveObjects;
import dev.cascade.okr.devhost.ao.DevDatabase;
import dev.cascade.okr.devhost.ao.DevUpgradeTasks;
import dev.cascade.okr.devhost.jira.DevJira;
import dev.cascade.okr.devhost.jira.SampleJira;
import dev.cascade.okr.devhost.render.DevTemplateRenderer;
import dev.cascade.okr.devhost.render.DevVelocityRenderer;
import dev.cascade.okr.devhost.sal.DevHttpContext;
import dev.cascade.okr.devhost.sal.DevI18nResolver;
import dev.cascade.okr.devhost.sal.DevLoginUriProvider;
import dev.cascade.okr.devhost.sal.DevUserManager;
import dev.cascade.okr.devhost.web.DevAdminPages;
import dev.cascade.okr.devhost.web.DevAui;
import dev.cascade.okr.devhost.web.DevAuthFilter;
import dev.cascade.okr.devhost.web.DevDashboard;
import dev.cascade.okr.devhost.web.DevDecorator;
import dev.cascade.okr.devhost.web.DevPagesServlet;
import dev.cascade.okr.devhost.web.DevPluginServlets;
import dev.cascade.okr.devhost.web.DevStatusServlet;
import dev.cascade.okr.devhost.web.DevWebResourceServlet;
import dev.cascade.okr.devhost.web.DevWebResources;
import dev.cascade.okr.devhost.web.DevWebSudo;
import dev.cascade.okr.devhost.web.RestAccessFeature;
import dev.cascade.okr.devhost.web.RestXsrfFeature;
import dev.cascade.okr.service.goal.GoalInput;
import dev.cascade.okr.service.goal.GoalService;
import dev.cascade.okr.service.kernel.Caller;
import jakarta.servlet.DispatcherType;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.java.ao.RawEntity;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;

/**
 * The dev host: the real plugin code in a small stand-in for Jira, on {@code http://localhost:<port>/}.
 *
 * <p>It provides the host services the plugin imports (Active Objects on H2, SAL users and i18n, an event bus, the
 * Jira services over a sample issue store), boots the plugin's Spring context from its own index files, serves its
 * REST modules on Jersey 3.1 (Jetty 12, Jakarta EE 10 servlets: the Platform 8 stack) and renders its web panels on
 * stand-in pages with a strict Velocity renderer.
 */
public final class DevHostServer implements AutoCloseable {

    private static final String PRODUCT = "jira";

    private final DevDatabase database;
    private final DevActiveObjects ao;
    private final PluginContext plugin;
    private final DevJira jira;
    private final SampleJira sample;
    private final DevEventPublisher events;
    private final DevRequestContext request;
    private final DevUsers users;
    private final Server server;
    private final DevHostConfig config;
    private final DevScheduler scheduler;
    private final DevStatusServlet status;

    private DevHostServer(DevDatabase database, DevActiveObjects ao, PluginContext plugin, DevJira jira,
            SampleJira sample, DevEventPublisher events, DevRequestContext request, DevUsers users, Server server,
            DevHostConfig config, DevScheduler scheduler, DevStatusServlet status) {
        this.database = database;
        this.ao = ao;
        this.plugin = plugin;
        this.jira = jira;
        this.sample = sample;
        this.events = events;
        this.request = request;
        this.users = users;
        this.server = server;
        this.config = config;
        this.scheduler = scheduler;
        this.status = status;
    }

    /**
     * Starts the dev host and puts its sample data in place; when this returns, {@code GET /status} answers 200.
     * Before, from the moment the port is open, it answers 503.
     */
    public static DevHostServer start(DevHostConfig config) throws Exception {
        DevHostServer host = open(config);
        try {
            host.prepare();
        } catch (Exception | Error e) {
            try {
                host.close();
            } catch (Exception closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
        return host;
    }

    /**
     * Tells the plugin the application has started ({@code LifecycleAware.onStart}, as Jira does once it is up), seeds
     * the sample data the configuration asks for, and only then lets {@code /status} answer 200.
     */
    void prepare() {
        plugin.started();
        if (config.seedSampleGoals()) {
            seedSampleGoals(plugin, users, request);
        }
        if (config.sampleCascade() && seedSampleCascade()) {
            System.out.println("Seeded the sample cascade of 2026 with its history");
        }
        status.ready();
    }

    /**
     * Boots the plugin and opens the port, with {@code /status} answering 503: the plugin has not been told that the
     * application started, and no sample data is seeded ({@link #prepare} does both).
     */
    static DevHostServer open(DevHostConfig config) throws Exception {
        ClassLoader loader = DevHostServer.class.getClassLoader();
        PluginDescriptor descriptor = PluginDescriptor.read(loader, PRODUCT);
        Path dataDir = config.dataDir().toAbsolutePath();
        if (config.reset()) {
            deleteRecursively(dataDir);
        }
        Files.createDirectories(dataDir);
        Clock clock = Clock.systemUTC();

        DevDatabase database;
        if (config.postgres() == null) {
            database = DevDatabase.h2File(dataDir.resolve("db"));
        } else {
            database = DevDatabase.postgres(config.postgres().url(), config.postgres().user(),
                    config.postgres().password());
            if (config.reset()) {
                database.reset();
            }
        }
        DevActiveObjects ao = new DevActiveObjects(database, descriptor.pluginKey());
        // As the AO plugin does: upgrade tasks newer than the stored model version first, then the declared entities.
        new DevUpgradeTasks(dataDir.resolve("ao-model-version")).run(upgradeTasks(descriptor, loader), ao);
        ao.migrate(entityClasses(descriptor, loader));

        DevUsers users = new DevUsers();
        DevRequestContext request = new DevRequestContext();
        DevI18nResolver pluginI18n = new DevI18nResolver(descriptor.i18nBaseName(), loader, request);
        DevI18nResolver pageI18n = new DevI18nResolver("devhost/devhost", loader, request);
        SampleJira sample = SampleJira.load(dataDir, config.benchmarkEpics());
        DevJira jira = new DevJira(sample, request);
        DevEventPublisher events = new DevEventPublisher();

        Map<Class<?>, Object> host = new LinkedHashMap<>();
        host.put(ActiveObjects.class, ao);
        host.put(EventPublisher.class, events);
        host.put(I18nResolver.class, pluginI18n);
        host.put(UserManager.class, new DevUserManager(users, request));
        host.put(JiraAuthenticationContext.class, jira.authenticationContext());
        host.put(ProjectManager.class, jira.projectManager());
        host.put(IssueManager.class, jira.issueManager());
        host.put(PermissionManager.class, jira.permissionManager());
        host.put(CustomFieldManager.class, jira.customFieldManager());
        host.put(SearchService.class, jira.searchService());
        host.put(IssueDocumentSearchService.class, jira.documentSearch());
        host.put(CacheManager.class, new DevCacheManager());
        host.put(ClusterLockService.class, new DevClusterLockService());
        DevScheduler scheduler = new DevScheduler();
        host.put(SchedulerService.class, scheduler);
        DevWebResources webResources = new DevWebResources(descriptor, DevAui.load());
        host.put(PageBuilderService.class, webResources);
        host.put(HttpContext.class, new DevHttpContext(request));
        DevWebSudo webSudo = new DevWebSudo(request, DevWebSudo.enabledByDefault(), clock);
        host.put(WebSudoManager.class, webSudo);
        host.put(LoginUriProvider.class, new DevLoginUriProvider());
        DevVelocityRenderer renderer = new DevVelocityRenderer(loader, descriptor.allowlist(),
                List.of(I18nResolver.class));
        host.put(TemplateRenderer.class, new DevTemplateRenderer(renderer, pluginI18n));
        PluginContext plugin = PluginContext.boot(loader, PRODUCT, host);

        Map<String, ContextProvider> providers = new LinkedHashMap<>();
        for (PluginDescriptor.WebPanel panel : descriptor.webPanels()) {
            ContextProvider provider = (ContextProvider) plugin.create(loader.loadClass(panel.contextProvider()));
            provider.init(Map.of());
            providers.put(panel.key(), provider);
        }

        Server server = new Server();
        HttpConfiguration http = new HttpConfiguration();
        // Jetty reuses a header line seen earlier on the same connection when a new one matches it ignoring case;
        // then "Authorization: bearer <token>" would read as the earlier "Bearer <token>". Match exactly.
        http.setHeaderCacheCaseSensitive(true);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost("localhost");
        connector.setPort(config.port());
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.NO_SESSIONS);
        context.setContextPath("/");
        context.addFilter(new FilterHolder(new DevAuthFilter(users, request, config.basicAuth())), "/*",
                EnumSet.of(DispatcherType.REQUEST));
        for (PluginDescriptor.Rest rest : descriptor.rest()) {
            ResourceConfig resources = new ResourceConfig();
            for (Class<?> type : restResourceClasses(loader)) {
                resources.register(plugin.create(type));
            }
            resources.register(new RestAccessFeature(request, pluginI18n));
            resources.register(new RestXsrfFeature());
            context.addServlet(new ServletHolder(new ServletContainer(resources)),
                    "/rest" + rest.path() + "/" + rest.version() + "/*");
        }
        DevDashboard dashboard = new DevDashboard(descriptor, DevDashboard.providers(descriptor,
                name -> (ContextProvider) create(plugin, loader, name)), renderer, pluginI18n, pageI18n, users, request,
                webResources, dataDir);
        DevPagesServlet pages = new DevPagesServlet(descriptor, providers, renderer, pluginI18n, pageI18n, users,
                request, sample, events, clock, webResources).withDashboard(dashboard);
        context.addServlet(new ServletHolder(pages), "/");
        DevDecorator decorator = new DevDecorator(descriptor, request, pluginI18n, pageI18n, webResources,
                pages::chrome);
        DevPluginServlets.mount(descriptor, plugin, loader, decorator, context);
        DevAdminPages.mount(context, new DevAdminPages(descriptor, request, users, pageI18n, webSudo, decorator,
                pages::chrome));
        ServletHolder files = new ServletHolder(new DevWebResourceServlet(webResources, loader));
        context.addServlet(files, DevWebResources.PATH + "*");
        context.addServlet(files, DevAui.PATH + "*");
        DevStatusServlet status = new DevStatusServlet();
        context.addServlet(new ServletHolder(status), "/status");
        server.setHandler(context);
        server.start();
        return new DevHostServer(database, ao, plugin, jira, sample, events, request, users, server, config,
                scheduler, status);
    }

    /**
     * Seeds the sample cascade of 2026 (company, department and team goals following the sample epics, measured and
     * back-filled) unless it exists; the interactive dev host does this at start, tests that need it call it.
     *
     * @return whether it seeded
     */
    public boolean seedSampleCascade() {
        return SampleCascade.seed(plugin, sample, Instant.now());
    }

    /**
     * Creates the sample objective on an empty database, as the admin, through the plugin's own goals service (the
     * one the REST API and the project panel use): an active team goal of CASC for the current year, visible to the
     * project's members, whose one key result follows the onboarding epic CASC-1 (share of issues Done).
     */
    private static void seedSampleGoals(PluginContext plugin, DevUsers users, DevRequestContext request) {
        if (!plugin.bean(GoalQueries.class).find(GoalQuery.all().withProject("CASC")).items().isEmpty()) {
            return;
        }
        request.set(users.user("alice").orElseThrow());
        try {
            GoalService goals = plugin.bean(GoalService.class);
            Caller alice = Caller.user("alice");
            GoalInput.MeasureInput onboardingEpic = new GoalInput.MeasureInput("issues", null, null, null, null,
                    null, null, null, null, null, "issue-count-done", null, null, null, null,
                    List.of(new GoalInput.LinkInput("CASC-1", null, null)));
            GoalInput input = new GoalInput("Customers onboard themselves",
                    "New customers reach their first project without help.", "alice", "team",
                    new GoalInput.PeriodInput(null, String.valueOf(LocalDate.now(ZoneOffset.UTC).getYear()), null,
                            null), "CASC", null, "result", "members", false,
                    List.of(new GoalInput.KeyResultInput("Ship self-service onboarding", BigDecimal.valueOf(100),
                            onboardingEpic)));
            ObjectiveId id = goals.create(alice, input).value().goal().id();
            goals.moveTo(alice, id, 1L, "confirmed").value();
            goals.moveTo(alice, id, 2L, "active").value();
        } finally {
            request.clear();
        }
    }

    /** An instance of a class the descriptor names, created with the plugin's beans as the plugin system does. */
    private static Object create(PluginContext plugin, ClassLoader loader, String name) {
        try {
            return plugin.create(loader.loadClass(name));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("atlassian-plugin.xml names a missing class " + name, e);
        }
    }

    private static List<ActiveObjectsUpgradeTask> upgradeTasks(PluginDescriptor descriptor, ClassLoader loader)
            throws ReflectiveOperationException {
        List<ActiveObjectsUpgradeTask> tasks = new ArrayList<>();
        for (String name : descriptor.upgradeTasks()) {
            tasks.add((ActiveObjectsUpgradeTask) loader.loadClass(name).getDeclaredConstructor().newInstance());
        }
        return tasks;
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends RawEntity<?>>[] entityClasses(PluginDescriptor descriptor, ClassLoader loader)
            throws ClassNotFoundException {
        List<Class<? extends RawEntity<?>>> classes = new ArrayList<>();
        for (String name : descriptor.entities()) {
            classes.add((Class<? extends RawEntity<?>>) loader.loadClass(name));
        }
        return classes.toArray(new Class[0]);
    }

    /**
     * The plugin's JAX-RS resources and providers (filters, exception mappers): every class with {@code @Path} or
     * {@code @Provider} in the folder that holds the descriptor, as the REST module scans the plugin.
     */
    private static List<Class<?>> restResourceClasses(ClassLoader loader) throws IOException, URISyntaxException,
            ClassNotFoundException {
        URL descriptor = loader.getResource("atlassian-plugin.xml");
        if (descriptor == null || !"file".equals(descriptor.getProtocol())) {
            throw new IllegalStateException("the dev host runs the plugin from its class folder; found " + descriptor);
        }
        Path base = Path.of(descriptor.toURI()).getParent();
        List<Class<?>> resources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(base.resolve("dev/cascade/okr"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name = base.relativize(file).toString().replace(java.io.File.separatorChar, '.');
                Class<?> type = loader.loadClass(name.substring(0, name.length() - ".class".length()));
                if (type.isAnnotationPresent(jakarta.ws.rs.Path.class)
                        || type.isAnnotationPresent(jakarta.ws.rs.ext.Provider.class)) {
                    resources.add(type);
                }
            }
        }
        if (resources.isEmpty()) {
            throw new IllegalStateException("no JAX-RS resource found under " + base);
        }
        return resources;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** The address, e.g. {@code http://localhost:2990/}. */
    public URI baseUri() {
        return URI.create("http://localhost:" + ((ServerConnector) server.getConnectors()[0]).getLocalPort() + "/");
    }

    /** The plugin's context, for tests. */
    public PluginContext plugin() {
        return plugin;
    }

    /** The Jira stand-ins, for tests (e.g. the number of searches). */
    public DevJira jira() {
        return jira;
    }

    /** The sample issues. */
    public SampleJira sample() {
        return sample;
    }

    /** The event bus the stand-in pages publish issue events on, for tests that listen alongside the plugin. */
    public DevEventPublisher events() {
        return events;
    }

    /**
     * Who is asking on the current thread, as the dev host's filter sets it for a request: for benchmarks that call
     * the plugin's page code (a context provider) as a signed-in user without going through HTTP.
     */
    public DevRequestContext requestContext() {
        return request;
    }

    /** The Active Objects stand-in, for tests that compare database contents. */
    public DevActiveObjects activeObjects() {
        return ao;
    }

    /** The scheduler stand-in, for tests that look at the plugin's jobs. */
    public DevScheduler scheduler() {
        return scheduler;
    }

    /** Whether {@code GET /status} answers 200 (the sample data is in place). */
    public boolean isReady() {
        return status.isReady();
    }

    /** Blocks until the server stops. */
    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() throws Exception {
        status.stopping();
        try {
            server.stop();
        } finally {
            try {
                plugin.stopping();
            } finally {
                plugin.close();
                database.close();
            }
        }
    }
}
