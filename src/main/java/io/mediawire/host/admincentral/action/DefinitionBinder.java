package io.mediawire.host.admincentral.action;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Fills a definition bean from its YAML map, as Magnolia's definition registries do: each key is
 * a bean property; a key the bean does not have is refused, naming the file, the key and the keys
 * the definition does have.
 */
public final class DefinitionBinder {
    private static final ObjectMapper BEANS = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);

    private DefinitionBinder() {
    }

    /**
     * @param where    file and key path for messages, e.g. {@code media-wire/apps/x.yaml: subApps.browser.actions.edit}
     * @param typeName what the map defines, e.g. {@code jcrCommandAction}
     */
    public static <T> T bind(Map<String, Object> yaml, Class<T> bean, String where, String typeName) {
        try {
            return BEANS.convertValue(yaml, bean);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + ": " + reason(e.getCause(), typeName), e);
        }
    }

    private static String reason(Throwable cause, String typeName) {
        if (cause instanceof UnrecognizedPropertyException unknown) {
            String known = new TreeSet<>(unknown.getKnownPropertyIds().stream().map(String::valueOf).toList()).stream()
                    .collect(Collectors.joining(", "));
            return "'" + path(unknown) + "' is not a key of " + typeName + " (its keys: " + known + ")";
        }
        if (cause instanceof MismatchedInputException mismatch) {
            return "'" + path(mismatch) + "' has a value of the wrong kind for " + typeName + ": "
                    + mismatch.getOriginalMessage();
        }
        return cause == null ? "cannot be read as " + typeName : cause.getMessage();
    }

    private static String path(MismatchedInputException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
