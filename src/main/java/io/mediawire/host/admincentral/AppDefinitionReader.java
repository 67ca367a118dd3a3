package io.mediawire.host.admincentral;

import io.mediawire.host.admincentral.action.ActionDefinitionReader;
import io.mediawire.host.admincentral.action.ActionTypes;
import io.mediawire.host.admincentral.action.ConfirmationActionDefinition;
import io.mediawire.host.admincentral.action.DefinitionBinder;
import io.mediawire.host.admincentral.action.JcrCommandActionDefinition;
import io.mediawire.host.admincentral.action.OpenDetailSubappActionDefinition;
import io.mediawire.host.contenttype.ContentType;
import io.mediawire.host.contenttype.ContentTypeReader;
import io.mediawire.host.lightmodule.Definition;
import io.mediawire.host.lightmodule.DefinitionRegistry;
import io.mediawire.magnolia.ActionDefinition;
import io.mediawire.magnolia.ConfiguredAvailabilityDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an app definition the way Magnolia 6 does for {@code !content-type:<name>} apps: first
 * the descriptor the content type generates (a list view, the standard actions and an action bar
 * offering them, one editable form field per model property, labelled with its name), then the app
 * file's own keys merged over it; labels and {@code readOnly} come from there. Each action is
 * bound to its definition class by {@code $type}; an unknown type or key is refused, naming the
 * file and key. Read per request: cheap, and development mode's reloads show at once.
 */
public final class AppDefinitionReader {
    private static final String CONTENT_TYPE_TAG = "!content-type:";
    private static final String DEFAULT_NODE_TYPE = "mgnl:content";

    private final DefinitionRegistry registry;
    private final ActionDefinitionReader actionReader;

    /** With the built-in action types and those the class path's modules declare. */
    public AppDefinitionReader(DefinitionRegistry registry) {
        this(registry, ActionTypes.discover(AppDefinitionReader.class.getClassLoader()));
    }

    public AppDefinitionReader(DefinitionRegistry registry, ActionTypes types) {
        this.registry = registry;
        this.actionReader = new ActionDefinitionReader(types);
    }

    /** The app {@code id} ({@code media-wire:mediaWire}); throws naming what is missing or wrong. */
    public AppDefinition read(String id) {
        Definition app = registry.get("apps", id)
                .orElseThrow(() -> new IllegalStateException("no app definition " + id + " (apps/"
                        + id.substring(id.indexOf(':') + 1) + ".yaml in the light module)"));
        Map<String, Object> merged = app.body();
        String contentTypeName = null;
        String nodeType = DEFAULT_NODE_TYPE;
        List<?> allowed = path(app.body(), "datasource", "allowedNodeTypes") instanceof List<?> types ? types : List.of();
        if (!allowed.isEmpty()) {
            nodeType = allowed.get(0).toString(); // an app over a workspace of its own: its datasource says what it lists
        }
        if (app.tag() != null && app.tag().startsWith(CONTENT_TYPE_TAG)) {
            contentTypeName = app.tag().substring(CONTENT_TYPE_TAG.length());
            String name = contentTypeName;
            Definition contentType = registry.contentType(name)
                    .orElseThrow(() -> new IllegalStateException(app.file() + " starts with " + app.tag()
                            + " but there is no content type '" + name + "'"));
            ContentType type = ContentTypeReader.read(contentType);
            nodeType = type.nodeType();
            merged = DeepMerge.merge(generated(type), app.body());
        }
        return interpret(merged, contentTypeName, nodeType, app.file());
    }

    /** What a content type alone gives: Magnolia's generated content app, reduced to what this UI draws. */
    static Map<String, Object> generated(ContentType type) {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (ContentType.Property p : type.properties()) {
            Map<String, Object> field = new LinkedHashMap<>();
            field.put("$type", fieldType(p));
            field.put("label", p.name());
            field.put("required", p.required());
            properties.put(p.name(), field);
        }
        List<Object> columns = List.of(
                Map.of("name", "jcrName", "$type", "jcrTitleColumn", "label", "Name"),
                Map.of("name", "status", "$type", "jcrStatusColumn", "label", "Status"),
                Map.of("name", "mgnl:lastModified", "$type", "dateColumn", "label", "Modified"));
        Map<String, Object> actions = new LinkedHashMap<>();
        actions.put("edit", Map.of("$type", "openDetailSubappAction", "label", "Edit"));
        actions.put("publish", Map.of("$type", "jcrCommandAction", "command", "activate", "label", "Publish"));
        actions.put("unpublish", Map.of("$type", "jcrCommandAction", "command", "deactivate", "label", "Unpublish"));
        actions.put("confirmDeletion", Map.of("$type", "confirmationAction", "successActionName", "delete",
                "label", "Delete"));
        actions.put("delete", Map.of("$type", "jcrCommandAction", "command", "delete", "label", "Delete"));
        Map<String, Object> actionbar = Map.of("defaultAction", "edit", "sections", List.of(Map.of(
                "name", "item",
                "groups", List.of(
                        Map.of("name", "editActions", "items", List.of(Map.of("name", "edit"))),
                        Map.of("name", "activationActions", "items", List.of(Map.of("name", "publish"),
                                Map.of("name", "unpublish"))),
                        Map.of("name", "deleteActions", "items", List.of(Map.of("name", "confirmDeletion")))))));
        return Map.of(
                "name", type.name(),
                "label", type.name(),
                "subApps", Map.of(
                        "browser", Map.of(
                                "workbench", Map.of("contentViews", List.of(
                                        Map.of("name", "list", "$type", "listView", "columns", columns))),
                                "actions", actions,
                                "actionbar", actionbar),
                        "detail", Map.of("form", Map.of("properties", properties))));
    }

    private static String fieldType(ContentType.Property p) {
        if (p.multiple()) {
            return "jcrMultiValueField";
        }
        return switch (p.type().toLowerCase(Locale.ROOT)) {
            case "richtext" -> "richTextField";
            case "date" -> "dateField";
            case "boolean" -> "checkBoxField";
            default -> "textField";
        };
    }

    private AppDefinition interpret(Map<String, Object> app, String contentType, String nodeType, String file) {
        String name = text(app.get("name"), null);
        if (name == null) {
            throw new IllegalStateException(file + ": an app needs a name");
        }
        Map<String, Object> browser = map(path(app, "subApps", "browser"));
        Map<String, Object> form = map(path(app, "subApps", "detail", "form"));
        Map<String, AppDefinition.Action> actions = actions(map(browser.get("actions")), file);
        AppDefinition.Actionbar actionbar = ActionbarReader.read(browser.get("actionbar"), actions.keySet(),
                file + ": subApps.browser.actionbar");
        return new AppDefinition(name, text(app.get("label"), name), contentType, nodeType,
                columns(browser, file), actions, actionbar, fields(map(form.get("properties"))));
    }

    private static List<AppDefinition.Column> columns(Map<String, Object> browser, String file) {
        Object views = map(browser.get("workbench")).get("contentViews");
        if (!(views instanceof List<?> list) || list.isEmpty()) {
            throw new IllegalStateException(file + ": subApps.browser.workbench.contentViews has no views");
        }
        // The list view when there is one: this UI draws a flat, paged list.
        Map<String, Object> view = list.stream().map(AppDefinitionReader::map)
                .filter(v -> "listView".equals(v.get("$type"))).findFirst().orElse(map(list.get(0)));
        List<AppDefinition.Column> columns = new ArrayList<>();
        if (view.get("columns") instanceof List<?> cols) {
            for (Object c : cols) {
                Map<String, Object> column = map(c);
                String columnName = text(column.get("name"), null);
                if (columnName != null) {
                    columns.add(new AppDefinition.Column(columnName, text(column.get("label"), columnName),
                            text(column.get("$type"), "")));
                }
            }
        }
        return List.copyOf(columns);
    }

    private Map<String, AppDefinition.Action> actions(Map<String, Object> yaml, String file) {
        Map<String, ActionDefinition> definitions = new LinkedHashMap<>();
        yaml.forEach((actionName, value) -> definitions.put(actionName,
                actionReader.read(actionName, map(value), file + ": subApps.browser.actions." + actionName)));
        Map<String, AppDefinition.Action> result = new LinkedHashMap<>();
        definitions.forEach((actionName, definition) -> {
            String where = file + ": subApps.browser.actions." + actionName;
            result.put(actionName, new AppDefinition.Action(actionName, text(definition.getLabel(), actionName),
                    definition.getIcon(), kind(definition, definitions, where), definition));
        });
        return result;
    }

    /** What the host does for a definition; commands and confirmations it cannot honour are refused. */
    private static AppDefinition.Kind kind(ActionDefinition definition, Map<String, ActionDefinition> all, String where) {
        if (definition instanceof OpenDetailSubappActionDefinition detail) {
            return "add".equals(detail.getViewType()) ? AppDefinition.Kind.ADD : AppDefinition.Kind.EDIT;
        }
        if (definition instanceof JcrCommandActionDefinition command) {
            return StoryCommands.kind(command, where);
        }
        if (definition instanceof ConfirmationActionDefinition confirmation) {
            String success = confirmation.getSuccessActionName();
            if (success == null || !all.containsKey(success)) {
                throw new IllegalStateException(where + ": successActionName '" + success
                        + "' names no action under subApps.browser.actions");
            }
            if (all.get(success) instanceof ConfirmationActionDefinition) {
                throw new IllegalStateException(where + ": successActionName '" + success
                        + "' is another confirmation; it must name the action that does the work");
            }
            return AppDefinition.Kind.CONFIRMATION;
        }
        return AppDefinition.Kind.CUSTOM;
    }

    private static List<AppDefinition.Field> fields(Map<String, Object> properties) {
        List<AppDefinition.Field> fields = new ArrayList<>();
        properties.forEach((fieldName, value) -> {
            Map<String, Object> f = map(value);
            String type = text(f.get("$type"), "textField");
            fields.add(new AppDefinition.Field(fieldName, text(f.get("label"), fieldName), type,
                    Boolean.TRUE.equals(f.get("readOnly")), Boolean.TRUE.equals(f.get("required")),
                    text(f.get("description"), null), f.get("rows") instanceof Number n ? n.intValue() : 1,
                    text(f.get("buttonLabel"), null), "comboBoxField".equals(type) ? choices(map(f.get("datasource"))) : null));
        });
        return List.copyOf(fields);
    }

    private static AppDefinition.Choices choices(Map<String, Object> datasource) {
        if ("jcrDatasource".equals(datasource.get("$type"))) {
            List<String> types = datasource.get("allowedNodeTypes") instanceof List<?> list
                    ? list.stream().map(Object::toString).toList() : List.of();
            return new AppDefinition.Choices(List.of(), text(datasource.get("workspace"), null), types,
                    text(datasource.get("describeByProperty"), null));
        }
        List<AppDefinition.Option> options = new ArrayList<>();
        if (datasource.get("options") instanceof List<?> list) {
            for (Object o : list) {
                Map<String, Object> option = map(o);
                String value = text(option.getOrDefault("value", option.get("name")), null);
                if (value != null) {
                    options.add(new AppDefinition.Option(value, text(option.get("label"), value)));
                }
            }
        }
        return new AppDefinition.Choices(List.copyOf(options), null, List.of(), null);
    }

    private static Object path(Map<String, Object> map, String... keys) {
        Object current = map;
        for (String key : keys) {
            current = map(current).get(key);
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    static String text(Object value, String fallback) {
        return value == null ? fallback : value.toString();
    }

    /** Section availability, bound like an action's. */
    static ConfiguredAvailabilityDefinition availability(Object yaml, String where) {
        return yaml == null ? new ConfiguredAvailabilityDefinition()
                : DefinitionBinder.bind(map(yaml), ConfiguredAvailabilityDefinition.class, where, "availability");
    }
}
