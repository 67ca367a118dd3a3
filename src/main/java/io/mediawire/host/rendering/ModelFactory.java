package io.mediawire.host.rendering;

import io.mediawire.host.modules.ComponentProvider;
import io.mediawire.magnolia.RenderingModel;
import io.mediawire.magnolia.RenderingModelImpl;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.jcr.Node;

/**
 * Creates a definition's {@code modelClass} the way Magnolia's component provider does: through the
 * public constructor with the most parameters that can all be supplied, the content node, the
 * definition and the parent model by position-free type, then the request's objects (web context,
 * page scope...) and the modules' components by type. Without a {@code modelClass} the model is a
 * plain {@link RenderingModelImpl}, as in Magnolia.
 */
final class ModelFactory {
    private final ComponentProvider components;
    private final ClassLoader loader;

    ModelFactory(ComponentProvider components, ClassLoader loader) {
        this.components = components;
        this.loader = loader;
    }

    /** A model that cannot be created: the message names the class and what is missing. */
    static final class ModelProblem extends Exception {
        ModelProblem(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * @param requestObjects what this request offers by type (the web context, the page scope...)
     */
    RenderingModel<?> create(TemplateDefinition definition, Node content, RenderingModel<?> parent,
                             List<Object> requestObjects) throws ModelProblem {
        String className = definition.modelClass();
        if (className == null) {
            return new RenderingModelImpl<>(content, definition, parent);
        }
        Class<?> type;
        try {
            type = Class.forName(className, true, loader);
        } catch (ClassNotFoundException e) {
            throw new ModelProblem("modelClass " + className + " of " + definition.getId() + " not found", e);
        }
        if (!RenderingModel.class.isAssignableFrom(type)) {
            throw new ModelProblem("modelClass " + className + " of " + definition.getId() + " is not a RenderingModel", null);
        }
        Constructor<?>[] constructors = type.getConstructors();
        Arrays.sort(constructors, Comparator.comparingInt(Constructor<?>::getParameterCount).reversed());
        for (Constructor<?> constructor : constructors) {
            Optional<Object[]> arguments = arguments(constructor, definition, content, parent, requestObjects);
            if (arguments.isPresent()) {
                try {
                    return (RenderingModel<?>) constructor.newInstance(arguments.get());
                } catch (InvocationTargetException e) {
                    throw new ModelProblem(className + " failed to start: " + e.getCause(), e.getCause());
                } catch (ReflectiveOperationException e) {
                    throw new ModelProblem("cannot create " + className + ": " + e, e);
                }
            }
        }
        throw new ModelProblem(className + " has no public constructor whose parameters this host can supply "
                + "(Node, the definition, RenderingModel, WebContext, AggregationState, I18nContentSupport, "
                + "PageScope, or a module's component)", null);
    }

    private Optional<Object[]> arguments(Constructor<?> constructor, TemplateDefinition definition, Node content,
                                         RenderingModel<?> parent, List<Object> requestObjects) {
        Class<?>[] types = constructor.getParameterTypes();
        Object[] arguments = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            Class<?> wanted = types[i];
            if (wanted == Node.class) {
                arguments[i] = content;
            } else if (wanted == RenderingModel.class) {
                arguments[i] = parent;
            } else if (wanted.isInstance(definition)) {
                arguments[i] = definition;
            } else {
                Optional<?> found = requestObjects.stream().filter(wanted::isInstance).findFirst()
                        .map(Object.class::cast).or(() -> components.getComponent(wanted));
                if (found.isEmpty()) {
                    return Optional.empty();
                }
                arguments[i] = found.get();
            }
        }
        return Optional.of(arguments);
    }
}
