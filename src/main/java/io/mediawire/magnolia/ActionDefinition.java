package io.mediawire.magnolia;

/**
 * What an app action is configured with, as Magnolia's {@code info.magnolia.ui.api.action.ActionDefinition}:
 * its name (the key under {@code actions}), what the action bar shows, when it is available, and
 * the class that does the work. A definition class adds the action's own properties.
 *
 * <p>A module makes its definition classes known by listing them in
 * {@code META-INF/services/io.mediawire.magnolia.ActionDefinition}; the alias comes from
 * {@link ActionType}. Magnolia finds annotated definition classes on the class path by itself.
 */
public interface ActionDefinition {
    String getName();

    String getLabel();

    String getDescription();

    String getIcon();

    /** The action's implementation; built with the definition and the components it asks for. */
    Class<?> getImplementationClass();

    AvailabilityDefinition getAvailability();
}
