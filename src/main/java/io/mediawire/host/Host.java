package io.mediawire.host;

import io.mediawire.host.cache.Generations;
import io.mediawire.host.cache.OtherNodesChanges;
import io.mediawire.host.cache.StoryChanges;
import io.mediawire.host.imaging.ThemeImaging;
import io.mediawire.host.modules.ModuleDiscovery;
import io.mediawire.host.modules.ModuleManager;
import io.mediawire.host.repository.EmbeddedRepository;
import io.mediawire.host.repository.ExternalChanges;
import io.mediawire.host.rendering.PublicSite;
import io.mediawire.host.security.AccessWorkspace;
import io.mediawire.host.security.AdminAccount;
import io.mediawire.host.security.Authenticator;
import io.mediawire.host.security.Login;
import io.mediawire.host.security.LoginFormTokens;
import io.mediawire.host.security.LoginThrottle;
import io.mediawire.host.security.SessionStore;
import io.mediawire.host.security.StoredLoginFailures;
import io.mediawire.host.security.StoredSessions;
import io.mediawire.host.security.UserStore;
import io.mediawire.host.web.CommonHeaders;
import io.mediawire.host.web.DeliveryFeature;
import io.mediawire.host.web.HealthFeature;
import io.mediawire.host.web.ImagingFeature;
import io.mediawire.host.web.ImportApiFeature;
import io.mediawire.host.web.ReadyAnswers;
import io.mediawire.host.web.SiteFeature;
import io.mediawire.host.web.WebFeature;
import io.mediawire.host.web.WebServices;
import io.mediawire.host.web.WireApiFeature;
import io.mediawire.host.web.authoring.AuthoringFeature;
import io.mediawire.host.contenttype.ContentTypeReader;
import io.mediawire.host.contenttype.ContentTypeSetup;
import io.mediawire.host.lightmodule.Definition;
import io.mediawire.host.lightmodule.DefinitionRegistry;
import io.mediawire.host.lightmodule.LightModules;
import io.mediawire.magnolia.ImagingSupport;
import io.mediawire.magnolia.ModuleDescriptor;
import io.mediawire.importing.ImportService;
import io.mediawire.story.StoryStore;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import javax.jcr.RepositoryException;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The standalone host: opens the repository, installs and starts the modules found on the class
 * path, loads the light modules and serves the web features on Jetty. Closing it stops all of
 * that in reverse order.
 */
public final class Host implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Host.class);

    private final EmbeddedRepository repository;
    private final ModuleManager modules;
    private final HostServices services;
    private final List<String> installReport;
    private Server server;
    private ExternalChanges externalChanges;
    private WebServices web;

    private Host(EmbeddedRepository repository, ModuleManager modules, HostServices services, List<String> installReport) {
        this.repository = repository;
        this.modules = modules;
        this.services = services;
        this.installReport = installReport;
    }

    /** Opens the repository and starts the modules and serves the web features. */
    public static Host start(HostOptions options) throws Exception {
        return start(options, features());
    }

    /** As {@link #start(HostOptions)}, serving only {@code features}, in any order. */
    public static Host start(HostOptions options, List<WebFeature> features) throws Exception {
        StartupPhases phases = new StartupPhases();
        // On a new home the first admin's password hash (deliberately slow) is made while the repository starts.
        boolean newHome = Files.notExists(options.home().resolve("repository.xml"));
        Supplier<AdminAccount.Prepared> admin = newHome ? AdminAccount.prepareAhead(System::getenv)
                : () -> AdminAccount.prepare(System::getenv);
        Host host = open(options, phases);
        try {
            host.serve(options, features, phases, admin);
            phases.log("Started");
            return host;
        } catch (Exception | Error e) {
            host.close();
            throw e;
        }
    }

    /** Opens the repository and starts the modules, without a web server (the command line's import). */
    public static Host open(HostOptions options) throws Exception {
        return open(options, new StartupPhases());
    }

    private static Host open(HostOptions options, StartupPhases phases) throws Exception {
        EmbeddedRepository repository = EmbeddedRepository.open(options.home(), options.cluster());
        phases.done("repository");
        ModuleManager modules = null;
        try {
            ClassLoader loader = Host.class.getClassLoader();
            List<ModuleDescriptor> descriptors = new ModuleDiscovery(loader).discover();
            if (repository.clustered()) {
                registerModuleNodeTypes(repository, descriptors, loader);
            }
            modules = new ModuleManager(repository, options.settings(), loader);
            List<String> report = modules.installOrUpdate(descriptors);
            phases.done("module install");
            DefinitionRegistry definitions = new DefinitionRegistry(LightModules.find(options.lightModules(),
                    descriptors.stream().map(ModuleDescriptor::name).toList(), loader), options.developmentMode());
            definitions.problems().forEach(p -> LOG.error("Light module problem: {}", p));
            phases.done("light modules");
            // Standing in for the Site module: the theme's imaging variations, for the module and its templates.
            modules.provide(ImagingSupport.class, new ThemeImaging(definitions));
            // A module's config.yaml sits in its resources folder, which the registry reads (folder before jar).
            modules.start(descriptors, name -> definitions.resource(name, ModuleManager.CONFIG_FILE));
            definitions.onReload(modules::reconfigure);
            applyContentTypes(definitions, repository);
            phases.done("module start");
            StoryStore stories = modules.service(StoryStore.class)
                    .orElseThrow(() -> new IllegalStateException("the media-wire module did not start: no story store"));
            ImportService imports = modules.service(ImportService.class)
                    .orElseThrow(() -> new IllegalStateException("the media-wire module did not start: no import service"));
            HostServices services = new HostServices(stories, definitions, repository, options.settings(), repository::isUp,
                    imports, modules);
            return new Host(repository, modules, services, report);
        } catch (Exception | Error e) {
            if (modules != null) {
                modules.stop();
            }
            repository.close();
            throw e;
        }
    }

    /**
     * A node's node type registry is in its own file system: one that joins after the journal's janitor
     * removed the install's records would not know the modules' types, which the other nodes installed.
     */
    private static void registerModuleNodeTypes(EmbeddedRepository repository, List<ModuleDescriptor> descriptors,
                                                ClassLoader loader) throws RepositoryException {
        for (ModuleDescriptor descriptor : descriptors) {
            for (ModuleDescriptor.RepositoryDefinition definition : descriptor.repositories()) {
                String file = definition.nodeTypeFile();
                if (file != null) {
                    repository.registerNodeTypes(loader, file.startsWith("/") ? file.substring(1) : file);
                }
            }
        }
    }

    private static void applyContentTypes(DefinitionRegistry definitions, EmbeddedRepository repository) {
        ContentTypeSetup setup = new ContentTypeSetup(repository);
        for (Definition definition : definitions.all("contentTypes")) {
            try {
                setup.apply(ContentTypeReader.read(definition)).forEach(p -> LOG.error("{}: {}", definition.file(), p));
            } catch (IllegalArgumentException | javax.jcr.RepositoryException e) {
                LOG.error("Content type {} not applied: {}", definition.file(), e.getMessage());
            }
        }
    }

    /** The standard web features. Each takes what it needs from {@link WebServices}, so their order is free. */
    public static List<WebFeature> features() {
        return List.of(new HealthFeature(), new SiteFeature(), new DeliveryFeature(), new AuthoringFeature(),
                new ImportApiFeature(), new ImagingFeature(), new WireApiFeature());
    }

    /**
     * What the web features are built from. The users workspace is opened and, on the first start,
     * the admin created here, before any request can arrive.
     */
    private static WebServices webServices(HostServices services, EmbeddedRepository repository,
                                           Supplier<AdminAccount.Prepared> admin, PrintStream out) {
        Clock clock = services.settings().clock();
        UserStore users;
        try {
            users = new UserStore(services.sessions(), clock);
        } catch (RepositoryException e) {
            throw new IllegalStateException("cannot open the users workspace: " + e.getMessage(), e);
        }
        AdminAccount.ensure(users, admin, out);
        Authenticator authenticator = authenticator(services, repository, users, clock);
        // One invalidation for every public answer kept: the store's public changes, and reloads, drop them.
        Generations generations = new Generations(clock);
        services.stories().addListener(new StoryChanges(generations));
        services.definitions().onReload(() -> generations.everything("light modules reloaded"));
        boolean keep = !services.definitions().developmentMode();
        PublicSite site = new PublicSite(services.stories(), services.definitions(), services.settings(), services.sessions(),
                services.components(), generations);
        ReadyAnswers answers = new ReadyAnswers(generations, clock, ReadyAnswers.DEFAULT_MAX_BYTES, keep);
        return new WebServices(services.stories(), services.definitions(), services.sessions(), services.settings(),
                services.repositoryUp(), services.imports(), site, authenticator, users, services.components(), answers);
    }

    /** Sessions, login failures and the login forms' key in the repository: any node of a cluster serves any caller. */
    private static Authenticator authenticator(HostServices services, EmbeddedRepository repository, UserStore users,
                                               Clock clock) {
        AccessWorkspace access;
        try {
            access = new AccessWorkspace(services.sessions(), repository::syncCluster);
        } catch (RepositoryException e) {
            throw new IllegalStateException("cannot open the access workspace: " + e.getMessage(), e);
        }
        return new Authenticator(new Login(users, new LoginThrottle(new StoredLoginFailures(access), clock)),
                new SessionStore(new StoredSessions(access), clock), new LoginFormTokens(access.secret("loginForm"), clock));
    }

    private void serve(HostOptions options, List<WebFeature> features, StartupPhases phases,
                       Supplier<AdminAccount.Prepared> admin) throws Exception {
        web = webServices(services, repository, admin, System.out);
        if (repository.clustered()) {
            externalChanges = ExternalChanges.listen(repository, CACHED_WORKSPACES,
                    new OtherNodesChanges(web.answers().invalidation(), services.components()));
        }
        phases.done("users and site");
        server = new Server();
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false); // no Server header, and no "Powered by Jetty" on the container's error pages
        http.setSendXPoweredBy(false);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(options.bindAddress());
        connector.setPort(options.port());
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler("/");
        for (WebFeature feature : features) {
            feature.install(context, web);
        }
        server.setHandler(new CommonHeaders(web.serving(context)));
        server.setErrorHandler(new CommonHeaders.ContainerErrors());
        server.setStopTimeout(5_000);
        server.start();
        phases.done("web server");
    }

    /** The workspaces what this node keeps in memory is made from: pages, stories, sources, pictures. */
    private static final List<String> CACHED_WORKSPACES = List.of(EmbeddedRepository.WEBSITE, StoryStore.WORKSPACE,
            io.mediawire.sources.WorkspaceAccess.WORKSPACE, EmbeddedRepository.DAM);

    public URI baseUri() {
        if (server == null) {
            throw new IllegalStateException("this host was opened without a web server");
        }
        ServerConnector connector = (ServerConnector) server.getConnectors()[0];
        String host = connector.getHost() == null || connector.getHost().equals("0.0.0.0") ? "localhost" : connector.getHost();
        return URI.create("http://" + host + ":" + connector.getLocalPort() + "/");
    }

    /** The repository this host opened: embedded, or a cluster node. */
    public EmbeddedRepository repository() {
        return repository;
    }

    public HostServices services() {
        return services;
    }

    /** What the web features were built from; null for a host opened without a web server. */
    public WebServices web() {
        return web;
    }

    public StoryStore stories() {
        return services.stories();
    }

    /** The install and update tasks this start ran; empty on a normal restart. */
    public List<String> installReport() {
        return installReport;
    }

    @Override
    public void close() {
        try {
            if (server != null) {
                server.stop();
            }
        } catch (Exception e) {
            LOG.warn("Jetty did not stop cleanly", e);
        }
        if (externalChanges != null) {
            externalChanges.close();
        }
        modules.stop();
        repository.close();
        LOG.info("Media Wire stopped");
    }
}
