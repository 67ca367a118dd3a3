package io.mediawire.host.admincentral;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code subApps.browser.actionbar}: {@code defaultAction} and the {@code sections}, each
 * with a {@code label}, an {@code availability} and {@code groups} whose {@code items} name
 * actions. Sections, groups and items may be YAML lists of {@code name:} entries (Magnolia 6's
 * examples) or maps keyed by name. Every name must be one of the app's actions.
 */
final class ActionbarReader {
    private ActionbarReader() {
    }

    /** @param where the file and key for messages, e.g. {@code media-wire/apps/x.yaml: subApps.browser.actionbar} */
    static AppDefinition.Actionbar read(Object yaml, Set<String> actions, String where) {
        if (yaml == null) {
            return AppDefinition.Actionbar.NONE;
        }
        Map<String, Object> actionbar = AppDefinitionReader.map(yaml);
        String defaultAction = AppDefinitionReader.text(actionbar.get("defaultAction"), null);
        if (defaultAction != null && !actions.contains(defaultAction)) {
            throw new IllegalStateException(where + ".defaultAction: no action '" + defaultAction
                    + "' under subApps.browser.actions");
        }
        List<AppDefinition.Section> sections = new ArrayList<>();
        named(actionbar.get("sections"), where + ".sections").forEach((sectionName, value) -> {
            String at = where + ".sections[" + sectionName + "]";
            Map<String, Object> section = AppDefinitionReader.map(value);
            List<AppDefinition.Group> groups = new ArrayList<>();
            named(section.get("groups"), at + ".groups").forEach((groupName, group) -> {
                String itemsAt = at + ".groups[" + groupName + "].items";
                List<String> items = new ArrayList<>(named(AppDefinitionReader.map(group).get("items"), itemsAt).keySet());
                for (String item : items) {
                    if (!actions.contains(item)) {
                        throw new IllegalStateException(itemsAt + ": no action '" + item + "' under subApps.browser.actions");
                    }
                }
                groups.add(new AppDefinition.Group(groupName, List.copyOf(items)));
            });
            sections.add(new AppDefinition.Section(sectionName,
                    AppDefinitionReader.text(section.get("label"), sectionName),
                    AppDefinitionReader.availability(section.get("availability"), at + ".availability"), List.copyOf(groups)));
        });
        return new AppDefinition.Actionbar(defaultAction, List.copyOf(sections));
    }

    /** Entries by name, from a list of {@code name:} maps or a map keyed by name, in YAML order. */
    private static Map<String, Object> named(Object yaml, String where) {
        Map<String, Object> byName = new LinkedHashMap<>();
        if (yaml instanceof List<?> list) {
            for (Object entry : list) {
                Object name = AppDefinitionReader.map(entry).get("name");
                if (name == null) {
                    throw new IllegalStateException(where + ": an entry has no name");
                }
                byName.put(name.toString(), entry);
            }
        } else if (yaml instanceof Map<?, ?> map) {
            map.forEach((name, entry) -> byName.put(name.toString(), entry));
        }
        return byName;
    }
}
