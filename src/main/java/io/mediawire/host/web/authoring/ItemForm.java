package io.mediawire.host.web.authoring;

import io.mediawire.host.admincentral.AppDefinition;
import io.mediawire.magnolia.SessionFactory;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

/**
 * A detail subapp's form, drawn from the app definition's fields and read back from a request: a text
 * field is an input (a text area with {@code rows} over 1), a multi-value field one input of
 * comma-separated values, a check box a box with its {@code buttonLabel}, a combo box a select of its
 * datasource's options. Hidden fields are neither drawn nor read. A check box left unticked is sent as
 * "false", since browsers send nothing for it.
 */
final class ItemForm {
    private final AppDefinition app;
    private final SessionFactory sessions;

    ItemForm(AppDefinition app, SessionFactory sessions) {
        this.app = app;
        this.sessions = sessions;
    }

    /** The fields a person edits here, minus those named in {@code except} (drawn elsewhere, or fixed). */
    List<AppDefinition.Field> fields(Set<String> except) {
        return app.fields().stream().filter(f -> f.isEditable() && !except.contains(f.name())).toList();
    }

    /**
     * What the template draws for each field.
     *
     * @param values the values to show, by field name (text; "true" or "false" for check boxes)
     * @param errors a message per field that was refused
     */
    List<Map<String, Object>> view(Set<String> except, Map<String, String> values, Map<String, String> errors) {
        List<Map<String, Object>> views = new ArrayList<>();
        for (AppDefinition.Field field : fields(except)) {
            String value = values.getOrDefault(field.name(), "");
            Map<String, Object> view = new HashMap<>();
            view.put("name", field.name());
            view.put("label", field.label());
            view.put("required", field.required());
            view.put("description", field.description() == null ? "" : field.description());
            view.put("error", errors.getOrDefault(field.name(), ""));
            view.put("value", value);
            view.put("rows", field.rows());
            view.put("buttonLabel", field.buttonLabel() == null ? field.label() : field.buttonLabel());
            view.put("checked", "true".equals(value));
            view.put("control", field.isCheckBox() ? "checkbox" : field.isComboBox() ? "select"
                    : field.rows() > 1 ? "textarea" : "text");
            if (field.isComboBox()) {
                view.put("options", options(field, value));
            }
            views.add(view);
        }
        return views;
    }

    /** The submitted values of the fields drawn here, as the stores' field maps take them. */
    Map<String, Object> submitted(HttpServletRequest request, Set<String> except) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (AppDefinition.Field field : fields(except)) {
            String value = request.getParameter(field.name());
            if (field.isCheckBox()) {
                values.put(field.name(), value != null && !value.equals("false"));
            } else if (value != null) {
                values.put(field.name(), value.strip());
            }
        }
        return values;
    }

    /** A refusal's message belongs to a field when it starts with the field's name ("hosts: ..."). */
    Map<String, String> errorsOf(String message) {
        for (AppDefinition.Field field : app.fields()) {
            String name = field.name();
            if (message.startsWith(name + ":") || message.startsWith(name + " ")) {
                String rest = message.substring(name.length()).replaceFirst("^:\\s*", "").strip();
                return Map.of(name, field.label() + ": " + rest);
            }
        }
        return Map.of();
    }

    private List<Map<String, Object>> options(AppDefinition.Field field, String value) {
        List<AppDefinition.Option> options = new ArrayList<>(field.choices().fromWorkspace()
                ? nodes(field.choices()) : field.choices().options());
        if (!value.isEmpty() && options.stream().noneMatch(o -> o.value().equals(value))) {
            options.add(new AppDefinition.Option(value, value)); // a value set elsewhere (the API) stays choosable
        }
        List<Map<String, Object>> views = new ArrayList<>();
        if (value.isEmpty() || field.choices().fromWorkspace() && !field.required()) {
            views.add(Map.of("value", "", "label", "Choose…", "selected", value.isEmpty()));
        }
        for (AppDefinition.Option option : options) {
            views.add(Map.of("value", option.value(), "label", option.label(), "selected", option.value().equals(value)));
        }
        return views;
    }

    /**
     * A {@code jcrDatasource}'s items: the nodes of its allowed types at the workspace's top level, shown by
     * {@code describeByProperty} (else their name), sorted by what is shown.
     */
    private List<AppDefinition.Option> nodes(AppDefinition.Choices choices) {
        List<AppDefinition.Option> options = new ArrayList<>();
        try {
            Session session = sessions.login(choices.workspace());
            try {
                for (NodeIterator nodes = session.getRootNode().getNodes(); nodes.hasNext(); ) {
                    Node node = nodes.nextNode();
                    if (choices.nodeTypes().isEmpty() || choices.nodeTypes().stream().anyMatch(t -> isType(node, t))) {
                        String label = choices.describeByProperty() != null && node.hasProperty(choices.describeByProperty())
                                ? node.getProperty(choices.describeByProperty()).getString() : node.getName();
                        options.add(new AppDefinition.Option(node.getIdentifier(), label));
                    }
                }
            } finally {
                session.logout();
            }
        } catch (RepositoryException e) {
            throw new IllegalStateException("cannot list " + choices.workspace() + " for a form: " + e.getMessage(), e);
        }
        options.sort((a, b) -> a.label().toLowerCase(Locale.ROOT).compareTo(b.label().toLowerCase(Locale.ROOT)));
        return options;
    }

    private static boolean isType(Node node, String type) {
        try {
            return node.isNodeType(type);
        } catch (RepositoryException e) {
            return false;
        }
    }
}
