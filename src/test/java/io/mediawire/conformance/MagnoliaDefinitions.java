package io.mediawire.conformance;

import io.mediawire.conformance.Keys.Type;
import io.mediawire.importing.MediaWireImportActionDefinition;
import io.mediawire.magnolia.ConfiguredActionDefinition;
import io.mediawire.module.MediaWireModule;
import io.mediawire.subscriptions.MediaWireSubscriptionActionDefinition;
import java.beans.IntrospectionException;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The keys Magnolia knows, per definition type, each list with the documentation page it comes
 * from. A key that is not here is one Magnolia would not read (it reports it as a definition
 * problem and ignores it), so a light module file may not use it. Free-form places are marked
 * {@link Keys#free}: a template's {@code parameters}, an area's {@code autoGeneration.content}
 * entries (properties of the nodes to create), a content type's {@code namespaces} (prefix to
 * URI), and nested definitions whose keys depend on a {@code $type} this module does not use.
 *
 * <p>Only definition types and {@code $type}s Media Wire uses are listed; a new one fails until
 * it is added here with its documentation address. Where the definition is a class of this
 * repository (the module class for {@code config.yaml}, the module's own action definition), the
 * keys are that class's bean properties.
 */
final class MagnoliaDefinitions {
    private MagnoliaDefinitions() {
    }

    private static final String DOCS = "https://docs.magnolia-cms.com/product-docs/";

    // --- module.yaml and the module's configuration -------------------------------------------

    static final Type DEPENDENCY = new Type("module dependency",
            DOCS + "modules/Module-descriptor/YAML-based-module-descriptor").values("version", "optional");

    static final Type MODULE = new Type("light module descriptor (module.yaml)",
            DOCS + "modules/Module-descriptor/YAML-based-module-descriptor")
            .values("version").key("dependencies", Keys.named(() -> DEPENDENCY));

    /**
     * {@code <module>/config.yaml}: Magnolia binds its keys to the Java bean properties of the
     * module class, so the keys are the writable properties of {@code MediaWireModule}.
     */
    static final Type MODULE_CONFIG = properties(new Type("module configuration (config.yaml: bean properties of MediaWireModule)",
            DOCS + "modules/module-configuration"), MediaWireModule.class, Set.of());

    // --- contentTypes/*.yaml ------------------------------------------------------------------

    static final Type DATASOURCE = new Type("content type datasource",
            DOCS + "developing/Content-Types/Content-type-definition/Content-type-Data-source-definition")
            .values("$type", "type", "workspace", "rootPath", "autoCreate", "nodeTypeDefinition")
            .key("namespaces", Keys.free("JCR namespace prefixes to URIs"));

    static final Type MODEL_PROPERTY = new Type("content type model property",
            DOCS + "developing/Content-Types/Content-type-definition/Content-type-Model-definition")
            .values("name", "type", "required", "i18n", "multiple");

    static final Type SUB_MODEL = new Type("content type sub-model",
            DOCS + "developing/Content-Types/Content-type-definition/Content-type-Model-definition")
            .values("name", "nodeType").key("properties", Keys.named(() -> MODEL_PROPERTY));

    static final Type MODEL = new Type("content type model",
            DOCS + "developing/Content-Types/Content-type-definition/Content-type-Model-definition")
            .values("nodeType")
            .key("properties", Keys.named(() -> MODEL_PROPERTY))
            .key("subModels", Keys.named(() -> SUB_MODEL));

    static final Type CONTENT_TYPE = new Type("content type",
            DOCS + "developing/content-types/Content-type-definition")
            .key("datasource", Keys.of(() -> DATASOURCE)).key("model", Keys.of(() -> MODEL));

    // --- apps/*.yaml --------------------------------------------------------------------------

    static final Type AVAILABILITY = new Type("availability",
            DOCS + "apps/app-configuration/Action-definition (availability; property list: "
                    + "https://wiki-tunnel.magnolia-cms.com/pages/viewpage.action?pageId=105698028)")
            .values("root", "nodes", "properties", "nodeTypes", "writePermissionRequired", "multiple")
            .key("access", Keys.free("roles allowed to run the action"))
            .key("rules", Keys.free("availability rule classes, each with its own keys"));

    /** The keys every action has ({@code ConfiguredActionDefinition}). */
    static final Type ACTION = new Type("action",
            DOCS + "6.2/Apps/App-configuration/Action-definition.html")
            .values("$type", "class", "name", "label", "description", "icon", "i18nBasename", "implementationClass",
                    "datasourceRefreshBehavior")
            .key("availability", Keys.of(() -> AVAILABILITY));

    static final Type OPEN_DETAIL_SUBAPP_ACTION = new Type("openDetailSubappAction",
            DOCS + "apps/app-configuration/Action-definition").including(ACTION).values("appName", "subAppName", "viewType");

    static final Type JCR_COMMAND_ACTION = new Type("jcrCommandAction",
            DOCS + "apps/app-configuration/Action-definition and (catalog) " + DOCS + "apps/developing-an-app/specific-aspects/enabling-versioning-in-content-apps")
            .including(ACTION).values("command", "catalog", "asynchronous");

    static final Type MARK_AS_DELETED_ACTION = new Type("markAsDeletedAction",
            DOCS + "apps/app-configuration/Action-definition").including(ACTION).values("command");

    static final Type CONFIRMATION_ACTION = new Type("confirmationAction",
            DOCS + "apps/app-configuration/Action-definition (keys of info.magnolia.ui.contentapp.action.ConfirmationActionDefinition)")
            .including(ACTION).values("confirmationHeader", "confirmationMessage", "successActionName", "cancelActionName",
                    "proceedLabel", "cancelLabel", "defaultCancel");

    /** The module's own action: the common keys plus the bean properties its definition class adds. */
    static final Type MEDIA_WIRE_IMPORT_ACTION = properties(new Type("mediaWireImportAction (MediaWireImportActionDefinition)",
            DOCS + "6.2/Apps/App-configuration/Action-definition.html (custom action definitions)").including(ACTION),
            MediaWireImportActionDefinition.class, writable(ConfiguredActionDefinition.class));

    static final Type MEDIA_WIRE_SUBSCRIPTION_ACTION = properties(new Type(
            "mediaWireSubscriptionAction (MediaWireSubscriptionActionDefinition)",
            DOCS + "6.2/Apps/App-configuration/Action-definition.html (custom action definitions)").including(ACTION),
            MediaWireSubscriptionActionDefinition.class, writable(ConfiguredActionDefinition.class));

    static final Keys ACTIONS = new Keys.Named(new Keys.ByType(Map.of(
            "openDetailSubappAction", () -> OPEN_DETAIL_SUBAPP_ACTION,
            "jcrCommandAction", () -> JCR_COMMAND_ACTION,
            "markAsDeletedAction", () -> MARK_AS_DELETED_ACTION,
            "confirmationAction", () -> CONFIRMATION_ACTION,
            "mediaWireImportAction", () -> MEDIA_WIRE_IMPORT_ACTION,
            "mediaWireSubscriptionAction", () -> MEDIA_WIRE_SUBSCRIPTION_ACTION), () -> ACTION));

    static final Type ACTIONBAR_ITEM = new Type("action bar item",
            DOCS + "6.2/apps/app-configuration/Action-bar-definition").values("name");

    static final Type ACTIONBAR_GROUP = new Type("action bar group",
            DOCS + "6.2/apps/app-configuration/Action-bar-definition")
            .values("name").key("items", Keys.named(() -> ACTIONBAR_ITEM));

    static final Type ACTIONBAR_SECTION = new Type("action bar section",
            DOCS + "6.2/apps/app-configuration/Action-bar-definition")
            .values("name", "label").key("groups", Keys.named(() -> ACTIONBAR_GROUP))
            .key("availability", Keys.of(() -> AVAILABILITY));

    static final Type ACTIONBAR = new Type("action bar", DOCS + "6.2/apps/app-configuration/Action-bar-definition")
            .values("defaultAction").key("sections", Keys.named(() -> ACTIONBAR_SECTION));

    static final Type COLUMN = new Type("column", DOCS + "6.2/Apps/App-configuration/Column-definition.html")
            .values("name", "label", "$type", "class", "type", "editable", "sortable", "width", "expandRatio")
            .key("editor", Keys.free("an editor definition: a field and its availability"))
            .key("filterComponent", Keys.free("a field definition, keys by its $type"))
            .key("nodeTypeToIcon", Keys.free("node type to icon"))
            .key("nodeTypeToComponent", Keys.free("node type to display settings"));

    static final Type CONTENT_VIEW = new Type("content view", DOCS + "Apps/App-configuration/Content-view-definition")
            .values("name", "$type", "class")
            .key("columns", Keys.named(() -> COLUMN))
            .key("dropConstraint", Keys.free("a drop constraint definition, keys by its $type"));

    static final Type WORKBENCH = new Type("workbench", DOCS + "apps/app-configuration/workbench-definition/")
            .values("name")
            .key("contentViews", Keys.named(() -> CONTENT_VIEW))
            .key("extensionViews", Keys.free("extension view definitions, keys by their class"));

    /** The keys every simple field has. */
    static final Type FIELD = new Type("field",
            DOCS + "developing/templating/dialog-definition/field-definition/list-of-fields/text-field (common simple field properties)")
            .values("$type", "class", "name", "type", "label", "description", "required", "requiredErrorMessage", "readOnly",
                    "defaultValue", "i18n", "converterClass")
            .key("validators", Keys.free("validator definitions, keys by their $type"));

    static final Type TEXT_FIELD = new Type("textField",
            DOCS + "developing/templating/dialog-definition/field-definition/list-of-fields/text-field")
            .including(FIELD).values("maxLength", "placeholder", "rows", "valueChangeTimeout");

    static final Type MULTI_VALUE_FIELD = new Type("jcrMultiValueField",
            DOCS + "developing/templating/dialog-definition/field-definition")
            .including(FIELD).key("field", Keys.free("the repeated field, keys by its $type"));

    static final Type CHECK_BOX_FIELD = new Type("checkBoxField",
            DOCS + "6.2/Developing/Templating/Dialog-definition/Field-definition/List-of-fields/Checkbox-field.html")
            .including(FIELD).values("buttonLabel");

    static final Type COMBO_BOX_FIELD = new Type("comboBoxField",
            DOCS + "6.2/Developing/Templating/Dialog-definition/Field-definition/List-of-fields/Combo-box-field.html")
            .including(FIELD).values("emptySelectionAllowed", "textInputAllowed", "placeholder", "pageLength", "filteringMode")
            .key("datasource", Keys.free("a datasource definition, keys by its $type (optionListDatasource, jcrDatasource)"));

    static final Keys FIELDS = new Keys.Named(new Keys.ByType(Map.of(
            "textField", () -> TEXT_FIELD,
            "richTextField", () -> FIELD,
            "dateField", () -> FIELD,
            "checkBoxField", () -> CHECK_BOX_FIELD,
            "comboBoxField", () -> COMBO_BOX_FIELD,
            "hiddenField", () -> FIELD,
            "jcrMultiValueField", () -> MULTI_VALUE_FIELD), () -> FIELD));

    static final Type FORM = new Type("form", DOCS + "developing/templating/Dialog-definition/Form-definition")
            .key("properties", FIELDS)
            .key("layout", Keys.free("a layout definition, keys by its $type"));

    static final Type SUB_APP = new Type("subapp",
            DOCS + "apps/App-configuration/Subapp-descriptor")
            .values("class", "subAppClass", "label", "icon", "closable")
            .key("datasource", Keys.free("a datasource definition, keys by its $type"))
            .key("workbench", Keys.of(() -> WORKBENCH))
            .key("actions", ACTIONS)
            .key("actionbar", Keys.of(() -> ACTIONBAR))
            .key("form", Keys.of(() -> FORM))
            .key("itemProvider", Keys.free("an item provider definition, keys by its $type"));

    static final Type APP = new Type("app", DOCS + "apps/app-configuration/App-descriptor")
            .values("name", "label", "icon", "class", "appClass")
            .key("subApps", Keys.named(() -> SUB_APP))
            .key("datasource", Keys.free("a datasource definition, keys by its $type"))
            .key("permissions", Keys.free("roles allowed to open the app"));

    // --- templates/**/*.yaml ------------------------------------------------------------------

    private static final String TEMPLATE_DOCS = DOCS + "developing/templating/Template-definition";

    static final Type AVAILABLE_COMPONENT = new Type("available component",
            DOCS + "6.2/Developing/Templating/Template-definition/Area-definition/").values("id");

    static final Type AUTO_GENERATION = new Type("area autoGeneration",
            DOCS + "6.2/Developing/Templating/Template-definition/Area-definition/")
            .values("generatorClass", "class")
            .key("content", Keys.free("the nodes to create and their properties"));

    static final Type INHERITANCE = new Type("area inheritance",
            DOCS + "6.2/Developing/Templating/Template-definition/Area-definition/")
            .values("enabled", "components", "properties", "class", "predicateClass", "nodeComparatorClass");

    /** Keys of every template definition: page, component and area. */
    static final Type TEMPLATE = new Type("template", TEMPLATE_DOCS)
            .values("class", "renderType", "templateScript", "title", "description", "dialog", "i18nBasename",
                    "modelClass", "type", "subtype")
            .key("parameters", Keys.free("read by scripts as def.parameters"))
            .key("areas", Keys.named(() -> MagnoliaDefinitions.AREA));

    static final Type AREA = new Type("area", DOCS + "6.2/Developing/Templating/Template-definition/Area-definition/")
            .including(TEMPLATE)
            .values("maxComponents", "optional", "createAreaNode", "editable")
            .key("availableComponents", Keys.named(() -> AVAILABLE_COMPONENT))
            .key("autoGeneration", Keys.of(() -> AUTO_GENERATION))
            .key("inheritance", Keys.of(() -> INHERITANCE));

    static final Type PAGE = new Type("page template", DOCS + "developing/templating/Template-definition/Page-definition")
            .including(TEMPLATE).values("visible");

    static final Type COMPONENT = new Type("component template", TEMPLATE_DOCS).including(TEMPLATE);

    // --- restEndpoints, virtualUriMappings, decorations ---------------------------------------

    static final Type REFERENCE = new Type("delivery reference", DOCS + "6.2/developing/api/delivery-api/")
            .values("name", "propertyName", "nodeType")
            .key("referenceResolver", Keys.free("a resolver definition, keys by its $type"));

    static final Type DELIVERY_ENDPOINT = new Type("jcrDeliveryEndpoint_v2", DOCS + "6.2/developing/api/delivery-api/")
            .values("$type", "class", "implementationClass", "endpointPath", "workspace", "rootPath", "nodeTypes",
                    "childNodeTypes", "strict", "depth", "limit", "includeSystemProperties", "bypassWorkspaceAcls",
                    "personalized", "referenceDepth", "referenceRepeat")
            .key("references", new Keys.ListOf(Keys.of(() -> REFERENCE)));

    static final Keys REST_ENDPOINT = new Keys.ByType(Map.of("jcrDeliveryEndpoint_v2", () -> DELIVERY_ENDPOINT), null);

    static final Type VIRTUAL_URI_MAPPING = new Type("virtual URI mapping",
            DOCS + "6.3/administration/uri-mapping/virtual-uri-mapping/")
            .values("class", "fromUri", "toUri", "site")
            .key("mappings", Keys.free("host-based mappings, each with host and toUri"));

    private static final String CORS_DOCS = DOCS + "6.2/administration/architecture/request-processing-and-filters/cors";

    static final Type CORS_URI = new Type("CORS uri pattern", CORS_DOCS).values("patternString");

    static final Type CORS = new Type("CORS configuration", CORS_DOCS)
            .values("allowedOrigins", "allowedMethods", "allowedHeaders")
            .key("uris", Keys.named(() -> CORS_URI));

    private static final String THEME_DOCS = DOCS + "Developing/Templating/Theme";

    static final Type THEME_REFERENCE = new Type("site theme reference", THEME_DOCS).values("name");

    /** The site definition; only its {@code cors} and {@code theme} are used here, other site keys fail until listed. */
    static final Type SITE = new Type("site definition (cors, theme)", CORS_DOCS + " and " + THEME_DOCS)
            .key("cors", Keys.named(() -> CORS))
            .key("theme", Keys.of(() -> THEME_REFERENCE));

    // --- themes/*.yaml ------------------------------------------------------------------------

    private static final String IMAGING_DOCS = THEME_DOCS + " (imaging) and " + DOCS
            + "6.3/modules/List-of-modules/Imaging-module (variations: info.magnolia.templating.imaging.variation.SimpleResizeVariation)";

    static final Type VARIATION = new Type("imaging variation (SimpleResizeVariation)", IMAGING_DOCS)
            .values("class", "width", "height");

    static final Type IMAGING = new Type("theme imaging (VariationAwareImagingSupport)", IMAGING_DOCS)
            .values("class", "enabled").key("variations", Keys.named(() -> VARIATION));

    static final Type THEME = new Type("theme", THEME_DOCS)
            .key("cssFiles", Keys.free("CSS file definitions (link, media, conditionalComment)"))
            .key("jsFiles", Keys.free("JavaScript file definitions (link, ...)"))
            .key("imaging", Keys.of(() -> IMAGING));

    static final Type SITE_MODULE_CONFIG = new Type("site module configuration (decorations/site/config.yaml)",
            "https://www.magnolia-cms.com/blog/powerful-file-based-configuration-in-magnolia.html and " + CORS_DOCS)
            .key("site", Keys.of(() -> SITE));

    /**
     * The definition type of a light module file, by its path under the module; empty for a file
     * no type here covers (which the checker reports).
     */
    static Optional<Keys> forFile(String path) {
        if (path.equals("module.yaml")) {
            return Optional.of(Keys.of(() -> MODULE));
        }
        if (path.equals("config.yaml")) {
            return Optional.of(Keys.of(() -> MODULE_CONFIG));
        }
        if (path.equals("decorations/site/config.yaml")) {
            return Optional.of(Keys.of(() -> SITE_MODULE_CONFIG));
        }
        String folder = path.contains("/") ? path.substring(0, path.indexOf('/')) : "";
        return switch (folder) {
            case "contentTypes" -> Optional.of(Keys.of(() -> CONTENT_TYPE));
            case "apps" -> Optional.of(Keys.of(() -> APP));
            case "restEndpoints" -> Optional.of(REST_ENDPOINT);
            case "virtualUriMappings" -> Optional.of(Keys.of(() -> VIRTUAL_URI_MAPPING));
            case "themes" -> Optional.of(Keys.of(() -> THEME));
            case "templates" -> path.startsWith("templates/pages/") ? Optional.of(Keys.of(() -> PAGE))
                    : path.startsWith("templates/components/") ? Optional.of(Keys.of(() -> COMPONENT)) : Optional.empty();
            default -> Optional.empty();
        };
    }

    /** The writable bean properties of a class, but those in {@code except}, as keys that hold values. */
    private static Type properties(Type type, Class<?> bean, Set<String> except) {
        writable(bean).stream().filter(p -> !except.contains(p)).sorted().forEach(type::values);
        return type;
    }

    private static Set<String> writable(Class<?> bean) {
        try {
            return Arrays.stream(Introspector.getBeanInfo(bean).getPropertyDescriptors())
                    .filter(p -> p.getWriteMethod() != null).map(PropertyDescriptor::getName).collect(Collectors.toSet());
        } catch (IntrospectionException e) {
            throw new IllegalStateException(e);
        }
    }
}
