package io.mediawire.host.modules;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Fills a module class's Java bean properties from the module's configuration, as Magnolia's
 * module manager does with {@code /modules/<name>/config} or the module's {@code config.yaml}: each
 * top-level key names a property and goes to its setter, converted to the setter's type. A key
 * without a setter, a value of the wrong type or a value the setter refuses is reported and leaves
 * the property as it was; the other keys still apply.
 */
final class ModuleConfiguration {
    private ModuleConfiguration() {
    }

    /** @return the problems, each naming the file and the key; empty when every key applied */
    static List<String> bind(Object module, byte[] yaml, String file) {
        Object parsed;
        try {
            parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(new String(yaml, StandardCharsets.UTF_8));
        } catch (YAMLException e) {
            return List.of(file + ": not readable YAML: " + e.getMessage());
        }
        if (parsed == null) {
            return List.of();
        }
        if (!(parsed instanceof Map<?, ?> properties)) {
            return List.of(file + ": must be a mapping of property names to values");
        }
        List<String> problems = new ArrayList<>();
        properties.forEach((key, value) -> {
            String problem = set(module, String.valueOf(key), value);
            if (problem != null) {
                problems.add(file + ": " + key + ": " + problem);
            }
        });
        return problems;
    }

    private static String set(Object module, String property, Object value) {
        Method setter = setter(module.getClass(), property);
        if (setter == null) {
            return "no such property on " + module.getClass().getSimpleName();
        }
        Object converted;
        try {
            converted = convert(value, setter.getParameterTypes()[0]);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        try {
            setter.invoke(module, converted);
            return null;
        } catch (InvocationTargetException e) {
            return e.getCause().getMessage();
        } catch (IllegalAccessException e) {
            return "cannot call " + setter.getName() + ": " + e.getMessage();
        }
    }

    private static Method setter(Class<?> type, String property) {
        if (property.isEmpty()) {
            return null;
        }
        String name = "set" + property.substring(0, 1).toUpperCase(Locale.ROOT) + property.substring(1);
        for (Method method : type.getMethods()) {
            if (method.getName().equals(name) && method.getParameterCount() == 1 && !Modifier.isStatic(method.getModifiers())) {
                return method;
            }
        }
        return null;
    }

    private static Object convert(Object value, Class<?> type) {
        if (value == null) {
            if (type.isPrimitive()) {
                throw new IllegalArgumentException("needs a value");
            }
            return null;
        }
        if (type == String.class) {
            if (value instanceof Map<?, ?> || value instanceof List<?>) {
                throw new IllegalArgumentException("needs a single value, got " + value);
            }
            return value.toString();
        }
        if (type == int.class || type == Integer.class) {
            return (int) whole(value, Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
        if (type == long.class || type == Long.class) {
            return whole(value, Long.MIN_VALUE, Long.MAX_VALUE);
        }
        if (type == boolean.class || type == Boolean.class) {
            if (value instanceof Boolean b) {
                return b;
            }
            String text = value.toString().strip().toLowerCase(Locale.ROOT);
            if (text.equals("true") || text.equals("false")) {
                return Boolean.parseBoolean(text);
            }
            throw new IllegalArgumentException("must be true or false, got " + value);
        }
        if (type == double.class || type == Double.class) {
            try {
                return value instanceof Number n ? n.doubleValue() : Double.parseDouble(value.toString().strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("must be a number, got " + value);
            }
        }
        if (type.isInstance(value)) {
            return value; // lists and maps, as YAML gives them
        }
        throw new IllegalArgumentException("a " + type.getSimpleName() + " property cannot be set from " + value);
    }

    private static long whole(Object value, long min, long max) {
        long number;
        if (value instanceof Integer || value instanceof Long) {
            number = ((Number) value).longValue();
        } else {
            try {
                number = Long.parseLong(value.toString().strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("must be a whole number, got " + value);
            }
        }
        if (number < min || number > max) {
            throw new IllegalArgumentException("out of range: " + value);
        }
        return number;
    }
}
