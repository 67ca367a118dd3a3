package io.mediawire.host.admincentral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediawire.host.admincentral.action.JcrCommandActionDefinition;
import io.mediawire.host.lightmodule.DefinitionRegistry;
import io.mediawire.host.lightmodule.FolderTree;
import io.mediawire.importing.MediaWireImportAction;
import io.mediawire.importing.MediaWireImportActionDefinition;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppDefinitionReaderTest {

    @Test
    void theSourcesAndFeedsAppsReadAddActionsAndTheirFormsFields() {
        DefinitionRegistry registry = new DefinitionRegistry(List.of(new FolderTree(Path.of("light-modules/media-wire"))), false);
        AppDefinitionReader reader = new AppDefinitionReader(registry);
        AppDefinition sources = reader.read("media-wire:mediaWireSources");
        assertEquals("mw:source", sources.itemNodeType(), "from the content type mediaWireSource");
        assertEquals(AppDefinition.Kind.ADD, sources.actions().get("addSource").kind(), "viewType: add");
        assertEquals(AppDefinition.Kind.EDIT, sources.actions().get("edit").kind());
        assertEquals(List.of("addSource"), sources.rootActions().stream().map(AppDefinition.Action::name).toList());
        AppDefinition.Field policy = sources.field("headlinePolicy").orElseThrow();
        assertTrue(policy.isComboBox());
        assertEquals(List.of("free", "shortenOnly", "locked"),
                policy.choices().options().stream().map(AppDefinition.Option::value).toList());
        AppDefinition.Field copy = sources.field("copyImages").orElseThrow();
        assertTrue(copy.isCheckBox());
        assertEquals("Its licence allows copying its pictures to this site", copy.buttonLabel());
        assertEquals(4, sources.field("usageTerms").orElseThrow().rows());
        assertFalse(sources.field("subscriptions").orElseThrow().isEditable(), "hidden: listed under the form");

        AppDefinition feeds = reader.read("media-wire:mediaWireFeeds");
        assertEquals("mw:subscription", feeds.itemNodeType(), "an app over a workspace: its datasource's node type");
        assertEquals(List.of("runNow", "pause", "resume", "confirmDeletion"),
                feeds.itemActions().stream().map(AppDefinition.Action::name)
                        .filter(n -> !n.equals("edit")).toList());
        io.mediawire.subscriptions.MediaWireSubscriptionActionDefinition pause =
                (io.mediawire.subscriptions.MediaWireSubscriptionActionDefinition) feeds.actions().get("pause").definition();
        assertEquals("pause", pause.getOperation());
        assertEquals(AppDefinition.Kind.CUSTOM, feeds.actions().get("runNow").kind());
        AppDefinition.Choices source = feeds.field("source").orElseThrow().choices();
        assertTrue(source.fromWorkspace());
        assertEquals(List.of("mediawire-sources", "name"), List.of(source.workspace(), source.describeByProperty()));
        assertEquals(List.of("mw:source"), source.nodeTypes());
    }

    @Test
    void theMediaWireAppComesFromItsYamlOverTheContentType() {
        DefinitionRegistry registry = new DefinitionRegistry(List.of(new FolderTree(Path.of("light-modules/media-wire"))), false);
        AppDefinition app = new AppDefinitionReader(registry).read("media-wire:mediaWire");
        assertEquals("mediaWire", app.name());
        assertEquals("Media Wire", app.label());
        assertEquals("mediaWire", app.contentType());
        assertEquals(List.of("headline", "sourceName", "published", "status", "mgnl:created"),
                app.columns().stream().map(AppDefinition.Column::name).toList());
        assertTrue(app.columns().get(2).isDate() && app.columns().get(3).isStatus());

        // The custom action is bound to the module's definition class, which names its implementation.
        AppDefinition.Action importStory = app.actions().get("importStory");
        assertEquals(AppDefinition.Kind.CUSTOM, importStory.kind());
        MediaWireImportActionDefinition importDefinition = (MediaWireImportActionDefinition) importStory.definition();
        assertEquals(MediaWireImportAction.class, importDefinition.getImplementationClass());
        assertEquals("Import", importDefinition.getLabel());
        assertTrue(importDefinition.getAvailability().isRoot());
        // Publishing is Magnolia's activate/deactivate in the versioned catalog.
        JcrCommandActionDefinition publish = (JcrCommandActionDefinition) app.actions().get("publish").definition();
        assertEquals(List.of("activate", "versioned"), List.of(publish.getCommand(), publish.getCatalog()));
        assertEquals(AppDefinition.Kind.PUBLISH, app.actions().get("publish").kind());
        assertEquals(AppDefinition.Kind.UNPUBLISH, app.actions().get("unpublish").kind());
        assertEquals(AppDefinition.Kind.EDIT, app.actions().get("edit").kind());
        // Delete asks first: the confirmation's successActionName is the action that deletes.
        AppDefinition.Action confirm = app.actions().get("confirmDeletion");
        assertEquals(AppDefinition.Kind.CONFIRMATION, confirm.kind());
        assertEquals("Delete this story?", confirm.confirmation().orElseThrow().getConfirmationHeader());
        assertEquals("delete", confirm.confirmation().orElseThrow().getSuccessActionName());
        assertEquals(AppDefinition.Kind.DELETE, app.actions().get("delete").kind());

        // The action bar decides what is offered where, in its order.
        assertEquals("edit", app.defaultAction().orElseThrow().name());
        assertEquals(List.of("importStory"), app.rootActions().stream().map(AppDefinition.Action::name).toList());
        assertEquals(List.of("edit", "publish", "unpublish", "confirmDeletion"),
                app.itemActions().stream().map(AppDefinition.Action::name).toList());
        assertEquals(List.of("editActions", "activationActions", "deleteActions"),
                app.itemSections().get(0).groups().stream().map(AppDefinition.Group::name).toList());
        assertTrue(app.runnableOnItem("delete").isPresent(), "reached through its confirmation");
        assertTrue(app.runnableOnItem("importStory").isEmpty(), "offered at the root only");
        assertEquals("mw:story", app.itemNodeType());

        assertTrue(app.field("headline").orElseThrow().isEditable());
        AppDefinition.Field body = app.field("body").orElseThrow();
        assertTrue(body.readOnly() && body.isRichText());
        for (String field : List.of("sourceName", "sourceUrl", "author", "sourcePublished", "originalHeadline")) {
            assertTrue(app.field(field).orElseThrow().readOnly(), field);
        }
        // Labels and read-only flags come from the app's form, where Magnolia has them.
        assertTrue(app.field("fetchedUrl").orElseThrow().readOnly());
        assertTrue(app.field("language").orElseThrow().readOnly());
        assertEquals("Lead image caption", app.field("leadImageCaption").orElseThrow().label());
        assertTrue(app.field("teaser").orElseThrow().isHidden());
        assertEquals(List.of("headline", "tags"), app.editableFields().stream().map(AppDefinition.Field::name).toList());
    }

    @Test
    void theContentTypeHasOnlyMagnoliasModelKeys() throws Exception {
        String model = Files.readString(Path.of("light-modules/media-wire/contentTypes/mediaWire.yaml"));
        assertFalse(model.contains("label:"), "labels belong to the app's form");
        assertFalse(model.contains("readOnly:"), "read-only belongs to the app's form");
    }

    @Test
    void aBareContentTypeAppGetsTheGeneratedDefaultsAndOverridesMergeIntoThem(@TempDir Path modules) throws Exception {
        Path module = modules.resolve("demo");
        Files.createDirectories(module.resolve("contentTypes"));
        Files.createDirectories(module.resolve("apps"));
        Files.writeString(module.resolve("contentTypes/thing.yaml"), """
                datasource: {workspace: things}
                model:
                  properties:
                    - {name: title, required: true}
                    - {name: text, type: richText}
                    - {name: when, type: Date}
                    - {name: labels, multiple: true}
                """);
        Files.writeString(module.resolve("apps/bare.yaml"), "!content-type:thing\nname: bare\n");
        Files.writeString(module.resolve("apps/tuned.yaml"), """
                !content-type:thing
                name: tuned
                subApps:
                  detail:
                    form:
                      properties:
                        title: {label: Title, description: Say it short}
                        text: {readOnly: true}
                """);
        Files.writeString(module.resolve("apps/orphan.yaml"), "!content-type:nothing\nname: orphan\n");
        DefinitionRegistry registry = new DefinitionRegistry(List.of(new FolderTree(module)), false);
        AppDefinitionReader reader = new AppDefinitionReader(registry);

        AppDefinition bare = reader.read("demo:bare");
        assertEquals(List.of("jcrName", "status", "mgnl:lastModified"), bare.columns().stream().map(AppDefinition.Column::name).toList());
        assertEquals(List.of("edit", "publish", "unpublish", "confirmDeletion", "delete"), List.copyOf(bare.actions().keySet()));
        assertEquals(List.of("edit", "publish", "unpublish", "confirmDeletion"),
                bare.itemActions().stream().map(AppDefinition.Action::name).toList(), "the generated action bar offers them");
        assertEquals("mgnl:content", bare.itemNodeType());
        assertEquals(List.of("textField", "richTextField", "dateField", "jcrMultiValueField"),
                bare.fields().stream().map(AppDefinition.Field::type).toList());
        assertEquals("when", bare.field("when").orElseThrow().label(), "a generated field is labelled with its name");
        assertFalse(bare.field("when").orElseThrow().readOnly(), "and editable");
        assertFalse(bare.field("text").orElseThrow().readOnly());

        AppDefinition tuned = reader.read("demo:tuned");
        assertEquals(4, tuned.fields().size(), "an override changes a field, it does not drop the others");
        AppDefinition.Field title = tuned.field("title").orElseThrow();
        assertEquals("Say it short", title.description());
        assertEquals("Title", title.label(), "the form's label");
        assertTrue(title.required(), "the content type's required survives the override");
        assertTrue(tuned.field("text").orElseThrow().readOnly());

        IllegalStateException orphan = assertThrows(IllegalStateException.class, () -> reader.read("demo:orphan"));
        assertTrue(orphan.getMessage().contains("no content type 'nothing'"), orphan.getMessage());
        IllegalStateException missing = assertThrows(IllegalStateException.class, () -> reader.read("demo:none"));
        assertTrue(missing.getMessage().contains("apps/none.yaml"), missing.getMessage());
    }

    @Test
    void whatTheHostCannotHonourIsRefusedNamingFileAndKey(@TempDir Path modules) throws Exception {
        Path module = modules.resolve("demo");
        Files.createDirectories(module.resolve("contentTypes"));
        Files.createDirectories(module.resolve("apps"));
        Files.writeString(module.resolve("contentTypes/thing.yaml"), "datasource: {workspace: things}\nmodel: {properties: [{name: title}]}\n");
        Map<String, String> apps = Map.of(
                "unknownType", "actions: {archive: {$type: archiveAction}}",
                "unknownKey", "actions: {publish: {$type: jcrCommandAction, command: activate, label: Go, colour: red}}",
                "unknownCommand", "actions: {publish: {$type: jcrCommandAction, command: export}}",
                "deleteVersioned", "actions: {delete: {$type: jcrCommandAction, command: delete, catalog: versioned}}",
                "noSuccessAction", "actions: {confirmDeletion: {$type: confirmationAction, successActionName: erase}}",
                "itemNotAnAction", "actionbar: {sections: [{name: item, groups: [{name: g, items: [{name: archive}]}]}]}");
        for (Map.Entry<String, String> app : apps.entrySet()) {
            Files.writeString(module.resolve("apps/" + app.getKey() + ".yaml"), "!content-type:thing\nname: "
                    + app.getKey() + "\nsubApps:\n  browser:\n    " + app.getValue() + "\n");
        }
        AppDefinitionReader reader = new AppDefinitionReader(new DefinitionRegistry(List.of(new FolderTree(module)), false));
        Map<String, String> expected = Map.of(
                "unknownType", "subApps.browser.actions.archive: unknown $type 'archiveAction'; this host knows "
                        + "confirmationAction, jcrCommandAction, mediaWireImportAction, mediaWireSubscriptionAction, "
                        + "openDetailSubappAction",
                "unknownKey", "subApps.browser.actions.publish: 'colour' is not a key of jcrCommandAction",
                "unknownCommand", "subApps.browser.actions.publish: command 'export' is not in catalog 'default'",
                "deleteVersioned", "subApps.browser.actions.delete: command 'delete' is not in catalog 'versioned'",
                "noSuccessAction", "subApps.browser.actions.confirmDeletion: successActionName 'erase' names no action",
                "itemNotAnAction", "subApps.browser.actionbar.sections[item].groups[g].items: no action 'archive'");
        expected.forEach((app, message) -> {
            IllegalStateException refused = assertThrows(IllegalStateException.class, () -> reader.read("demo:" + app));
            assertTrue(refused.getMessage().contains("apps/" + app + ".yaml: " + message), refused.getMessage());
        });
    }

    @Test
    void withoutAnActionBarNothingIsOfferedAndNothingRuns(@TempDir Path modules) throws Exception {
        Path apps = Files.createDirectories(modules.resolve("demo/apps"));
        Files.writeString(apps.resolve("plain.yaml"), """
                name: plain
                subApps:
                  browser:
                    workbench: {contentViews: [{name: list, $type: listView}]}
                    actions:
                      publish: {$type: jcrCommandAction, command: activate}
                """);
        AppDefinition plain = new AppDefinitionReader(new DefinitionRegistry(List.of(new FolderTree(modules.resolve("demo"))), false))
                .read("demo:plain");
        assertEquals(AppDefinition.Kind.PUBLISH, plain.actions().get("publish").kind(), "defined");
        assertTrue(plain.itemActions().isEmpty() && plain.rootActions().isEmpty(), "but not offered");
        assertTrue(plain.runnableOnItem("publish").isEmpty(), "and so not run");
    }
}
