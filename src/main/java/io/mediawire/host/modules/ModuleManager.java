package io.mediawire.host.modules;

import io.mediawire.magnolia.Delta;
import io.mediawire.magnolia.InstallContext;
import io.mediawire.magnolia.ModuleDescriptor;
import io.mediawire.magnolia.ModuleLifecycle;
import io.mediawire.magnolia.ModuleLifecycleContext;
import io.mediawire.magnolia.ModuleSettings;
import io.mediawire.magnolia.ModuleVersionHandler;
import io.mediawire.magnolia.SessionFactory;
import io.mediawire.magnolia.Task;
import io.mediawire.magnolia.Version;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Installs, updates and starts modules the way Magnolia's module manager does: the installed
 * version lives at {@code /modules/<name>@version} in the {@code config} workspace; a fresh
 * install or a higher descriptor version runs the version handler's deltas, and a normal restart
 * runs none.
 */
public final class ModuleManager implements ComponentProvider {
    /** A module's configuration file by module name, e.g. {@code <module>/config.yaml} of its resources. */
    public static final String CONFIG_FILE = "config.yaml";

    private static final Logger LOG = LoggerFactory.getLogger(ModuleManager.class);
    /** Magnolia modules this host stands in for, so descriptors may depend on them. */
    private static final Map<String, Version> PROVIDED_BY_HOST = Map.of("core", Version.parse("6.3.0"));

    private final SessionFactory sessions;
    private final ModuleSettings settings;
    private final ClassLoader classLoader;
    private final Map<Class<?>, Object> services = new ConcurrentHashMap<>();
    private final Map<ModuleDescriptor, ModuleLifecycle> started = new LinkedHashMap<>();
    private Function<String, Optional<byte[]>> configFiles = module -> Optional.empty();

    public ModuleManager(SessionFactory sessions, ModuleSettings settings, ClassLoader classLoader) {
        this.sessions = sessions;
        this.settings = settings;
        this.classLoader = classLoader;
    }

    /** Installs or updates each module as needed; returns the tasks that ran, for the log and for tests. */
    public List<String> installOrUpdate(List<ModuleDescriptor> modules) throws Exception {
        checkDependencies(modules);
        List<String> ran = new ArrayList<>();
        for (ModuleDescriptor module : inDependencyOrder(modules)) {
            InstallContext context = installContext(module);
            ModuleVersionHandler handler = versionHandler(module);
            Version installed = installedVersion(module.name());
            if (installed != null && installed.compareTo(module.version()) > 0) {
                throw new IllegalStateException("The repository holds " + module.name() + " " + installed
                        + ", newer than this build's " + module.version() + ": refusing to downgrade.");
            }
            if (installed == null || installed.compareTo(module.version()) < 0) {
                for (Delta delta : handler.deltas(context, installed)) {
                    LOG.info("{}: {} ({})", module.name(), delta.description(), delta.version());
                    for (Task task : delta.tasks()) {
                        runTask(module, task, context);
                        ran.add(module.name() + ": " + task.name());
                    }
                }
                // Written only after every delta succeeded: a failed install is retried on the next start.
                writeInstalledVersion(module.name(), module.version());
            }
            for (Task task : handler.startupTasks(context)) {
                runTask(module, task, context);
            }
        }
        return ran;
    }

    private static void runTask(ModuleDescriptor module, Task task, InstallContext context) throws Exception {
        try {
            task.execute(context);
        } catch (Exception e) {
            throw new ModuleInstallException(module.name() + ": task '" + task.name() + "' failed: " + e.getMessage(), e);
        }
    }

    public void start(List<ModuleDescriptor> modules) throws Exception {
        start(modules, module -> Optional.empty());
    }

    /**
     * Creates each module's class, fills its bean properties from its configuration file, offers
     * the instance as a component by its class, and starts it.
     *
     * @param configFiles a module's {@value #CONFIG_FILE} by module name, read again by {@link #reconfigure()}
     */
    public void start(List<ModuleDescriptor> modules, Function<String, Optional<byte[]>> configFiles) throws Exception {
        this.configFiles = configFiles;
        for (ModuleDescriptor module : inDependencyOrder(modules)) {
            if (module.moduleClass() == null) {
                continue;
            }
            ModuleLifecycle lifecycle = instantiate(module.moduleClass(), ModuleLifecycle.class, module);
            configure(module, lifecycle);
            services.put(lifecycle.getClass(), lifecycle);
            lifecycle.start(lifecycleContext(module));
            started.put(module, lifecycle);
            LOG.info("Started module {} {}", module.name(), module.version());
        }
    }

    /**
     * Fills the started modules' properties again from their configuration files (development
     * mode, after a change). Magnolia restarts a module whose configuration changed; here the
     * running instance takes the new values, and a key removed from the file keeps its last value.
     */
    public void reconfigure() {
        started.forEach(this::configure);
    }

    private void configure(ModuleDescriptor module, ModuleLifecycle lifecycle) {
        Optional<byte[]> file = configFiles.apply(module.name());
        if (file.isPresent()) {
            ModuleConfiguration.bind(lifecycle, file.get(), module.name() + "/" + CONFIG_FILE)
                    .forEach(problem -> LOG.error("Module configuration not applied: {}", problem));
        }
    }

    public void stop() {
        List<Map.Entry<ModuleDescriptor, ModuleLifecycle>> reverse = new ArrayList<>(started.entrySet());
        java.util.Collections.reverse(reverse);
        for (Map.Entry<ModuleDescriptor, ModuleLifecycle> entry : reverse) {
            try {
                entry.getValue().stop(lifecycleContext(entry.getKey()));
            } catch (Exception e) {
                LOG.warn("Module {} did not stop cleanly", entry.getKey().name(), e);
            }
        }
        started.clear();
    }

    /**
     * Offers a component of the host's own (what a Magnolia module the host stands in for would offer, such as
     * the site theme's imaging), for the modules to look up as they start and for the classes the host builds.
     */
    public <T> void provide(Class<T> type, T component) {
        services.put(type, component);
    }

    public <T> Optional<T> service(Class<T> type) {
        return Optional.ofNullable(type.cast(services.get(type)));
    }

    @Override
    public <T> Optional<T> getComponent(Class<T> type) {
        return service(type);
    }

    public Version installedVersion(String module) throws RepositoryException {
        Session session = sessions.login(null);
        try {
            String path = "/modules/" + module;
            if (session.nodeExists(path) && session.getNode(path).hasProperty("version")) {
                return Version.parse(session.getNode(path).getProperty("version").getString());
            }
            return null;
        } finally {
            session.logout();
        }
    }

    private void writeInstalledVersion(String module, Version version) throws RepositoryException {
        Session session = sessions.login(null);
        try {
            Node modules = session.getRootNode().hasNode("modules")
                    ? session.getRootNode().getNode("modules")
                    : session.getRootNode().addNode("modules", "mgnl:content");
            Node node = modules.hasNode(module) ? modules.getNode(module) : modules.addNode(module, "mgnl:content");
            node.setProperty("version", version.toString());
            session.save();
        } finally {
            session.logout();
        }
    }

    /** Modules after the modules they depend on, as Magnolia installs and starts them; a cycle is refused. */
    static List<ModuleDescriptor> inDependencyOrder(List<ModuleDescriptor> modules) {
        Map<String, ModuleDescriptor> byName = new LinkedHashMap<>();
        modules.forEach(m -> byName.put(m.name(), m));
        List<ModuleDescriptor> ordered = new ArrayList<>();
        java.util.Set<String> visiting = new java.util.HashSet<>();
        for (ModuleDescriptor module : modules) {
            visit(module, byName, visiting, ordered);
        }
        return ordered;
    }

    private static void visit(ModuleDescriptor module, Map<String, ModuleDescriptor> byName, java.util.Set<String> visiting,
                              List<ModuleDescriptor> ordered) {
        if (ordered.contains(module)) {
            return;
        }
        if (!visiting.add(module.name())) {
            throw new ModuleInstallException("modules depend on each other in a circle through " + module.name());
        }
        for (ModuleDescriptor.Dependency dependency : module.dependencies()) {
            ModuleDescriptor needed = byName.get(dependency.name());
            if (needed != null) {
                visit(needed, byName, visiting, ordered);
            }
        }
        visiting.remove(module.name());
        ordered.add(module);
    }

    private static void checkDependencies(List<ModuleDescriptor> modules) {
        for (ModuleDescriptor module : modules) {
            for (ModuleDescriptor.Dependency dependency : module.dependencies()) {
                Version present = modules.stream().filter(m -> m.name().equals(dependency.name()))
                        .map(ModuleDescriptor::version).findFirst()
                        .orElse(PROVIDED_BY_HOST.get(dependency.name()));
                if (present == null && !dependency.optional()) {
                    throw new ModuleInstallException(module.name() + " needs module " + dependency.name()
                            + " " + dependency.versionRange() + ", which is not installed");
                }
                if (present != null && !present.isIn(dependency.versionRange())) {
                    throw new ModuleInstallException(module.name() + " needs " + dependency.name() + " "
                            + dependency.versionRange() + ", found " + present);
                }
            }
        }
    }

    private ModuleVersionHandler versionHandler(ModuleDescriptor module) {
        if (module.versionHandler() == null) {
            return new io.mediawire.magnolia.DefaultModuleVersionHandler();
        }
        return instantiate(module.versionHandler(), ModuleVersionHandler.class, module);
    }

    private <T> T instantiate(String className, Class<T> type, ModuleDescriptor module) {
        try {
            Class<?> found = Class.forName(className, true, classLoader);
            return type.cast(found.getDeclaredConstructor().newInstance());
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new ModuleInstallException(module.source() + ": cannot create " + className + " as a "
                    + type.getSimpleName() + ": " + e, e);
        }
    }

    private InstallContext installContext(ModuleDescriptor module) {
        return new ModuleContext(module);
    }

    private ModuleLifecycleContext lifecycleContext(ModuleDescriptor module) {
        return new ModuleContext(module);
    }

    /** What a module sees of this host, while installing and while running. */
    private final class ModuleContext implements InstallContext, ModuleLifecycleContext {
        private final ModuleDescriptor module;

        ModuleContext(ModuleDescriptor module) {
            this.module = module;
        }

        @Override
        public ModuleDescriptor descriptor() {
            return module;
        }

        @Override
        public SessionFactory sessions() {
            return sessions;
        }

        @Override
        public ModuleSettings settings() {
            return settings;
        }

        @Override
        public byte[] resource(String path) throws IOException {
            String name = path.startsWith("/") ? path.substring(1) : path;
            try (InputStream in = classLoader.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IOException("resource " + path + " of module " + module.name() + " not found");
                }
                return in.readAllBytes();
            }
        }

        @Override
        public List<String> findResources(String folder, String extension) throws IOException {
            String clean = folder.startsWith("/") ? folder.substring(1) : folder;
            return ClasspathFolders.list(classLoader, clean.endsWith("/") ? clean : clean + "/", extension).stream()
                    .map(name -> "/" + name).toList();
        }

        @Override
        public void info(String message) {
            LOG.info("{}: {}", module.name(), message);
        }

        @Override
        public <T> void provide(Class<T> type, T service) {
            services.put(type, service);
        }

        @Override
        public <T> Optional<T> lookup(Class<T> type) {
            return service(type);
        }
    }
}
