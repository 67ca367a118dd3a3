package io.mediawire.host.admincentral;

import io.mediawire.host.admincentral.action.ConfirmationActionDefinition;
import io.mediawire.magnolia.ActionDefinition;
import io.mediawire.magnolia.AvailabilityDefinition;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A content app as the authoring UI draws it: the browser's list columns, its actions and the
 * action bar that offers them, and the detail form's fields, read from {@code apps/<name>.yaml}
 * over its content type's defaults.
 *
 * @param itemNodeType the node type of the app's items (the content type's {@code model.nodeType}),
 *                     which action bar sections and action availability are checked against
 */
public record AppDefinition(String name, String label, String contentType, String itemNodeType, List<Column> columns,
                            Map<String, Action> actions, Actionbar actionbar, List<Field> fields) {

    /** A list column: {@code type} is empty for a plain property column, else e.g. {@code dateColumn}. */
    public record Column(String name, String label, String type) {
        public boolean isDate() {
            return "dateColumn".equals(type);
        }

        public boolean isStatus() {
            return "jcrStatusColumn".equals(type);
        }
    }

    /**
     * What running an action does here, whatever its definition says it is called: {@code ADD} is an
     * {@code openDetailSubappAction} with {@code viewType: add}, the detail form of a new item.
     */
    public enum Kind { ADD, EDIT, PUBLISH, UNPUBLISH, DELETE, CONFIRMATION, CUSTOM }

    /** One entry of {@code actions}: its definition bean and what the host does with it. */
    public record Action(String name, String label, String icon, Kind kind, ActionDefinition definition) {
        public Optional<ConfirmationActionDefinition> confirmation() {
            return definition instanceof ConfirmationActionDefinition c ? Optional.of(c) : Optional.empty();
        }

        public boolean isAvailableAtRoot() {
            return Availability.atRoot(definition.getAvailability());
        }

        public boolean isAvailableOn(String nodeType) {
            return Availability.onNode(definition.getAvailability(), nodeType);
        }
    }

    /**
     * A combo box's {@code datasource}: the options listed in the YAML ({@code optionListDatasource}), or the
     * nodes of a workspace ({@code jcrDatasource}: its {@code allowedNodeTypes}, each shown by its
     * {@code describeByProperty} and chosen by its identifier), which the host lists when the form is drawn.
     */
    public record Choices(List<Option> options, String workspace, List<String> nodeTypes, String describeByProperty) {
        public boolean fromWorkspace() {
            return workspace != null;
        }
    }

    public record Option(String value, String label) {
    }

    /** {@code actionbar}: the sections, their groups and the actions each group lists, in YAML order. */
    public record Actionbar(String defaultAction, List<Section> sections) {
        public static final Actionbar NONE = new Actionbar(null, List.of());
    }

    public record Section(String name, String label, AvailabilityDefinition availability, List<Group> groups) {
    }

    public record Group(String name, List<String> items) {
    }

    /**
     * A detail-form field; {@code type} is the YAML {@code $type}, e.g. {@code textField}.
     *
     * @param rows        a text field's {@code rows}: more than one is a text area
     * @param buttonLabel a check box's {@code buttonLabel}, beside the box
     * @param choices     where a combo box's options come from; null for other fields
     */
    public record Field(String name, String label, String type, boolean readOnly, boolean required, String description,
                        int rows, String buttonLabel, Choices choices) {
        public Field(String name, String label, String type, boolean readOnly, boolean required, String description) {
            this(name, label, type, readOnly, required, description, 1, null, null);
        }

        public boolean isCheckBox() {
            return "checkBoxField".equals(type);
        }

        public boolean isComboBox() {
            return "comboBoxField".equals(type);
        }

        public boolean isHidden() {
            return "hiddenField".equals(type);
        }

        public boolean isRichText() {
            return "richTextField".equals(type);
        }

        public boolean isDate() {
            return "dateField".equals(type);
        }

        public boolean isMultiValue() {
            return "jcrMultiValueField".equals(type);
        }

        public boolean isEditable() {
            return !readOnly && !isHidden();
        }
    }

    /** The sections shown with nothing selected (availability {@code root: true}). */
    public List<Section> rootSections() {
        return actionbar.sections().stream().filter(s -> Availability.atRoot(s.availability())).toList();
    }

    /** The sections shown when one of the app's items is selected. */
    public List<Section> itemSections() {
        return actionbar.sections().stream().filter(s -> Availability.onNode(s.availability(), itemNodeType)).toList();
    }

    /** The actions the root sections offer, in action bar order. */
    public List<Action> rootActions() {
        return offered(rootSections()).stream().filter(Action::isAvailableAtRoot).toList();
    }

    /** The actions the item sections offer, in action bar order. */
    public List<Action> itemActions() {
        return offered(itemSections()).stream().filter(a -> a.isAvailableOn(itemNodeType)).toList();
    }

    /**
     * An action that may run on an item: one the action bar offers there, or the one a confirmation
     * offered there leads to. Actions no bar shows do not run, as in Magnolia.
     */
    public Optional<Action> runnableOnItem(String actionName) {
        Optional<Action> offered = itemActions().stream().filter(a -> a.name().equals(actionName)).findFirst();
        return offered.isPresent() ? offered : confirmationLeadingTo(actionName).map(c -> actions.get(actionName));
    }

    /** The confirmation on an item's action bar whose {@code successActionName} is this action. */
    public Optional<Action> confirmationLeadingTo(String actionName) {
        return itemActions().stream()
                .filter(a -> a.confirmation().map(c -> actionName.equals(c.getSuccessActionName())).orElse(false))
                .findFirst();
    }

    /** The first action offered at the root whose definition is of this class, e.g. the import. */
    public <D extends ActionDefinition> Optional<D> rootAction(Class<D> definitionType) {
        return rootActions().stream().map(Action::definition).filter(definitionType::isInstance).map(definitionType::cast)
                .findFirst();
    }

    /** {@code actionbar.defaultAction}: what opening an item in the list does. */
    public Optional<Action> defaultAction() {
        return Optional.ofNullable(actionbar.defaultAction()).map(actions::get);
    }

    public Optional<Field> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    public List<Field> editableFields() {
        return fields.stream().filter(Field::isEditable).toList();
    }

    private List<Action> offered(List<Section> sections) {
        return sections.stream().flatMap(s -> s.groups().stream()).flatMap(g -> g.items().stream())
                .distinct().map(actions::get).toList();
    }
}
