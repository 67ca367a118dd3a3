package io.mediawire.story;

/** An attempt to change a field that is fixed at import: the agency's text and its attribution. */
public class ReadOnlyFieldException extends InvalidStoryException {
    private final String field;

    public ReadOnlyFieldException(String field) {
        super(field + " cannot be changed: it is kept exactly as imported from the source"
                + " (only the headline and tags are editable)");
        this.field = field;
    }

    public String field() {
        return field;
    }
}
