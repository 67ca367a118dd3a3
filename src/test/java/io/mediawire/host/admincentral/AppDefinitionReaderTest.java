package io.mediawire.host.admincentral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediawire.host.lightmodule.DefinitionRegistry;
import io.mediawire.host.lightmodule.FolderTree;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppDefinitionReaderTest {

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

        assertEquals(AppDefinition.Kind.IMPORT, app.actions().get("importStory").kind());
        assertEquals("mediaWireImportAction", app.actions().get("importStory").type());
        assertEquals(AppDefinition.Kind.PUBLISH, app.actions().get("publish").kind());
        assertEquals(AppDefinition.Kind.UNPUBLISH, app.actions().get("unpublish").kind());
        assertEquals(AppDefinition.Kind.EDIT, app.actions().get("edit").kind());
        AppDefinition.Action delete = app.actions().get("delete");
        assertEquals(AppDefinition.Kind.DELETE, delete.kind());
        assertEquals("Delete this story?", delete.confirmationHeader());

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
        assertEquals(List.of("edit", "publish", "unpublish", "delete"), List.copyOf(bare.actions().keySet()));
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
}
