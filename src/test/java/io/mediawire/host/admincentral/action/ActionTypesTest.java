package io.mediawire.host.admincentral.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediawire.importing.MediaWireImportAction;
import io.mediawire.importing.MediaWireImportActionDefinition;
import io.mediawire.magnolia.ActionType;
import io.mediawire.magnolia.ConfiguredActionDefinition;
import io.mediawire.subscriptions.MediaWireSubscriptionActionDefinition;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ActionTypesTest {
    private static final ActionTypes DISCOVERED = ActionTypes.discover(ActionTypesTest.class.getClassLoader());

    @Test
    void theModulesCustomActionIsFoundByItsAliasNextToTheBuiltInOnes() {
        assertEquals(List.of("confirmationAction", "jcrCommandAction", "mediaWireImportAction", "mediaWireSubscriptionAction",
                "openDetailSubappAction"), DISCOVERED.aliases());
        assertEquals(MediaWireImportActionDefinition.class, DISCOVERED.byAlias("mediaWireImportAction").orElseThrow());
        assertEquals(MediaWireSubscriptionActionDefinition.class,
                DISCOVERED.byAlias("mediaWireSubscriptionAction").orElseThrow());
        assertEquals(MediaWireImportActionDefinition.class,
                DISCOVERED.byClassName(MediaWireImportActionDefinition.class.getName()).orElseThrow(), "class: works too");
        assertTrue(DISCOVERED.byClassName("java.lang.Runtime").isEmpty(), "but only for known definition classes");
    }

    @ActionType("jcrCommandAction")
    public static class Impostor extends ConfiguredActionDefinition {
    }

    public static class Unnamed extends ConfiguredActionDefinition {
    }

    @Test
    void aTypeWithoutAliasOrWithAnAliasTakenIsRefused() {
        IllegalStateException twice = assertThrows(IllegalStateException.class,
                () -> ActionTypes.of(List.of(JcrCommandActionDefinition.class, Impostor.class)));
        assertTrue(twice.getMessage().contains("two action definitions claim $type jcrCommandAction"), twice.getMessage());
        IllegalStateException unnamed = assertThrows(IllegalStateException.class, () -> ActionTypes.of(List.of(Unnamed.class)));
        assertTrue(unnamed.getMessage().contains("has no @ActionType"), unnamed.getMessage());
    }

    @Test
    void aDefinitionIsFilledFromItsKeysAndRefusesOthers() {
        ActionDefinitionReader reader = new ActionDefinitionReader(DISCOVERED);
        MediaWireImportActionDefinition definition = (MediaWireImportActionDefinition) reader.read("importStory",
                Map.of("$type", "mediaWireImportAction", "label", "Import", "publish", true,
                        "availability", Map.of("root", true, "nodes", false)), "x.yaml: actions.importStory");
        assertEquals("importStory", definition.getName());
        assertTrue(definition.isPublish());
        assertTrue(definition.getAvailability().isRoot());
        assertFalse(definition.getAvailability().isNodes());

        IllegalStateException unknown = assertThrows(IllegalStateException.class, () -> reader.read("importStory",
                Map.of("$type", "mediaWireImportAction", "lable", "Import"), "x.yaml: actions.importStory"));
        assertTrue(unknown.getMessage().startsWith("x.yaml: actions.importStory: 'lable' is not a key of mediaWireImportAction"),
                unknown.getMessage());
        assertTrue(unknown.getMessage().contains("label") && unknown.getMessage().contains("publish"), unknown.getMessage());
        IllegalStateException nested = assertThrows(IllegalStateException.class, () -> reader.read("edit",
                Map.of("$type", "openDetailSubappAction", "availability", Map.of("nodeType", "mw:story")), "x.yaml: actions.edit"));
        assertTrue(nested.getMessage().contains("'availability.nodeType' is not a key"), nested.getMessage());
        IllegalStateException untyped = assertThrows(IllegalStateException.class,
                () -> reader.read("edit", Map.of("label", "Edit"), "x.yaml: actions.edit"));
        assertTrue(untyped.getMessage().contains("an action needs $type"), untyped.getMessage());
    }

    /** Stands for the module's import service: what the factory hands the action besides its definition. */
    public static final class Service {
    }

    public static final class NeedsService {
        final MediaWireImportActionDefinition definition;
        final Service service;

        public NeedsService(MediaWireImportActionDefinition definition, Service service) {
            this.definition = definition;
            this.service = service;
        }
    }

    @Test
    void theFactoryBuildsTheImplementationWithItsDefinitionAndComponents() {
        MediaWireImportActionDefinition definition = new MediaWireImportActionDefinition();
        definition.setName("importStory");
        assertEquals(MediaWireImportAction.class, definition.getImplementationClass(), "the definition names its action");
        definition.setImplementationClass(NeedsService.class);
        Service service = new Service();
        NeedsService built = ActionFactory.create(definition, NeedsService.class, "unused", service);
        assertSame(definition, built.definition);
        assertSame(service, built.service);
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> ActionFactory.create(definition, NeedsService.class));
        assertTrue(missing.getMessage().contains("no public constructor"), missing.getMessage());
    }
}
