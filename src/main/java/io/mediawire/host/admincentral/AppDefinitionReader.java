package io.mediawire.host.admincentral;

import io.mediawire.host.contenttype.ContentType;
import io.mediawire.host.contenttype.ContentTypeReader;
import io.mediawire.host.lightmodule.Definition;
import io.mediawire.host.lightmodule.DefinitionRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an app definition the way Magnolia 6 does for {@code !content-type:<name>} apps: first
 * the descriptor the content type generates (a list view, the standard actions, one editable form
 * field per model property, labelled with its name), then the app file's own keys merged over it;
 * labels and {@code readOnly} come from there. Read per request: cheap, and development mode's
 * reloads show at once.
 */
public final class AppDefinitionReader {
    private static final String CONTENT_TYPE_TAG = "!content-type:";

    private final DefinitionRegistry registry;

    public AppDefinitionReader(DefinitionRegistry registry) {
        this.registry = registry;
    }

    /** The app {@code id} ({@code media-wire:mediaWire}); throws naming what is missing or wrong. */
    public AppDefinition read(String id) {
        Definition app = registry.get("apps", id)
                .orElseThrow(() -> new IllegalStateException("no app definition " + id + " (apps/"
                        + id.substring(id.indexOf(':') + 1) + ".yaml in the light module)"));
        Map<String, Object> merged = app.body();
        String contentTypeName = null;
        if (app.tag() != null && app.tag().startsWith(CONTENT_TYPE_TAG)) {
            contentTypeName = app.tag().substring(CONTENT_TYPE_TAG.length());
            String name = contentTypeName;
            Definition contentType = registry.contentType(name)
                    .orElseThrow(() -> new IllegalStateException(app.file() + " starts with " + app.tag()
                            + " but there is no content type '" + name + "'"));
            merged = DeepMerge.merge(generated(ContentTypeReader.read(contentType)), app.body());
        }
        return interpret(merged, contentTypeName, app.file());
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
        actions.put("publish", Map.of("$type", "jcrCommandAction", "command", "publish", "label", "Publish"));
        actions.put("unpublish", Map.of("$type", "jcrCommandAction", "command", "unpublish", "label", "Unpublish"));
        actions.put("delete", Map.of("$type", "confirmationAction", "command", "delete", "label", "Delete"));
        return Map.of(
                "name", type.name(),
                "label", type.name(),
                "subApps", Map.of(
                        "browser", Map.of(
                                "workbench", Map.of("contentViews", List.of(
                                        Map.of("name", "list", "$type", "listView", "columns", columns))),
                                "actions", actions),
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

    private static AppDefinition interpret(Map<String, Object> app, String contentType, String file) {
        String name = text(app.get("name"), null);
        if (name == null) {
            throw new IllegalStateException(file + ": an app needs a name");
        }
        Map<String, Object> browser = map(path(app, "subApps", "browser"));
        Map<String, Object> form = map(path(app, "subApps", "detail", "form"));
        return new AppDefinition(name, text(app.get("label"), name), contentType,
                columns(browser, file), actions(map(browser.get("actions"))), fields(map(form.get("properties"))));
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

    private static Map<String, AppDefinition.Action> actions(Map<String, Object> actions) {
        Map<String, AppDefinition.Action> result = new LinkedHashMap<>();
        actions.forEach((actionName, value) -> {
            Map<String, Object> a = map(value);
            String type = text(a.get("$type"), text(a.get("class"), ""));
            result.put(actionName, new AppDefinition.Action(actionName, text(a.get("label"), actionName), type,
                    kind(type, text(a.get("command"), "")), text(a.get("icon"), null),
                    text(a.get("confirmationHeader"), null), text(a.get("confirmationMessage"), null),
                    text(a.get("proceedLabel"), null), text(a.get("cancelLabel"), null)));
        });
        return result;
    }

    static AppDefinition.Kind kind(String type, String command) {
        return switch (type) {
            case "openDetailSubappAction", "editAction" -> AppDefinition.Kind.EDIT;
            case "publishAction", "activationAction" -> AppDefinition.Kind.PUBLISH;
            case "unpublishAction", "deactivationAction" -> AppDefinition.Kind.UNPUBLISH;
            case "markAsDeletedAction", "deleteAction", "confirmationAction" -> AppDefinition.Kind.DELETE;
            case "mediaWireImportAction" -> AppDefinition.Kind.IMPORT;
            case "jcrCommandAction", "commandAction" -> switch (command) {
                case "publish", "activate" -> AppDefinition.Kind.PUBLISH;
                case "unpublish", "deactivate" -> AppDefinition.Kind.UNPUBLISH;
                case "delete", "markAsDeleted" -> AppDefinition.Kind.DELETE;
                default -> AppDefinition.Kind.OTHER;
            };
            default -> AppDefinition.Kind.OTHER;
        };
    }

    private static List<AppDefinition.Field> fields(Map<String, Object> properties) {
        List<AppDefinition.Field> fields = new ArrayList<>();
        properties.forEach((fieldName, value) -> {
            Map<String, Object> f = map(value);
            fields.add(new AppDefinition.Field(fieldName, text(f.get("label"), fieldName), text(f.get("$type"), "textField"),
                    Boolean.TRUE.equals(f.get("readOnly")), Boolean.TRUE.equals(f.get("required")),
                    text(f.get("description"), null)));
        });
        return List.copyOf(fields);
    }

    private static Object path(Map<String, Object> map, String... keys) {
        Object current = map;
        for (String key : keys) {
            current = map(current).get(key);
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static String text(Object value, String fallback) {
        return value == null ? fallback : value.toString();
    }
}
