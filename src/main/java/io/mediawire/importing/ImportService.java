package io.mediawire.importing;

import io.mediawire.images.ImageCopier;
import io.mediawire.importing.fetch.FetchPolicy;
import io.mediawire.importing.fetch.SafeFetcher;
import io.mediawire.story.StoryStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Runs imports: at once for the command line, or as background jobs for the UI and the HTTP
 * API, whose progress can be read while they run. The jobs this process runs are read from memory;
 * with an {@link ImportJobStore} every job and item outcome is also saved as it goes, so other nodes
 * of a cluster, and this one after a restart, find them.
 */
public final class ImportService implements AutoCloseable {
    private static final int KEPT_JOBS = 200;
    /**
     * Sources one import may name. An editor imports a handful; a thousand URLs in one request is a script or an
     * attack, and would hold both import workers for hours.
     */
    public static final int MAX_SOURCES = 100;

    private final SafeFetcher fetcher;
    private final StoryImporter importer;
    private final Clock clock;
    private final ExecutorService workers = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "media-wire-import");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, ImportJob> jobs = new LinkedHashMap<>();
    private final ImportJobStore stored;

    public ImportService(StoryStore store, FetchPolicy policy, Clock clock) {
        this(store, policy, clock, null);
    }

    public ImportService(StoryStore store, FetchPolicy policy, Clock clock,
                         java.util.function.Function<SafeFetcher, ImageCopier> images) {
        this(store, policy, clock, images, null);
    }

    /**
     * @param images what copies each story's pictures, given the service's own fetcher (same address rules,
     *               timeouts and caps as the pages); null copies none
     * @param stored where jobs are kept beyond this process; null keeps them in memory only
     */
    public ImportService(StoryStore store, FetchPolicy policy, Clock clock,
                         java.util.function.Function<SafeFetcher, ImageCopier> images, ImportJobStore stored) {
        this.fetcher = new SafeFetcher(policy);
        this.importer = new StoryImporter(fetcher, store, Clock.systemUTC(), images == null ? null : images.apply(fetcher));
        this.clock = clock;
        this.stored = stored;
    }

    /** Told the id of each story imported from its own page by URL: see {@link StoryImporter#watchPages}. */
    public void watchImportedPages(java.util.function.Consumer<String> watcher) {
        importer.watchPages(watcher);
    }

    /** The wire items' importer behind this service (the revision flow plugs in there). */
    public WireImporter wire() {
        return importer.wire();
    }

    /** Refuses an import of no source or of more than {@value #MAX_SOURCES}, before anything is read or fetched. */
    public static void checkSourceCount(int sources) {
        if (sources == 0) {
            throw new ImportException("nothing to import: give an article URL, a feed URL or a saved page");
        }
        if (sources > MAX_SOURCES) {
            throw new ImportException("too many to import at once: " + sources + " sources, at most " + MAX_SOURCES
                    + " per import (a feed counts as one source, however many items it has)");
        }
    }

    /** Imports every source now, in order; the results come in the order the items ended. */
    public List<ItemResult> importNow(List<ImportSource> sources, boolean publish, String user, ImportProgress progress) {
        checkSourceCount(sources.size());
        List<ItemResult> results = new ArrayList<>();
        for (ImportSource source : sources) {
            results.addAll(importer.importSource(source, publish, user, progress));
        }
        return results;
    }

    /** Starts an import in the background and returns its job at once. */
    public ImportJob submit(List<ImportSource> sources, boolean publish, String user) {
        checkSourceCount(sources.size());
        ImportJob job = new ImportJob(UUID.randomUUID().toString(), user,
                sources.stream().map(ImportSource::label).toList(), publish, clock.instant());
        synchronized (jobs) {
            jobs.put(job.id(), job);
            while (jobs.size() > KEPT_JOBS) {
                jobs.remove(jobs.keySet().iterator().next());
            }
        }
        ImportProgress progress = job;
        if (stored != null) {
            stored.created(job);
            progress = new StoredProgress(job, stored);
        }
        ImportProgress tracked = progress;
        workers.submit(() -> {
            job.running();
            saveState(job);
            try {
                for (ImportSource source : sources) {
                    importer.importSource(source, publish, user, tracked);
                }
            } finally {
                job.done(clock.instant());
                saveState(job);
            }
        });
        return job;
    }

    private void saveState(ImportJob job) {
        if (stored != null) {
            stored.state(job);
        }
    }

    /** The job with this id, whoever started it: from this process while it runs here, else as last saved. */
    public Optional<ImportJob> job(String id) {
        synchronized (jobs) {
            ImportJob live = jobs.get(id);
            if (live != null) {
                return Optional.of(live);
            }
        }
        return stored == null ? Optional.empty() : stored.find(id);
    }

    /** The job with this id when {@code user} may see it (its owner, or an admin); else empty, as if unknown. */
    public Optional<ImportJob> job(String id, String user, boolean admin) {
        return job(id).filter(j -> j.visibleTo(user, admin));
    }

    /** Keeps the job's progress in memory and saves each step, item outcomes after their stories. */
    private record StoredProgress(ImportJob job, ImportJobStore store) implements ImportProgress {
        @Override
        public void found(String source, int items) {
            job.found(source, items);
            store.found(job);
        }

        @Override
        public void feedRead(String source, java.net.URI feedUrl, String title) {
            job.feedRead(source, feedUrl, title);
            store.feeds(job);
        }

        // Saved before the job in memory moves on: what a node reports about a job is stored already, so a
        // node killed right after reporting an outcome leaves that outcome for the others to show.
        @Override
        public void finished(ItemResult result) {
            store.finished(job, result);
            job.finished(result);
        }
    }

    @Override
    public void close() {
        workers.shutdown();
        try {
            workers.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        fetcher.close();
    }
}
