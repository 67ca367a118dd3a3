package io.mediawire.host.admincentral.action;

import io.mediawire.magnolia.ActionDefinition;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds an action from its definition, as Magnolia's component provider does: the definition's
 * implementation class is constructed with the definition and whatever other components its
 * public constructor asks for, taken from those given here.
 */
public final class ActionFactory {
    private ActionFactory() {
    }

    public static <A> A create(ActionDefinition definition, Class<A> expected, Object... components) {
        Class<?> implementation = definition.getImplementationClass();
        if (implementation == null || !expected.isAssignableFrom(implementation)) {
            throw new IllegalStateException("action " + definition.getName() + ": implementation class "
                    + (implementation == null ? "missing" : implementation.getName()) + ", expected a " + expected.getName());
        }
        List<Object> available = new ArrayList<>(List.of(components));
        available.add(0, definition);
        for (Constructor<?> constructor : implementation.getConstructors()) {
            Object[] arguments = arguments(constructor, available);
            if (arguments != null) {
                try {
                    return expected.cast(constructor.newInstance(arguments));
                } catch (InvocationTargetException e) {
                    throw new IllegalStateException("action " + definition.getName() + " could not be built: "
                            + e.getCause().getMessage(), e.getCause());
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("action " + definition.getName() + " could not be built", e);
                }
            }
        }
        throw new IllegalStateException("action " + definition.getName() + ": no public constructor of "
                + implementation.getName() + " takes only the definition and the components the host offers");
    }

    private static Object[] arguments(Constructor<?> constructor, List<Object> available) {
        Class<?>[] parameters = constructor.getParameterTypes();
        Object[] arguments = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            Class<?> parameter = parameters[i];
            arguments[i] = available.stream().filter(parameter::isInstance).findFirst().orElse(null);
            if (arguments[i] == null) {
                return null;
            }
        }
        return arguments;
    }
}
