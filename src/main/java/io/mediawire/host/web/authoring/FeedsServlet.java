package io.mediawire.host.web.authoring;

import io.mediawire.host.admincentral.AppDefinition;
import io.mediawire.host.admincentral.action.ActionFactory;
import io.mediawire.host.security.User;
import io.mediawire.sources.Source;
import io.mediawire.sources.SourceNotFoundException;
import io.mediawire.subscriptions.InvalidSubscriptionException;
import io.mediawire.subscriptions.MediaWireSubscriptionAction;
import io.mediawire.subscriptions.MediaWireSubscriptionActionDefinition;
import io.mediawire.subscriptions.RunInProgressException;
import io.mediawire.subscriptions.Subscription;
import io.mediawire.subscriptions.SubscriptionFields;
import io.mediawire.subscriptions.SubscriptionNotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Feeds app ({@code apps/mediaWireFeeds.yaml}): every subscription with its health badge, last and next
 * run and the stories it brought today; the form of a new one (its source and address may come in the
 * query, as the import dialog's "Subscribe to this feed" sends them); a feed's page with its form, its
 * actions (run now, pause, resume, delete after a confirmation: its stories stay) and its run log.
 */
final class FeedsServlet extends WireAppServlet {
    /** The source of an existing subscription is fixed: its form shows it, does not send it. */
    private static final Set<String> FIXED = Set.of("source");
    private static final Set<String> NONE = Set.of();
    static final int RUNS_SHOWN = 50;

    FeedsServlet(WireApps wire) {
        super(wire, WireApps.FEEDS_APP, AdminPaths.FEEDS, "feed");
    }

    @Override
    Optional<String> title(String id) {
        return wire.subscriptions().find(id).map(Subscription::url);
    }

    @Override
    void list(HttpServletRequest request, HttpServletResponse response, Map<String, Object> model) throws IOException {
        AppDefinition app = app();
        WirePresenter presenter = new WirePresenter(wire);
        Instant today = wire.startOfToday();
        Map<String, String> sourceNames = new HashMap<>();
        wire.sources().list().forEach(source -> sourceNames.put(source.id(), source.name()));
        Map<String, Object> page = new HashMap<>(model);
        page.put("app", app);
        page.put("what", "feeds");
        page.put("columns", app.columns());
        page.put("rows", wire.subscriptions().list().stream().map(s -> presenter.feedRow(presenter.status(s, today),
                sourceNames.get(s.sourceId()), app.columns())).toList());
        page.put("sections", WireActionbar.root(app));
        page.put("empty", "No feeds yet. Add a source, then subscribe to its feeds.");
        wire.pages().render(request, response, HttpServletResponse.SC_OK, "wireList", page);
    }

    /** Pre-filled from {@code ?url=} and {@code ?source=}; without a source, the one whose hosts cover the URL. */
    @Override
    void addForm(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, String> values = new HashMap<>();
        String url = request.getParameter("url");
        String source = request.getParameter("source");
        if (url != null && !url.isBlank()) {
            values.put("url", url.strip());
            if (source == null || source.isBlank()) {
                source = wire.directory().forUrl(url.strip()).map(Source::id).orElse(null);
            }
        }
        if (source != null && !source.isBlank()) {
            wire.sources().find(source.strip()).ifPresent(s -> values.put("source", s.id()));
        }
        values.put("interval", "PT5M");
        values.put("publish", "draft");
        form(request, response, HttpServletResponse.SC_OK, values, null, null, Map.of());
    }

    @Override
    void create(HttpServletRequest request, HttpServletResponse response, User user) throws IOException {
        Map<String, Object> submitted = new ItemForm(app(), wire.sessions()).submitted(request, NONE);
        try {
            Subscription created = wire.subscriptions().create(SubscriptionFields.of(submitted), user.name());
            redirect(response, AdminPaths.feed(created.id()) + "?done=added");
        } catch (InvalidSubscriptionException e) {
            form(request, response, HttpServletResponse.SC_BAD_REQUEST, SourcesServlet.texts(submitted), e.getMessage(),
                    null, Map.of());
        } catch (SourceNotFoundException e) {
            form(request, response, HttpServletResponse.SC_BAD_REQUEST, SourcesServlet.texts(submitted),
                    "source: choose one of the sources", null, Map.of());
        }
    }

    @Override
    boolean detail(HttpServletRequest request, HttpServletResponse response, int status, String id,
                   Map<String, Object> model) throws IOException {
        Optional<Subscription> subscription = wire.subscriptions().find(id);
        if (subscription.isEmpty()) {
            return false;
        }
        Map<String, Object> extra = new HashMap<>(model);
        String error = (String) extra.remove("error");
        form(request, response, status, values(subscription.get()), error, subscription.get(), extra);
        return true;
    }

    @Override
    void update(HttpServletRequest request, HttpServletResponse response, String id, User user) throws IOException {
        Map<String, Object> submitted = new ItemForm(app(), wire.sessions()).submitted(request, FIXED);
        try {
            wire.subscriptions().update(id, SubscriptionFields.of(submitted), user.name());
            redirect(response, AdminPaths.feed(id) + "?done=saved");
        } catch (SubscriptionNotFoundException e) {
            notFound(request, response);
        } catch (InvalidSubscriptionException e) {
            Subscription subscription = wire.subscriptions().get(id);
            Map<String, String> values = SourcesServlet.texts(submitted);
            values.put("source", subscription.sourceId());
            form(request, response, HttpServletResponse.SC_BAD_REQUEST, values, e.getMessage(), subscription, Map.of());
        }
    }

    @Override
    void delete(String id, User user) {
        wire.subscriptions().delete(id, user.name());
    }

    /** Run now, pause, resume: built from the action's definition, as the import dialog builds its action. */
    @Override
    boolean custom(HttpServletRequest request, HttpServletResponse response, String id, AppDefinition.Action action)
            throws IOException {
        Optional<MediaWireSubscriptionAction> built = subscriptionAction(action);
        Subscription subscription = wire.subscriptions().get(id);
        if (built.isEmpty() || !built.get().isAvailableFor(subscription)) {
            return false;
        }
        try {
            built.get().execute(id);
        } catch (RunInProgressException e) {
            detail(request, response, HttpServletResponse.SC_CONFLICT, id, Map.of("error",
                    "This feed is being read right now; its run will be in the log when it ends."));
            return true;
        }
        String done = switch (((MediaWireSubscriptionActionDefinition) action.definition()).operation()) {
            case RUN -> "ran";
            case PAUSE -> "paused";
            case RESUME -> "resumed";
        };
        redirect(response, AdminPaths.feed(id) + "?done=" + done);
        return true;
    }

    private Optional<MediaWireSubscriptionAction> subscriptionAction(AppDefinition.Action action) {
        return action.definition() instanceof MediaWireSubscriptionActionDefinition definition
                ? Optional.of(ActionFactory.create(definition, MediaWireSubscriptionAction.class, wire.subscriptions()))
                : Optional.empty();
    }

    /**
     * The add form ({@code subscription} null) or a feed's page: its state in plain words, form, action bar
     * (pause or resume, whichever applies) and run log.
     */
    private void form(HttpServletRequest request, HttpServletResponse response, int status, Map<String, String> values,
                      String error, Subscription subscription, Map<String, Object> extra) throws IOException {
        AppDefinition app = app();
        ItemForm form = new ItemForm(app, wire.sessions());
        Map<String, Object> model = new HashMap<>(extra);
        if (error != null) {
            model.put("error", error);
        }
        model.put("app", app);
        model.put("appUrl", AdminPaths.FEEDS);
        Map<String, String> fieldErrors = error == null ? Map.of() : form.errorsOf(error);
        if (subscription == null) {
            model.put("title", "Subscribe to a feed");
            model.put("formAction", AdminPaths.FEEDS_ADD);
            model.put("submitLabel", "Subscribe");
            model.put("fields", form.view(NONE, values, fieldErrors));
            if (wire.sources().list().isEmpty()) {
                model.put("noSources", AdminPaths.SOURCES_ADD);
            }
        } else {
            WirePresenter presenter = new WirePresenter(wire);
            WirePresenter.FeedStatus feed = presenter.status(subscription, wire.startOfToday());
            String sourceName = wire.subscriptions().sourceName(subscription);
            model.put("title", subscription.url());
            model.put("subtitle", sourceName);
            model.put("sourceUrl", AdminPaths.source(subscription.sourceId()));
            model.put("formAction", AdminPaths.feed(subscription.id()));
            model.put("submitLabel", "Save");
            model.put("fields", form.view(FIXED, values, fieldErrors));
            model.put("sections", WireActionbar.item(app, AdminPaths.feed(subscription.id()), null,
                    action -> subscriptionAction(action).filter(a -> a.isAvailableFor(subscription))));
            model.put("feed", presenter.summary(feed));
            model.put("runs", wire.subscriptions().runs(subscription.id(), RUNS_SHOWN).stream().map(presenter::run).toList());
        }
        wire.pages().render(request, response, status, "wireItem", model);
    }

    private Map<String, String> values(Subscription subscription) {
        Map<String, String> values = new HashMap<>();
        values.put("source", subscription.sourceId());
        values.put("url", subscription.url());
        values.put("interval", option("interval", subscription.interval()));
        values.put("publish", subscription.publish().value());
        values.put("filters", subscription.filters() == null ? "" : subscription.filters());
        values.put("quietAfter", subscription.quietAfter() == null ? "" : subscription.quietAfter().toString());
        return values;
    }

    /** The option of a combo box meaning this duration ({@code P1D} for 24 hours), else the duration as written. */
    private String option(String field, Duration duration) {
        return app().field(field).filter(AppDefinition.Field::isComboBox)
                .flatMap(f -> f.choices().options().stream().filter(o -> sameDuration(o.value(), duration)).findFirst())
                .map(AppDefinition.Option::value).orElse(duration.toString());
    }

    private static boolean sameDuration(String text, Duration duration) {
        try {
            return Duration.parse(text).equals(duration);
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
