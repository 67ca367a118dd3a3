package io.mediawire.magnolia;

/**
 * The base of action definition classes, as Magnolia's
 * {@code info.magnolia.ui.api.action.ConfiguredActionDefinition}: a bean whose properties are the
 * YAML keys of an action. A subclass adds its own keys and, in its constructor, names its
 * implementation class.
 */
public class ConfiguredActionDefinition implements ActionDefinition {
    private String name;
    private String label;
    private String description;
    private String icon;
    private Class<?> implementationClass;
    private ConfiguredAvailabilityDefinition availability = new ConfiguredAvailabilityDefinition();

    @Override
    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    @Override
    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    @Override
    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    @Override
    public String getIcon() {
        return icon;
    }

    public void setIcon(String icon) {
        this.icon = icon;
    }

    @Override
    public Class<?> getImplementationClass() {
        return implementationClass;
    }

    public void setImplementationClass(Class<?> implementationClass) {
        this.implementationClass = implementationClass;
    }

    @Override
    public AvailabilityDefinition getAvailability() {
        return availability;
    }

    public void setAvailability(ConfiguredAvailabilityDefinition availability) {
        this.availability = availability == null ? new ConfiguredAvailabilityDefinition() : availability;
    }
}
