package io.mediawire.host.admincentral;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A content app as the authoring UI draws it: the browser's list columns and actions and the
 * detail form's fields, read from {@code apps/<name>.yaml} over its content type's defaults.
 */
public record AppDefinition(String name, String label, String contentType, List<Column> columns,
                            Map<String, Action> actions, List<Field> fields) {

    /** A list column: {@code type} is empty for a plain property column, else e.g. {@code dateColumn}. */
    public record Column(String name, String label, String type) {
        public boolean isDate() {
            return "dateColumn".equals(type);
        }

        public boolean isStatus() {
            return "jcrStatusColumn".equals(type);
        }
    }

    /** What an action does, whatever its YAML {@code $type} is called. */
    public enum Kind { EDIT, PUBLISH, UNPUBLISH, DELETE, IMPORT, OTHER }

    public record Action(String name, String label, String type, Kind kind, String icon,
                         String confirmationHeader, String confirmationMessage, String proceedLabel, String cancelLabel) {
    }

    /** A detail-form field; {@code type} is the YAML {@code $type}, e.g. {@code textField}. */
    public record Field(String name, String label, String type, boolean readOnly, boolean required, String description) {
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

    /** The first action of this kind, in the order the YAML lists them. */
    public Optional<Action> action(Kind kind) {
        return actions.values().stream().filter(a -> a.kind() == kind).findFirst();
    }

    public Optional<Field> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    public List<Field> editableFields() {
        return fields.stream().filter(Field::isEditable).toList();
    }
}
