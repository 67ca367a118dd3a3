package io.mediawire.host.web.authoring;

import io.mediawire.host.admincentral.AppDefinition;
import io.mediawire.host.security.User;
import io.mediawire.sources.InvalidSourceException;
import io.mediawire.sources.Source;
import io.mediawire.sources.SourceFields;
import io.mediawire.sources.SourceNotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Sources app ({@code apps/mediaWireSources.yaml}): the agencies with their feeds' health, a form to
 * add or edit one (the store's refusal shown in the form, nothing stored), its feeds listed under its
 * form, and its deletion after a confirmation (its stories stay).
 */
final class SourcesServlet extends WireAppServlet {
    private static final Set<String> NONE = Set.of();

    SourcesServlet(WireApps wire) {
        super(wire, WireApps.SOURCES_APP, AdminPaths.SOURCES, "source");
    }

    @Override
    Optional<String> title(String id) {
        return wire.sources().find(id).map(Source::name);
    }

    @Override
    void list(HttpServletRequest request, HttpServletResponse response, Map<String, Object> model) throws IOException {
        AppDefinition app = app();
        WirePresenter presenter = new WirePresenter(wire);
        Instant today = wire.startOfToday();
        Map<String, Object> page = new HashMap<>(model);
        page.put("app", app);
        page.put("what", "sources");
        page.put("columns", app.columns());
        page.put("rows", wire.sources().list().stream().map(source -> presenter.sourceRow(source,
                wire.subscriptions().ofSource(source.id()).stream().map(s -> presenter.status(s, today)).toList(), app))
                .toList());
        page.put("sections", WireActionbar.root(app));
        page.put("empty", "No sources yet. Add the agencies whose stories you republish.");
        wire.pages().render(request, response, HttpServletResponse.SC_OK, "wireList", page);
    }

    @Override
    void addForm(HttpServletRequest request, HttpServletResponse response) throws IOException {
        form(request, response, HttpServletResponse.SC_OK, Map.of("headlinePolicy", "free"), Map.of(), null);
    }

    @Override
    void create(HttpServletRequest request, HttpServletResponse response, User user) throws IOException {
        ItemForm form = new ItemForm(app(), wire.sessions());
        Map<String, Object> submitted = form.submitted(request, NONE);
        try {
            Source created = wire.sources().create(SourceFields.of(submitted), user.name());
            redirect(response, AdminPaths.source(created.id()) + "?done=added");
        } catch (InvalidSourceException e) {
            form(request, response, HttpServletResponse.SC_BAD_REQUEST, texts(submitted), Map.of("message", e.getMessage()),
                    null);
        }
    }

    @Override
    boolean detail(HttpServletRequest request, HttpServletResponse response, int status, String id,
                   Map<String, Object> model) throws IOException {
        Optional<Source> source = wire.sources().find(id);
        if (source.isEmpty()) {
            return false;
        }
        Map<String, String> errors = new HashMap<>();
        if (model.get("error") instanceof String message) {
            errors.put("message", message);
        }
        Map<String, Object> extra = new HashMap<>(model);
        extra.remove("error");
        form(request, response, status, values(source.get()), errors, source.get(), extra);
        return true;
    }

    @Override
    void update(HttpServletRequest request, HttpServletResponse response, String id, User user) throws IOException {
        ItemForm form = new ItemForm(app(), wire.sessions());
        Map<String, Object> submitted = form.submitted(request, NONE);
        try {
            wire.sources().update(id, SourceFields.of(submitted), user.name());
            redirect(response, AdminPaths.source(id) + "?done=saved");
        } catch (SourceNotFoundException e) {
            notFound(request, response);
        } catch (InvalidSourceException e) {
            form(request, response, HttpServletResponse.SC_BAD_REQUEST, texts(submitted), Map.of("message", e.getMessage()),
                    wire.sources().get(id));
        }
    }

    @Override
    void delete(String id, User user) {
        wire.sources().delete(id, user.name());
    }

    private void form(HttpServletRequest request, HttpServletResponse response, int status, Map<String, String> values,
                      Map<String, String> errors, Source source) throws IOException {
        form(request, response, status, values, errors, source, Map.of());
    }

    /**
     * The add form ({@code source} null) or a source's page: its form, action bar and feeds.
     *
     * @param errors {@code message}: the store's refusal, shown above the form and beside its field
     */
    private void form(HttpServletRequest request, HttpServletResponse response, int status, Map<String, String> values,
                      Map<String, String> errors, Source source, Map<String, Object> extra) throws IOException {
        AppDefinition app = app();
        ItemForm form = new ItemForm(app, wire.sessions());
        Map<String, Object> model = new HashMap<>(extra);
        String message = errors.get("message");
        Map<String, String> fieldErrors = message == null ? Map.of() : form.errorsOf(message);
        if (message != null) {
            model.put("error", message);
        }
        model.put("app", app);
        model.put("appUrl", AdminPaths.SOURCES);
        model.put("fields", form.view(NONE, values, fieldErrors));
        if (source == null) {
            model.put("title", "New source");
            model.put("formAction", AdminPaths.SOURCES_ADD);
            model.put("submitLabel", "Add source");
        } else {
            AppDefinition feeds = wire.feedsApp();
            WirePresenter presenter = new WirePresenter(wire);
            Instant today = wire.startOfToday();
            model.put("title", source.name());
            model.put("subtitle", String.join(", ", source.hosts()));
            model.put("formAction", AdminPaths.source(source.id()));
            model.put("submitLabel", "Save");
            model.put("sections", WireActionbar.item(app, AdminPaths.source(source.id()), source.id(), null));
            model.put("policy", source.headlinePolicy().rule());
            List<AppDefinition.Column> columns = feeds.columns().stream().filter(c -> !c.name().equals("source")).toList();
            model.put("feedColumns", columns);
            model.put("feeds", wire.subscriptions().ofSource(source.id()).stream()
                    .map(s -> presenter.feedRow(presenter.status(s, today), source.name(), columns)).toList());
            model.put("subscribeUrl", AdminPaths.subscribe(source.id(), null));
        }
        wire.pages().render(request, response, status, "wireItem", model);
    }

    private static Map<String, String> values(Source source) {
        Map<String, String> values = new HashMap<>();
        values.put("name", source.name());
        values.put("hosts", String.join(", ", source.hosts()));
        values.put("homepage", source.homepage() == null ? "" : source.homepage());
        values.put("usageTerms", source.usageTerms() == null ? "" : source.usageTerms());
        values.put("attribution", source.attribution() == null ? "" : source.attribution());
        values.put("headlinePolicy", source.headlinePolicy().value());
        values.put("copyImages", String.valueOf(source.copyImages()));
        values.put("linkImages", String.valueOf(source.linkImages()));
        return values;
    }

    /** What was sent, to show again in a refused form. */
    static Map<String, String> texts(Map<String, Object> submitted) {
        Map<String, String> texts = new HashMap<>();
        submitted.forEach((name, value) -> texts.put(name, String.valueOf(value)));
        return texts;
    }
}
