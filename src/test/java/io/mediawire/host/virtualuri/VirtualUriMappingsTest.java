package io.mediawire.host.virtualuri;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mediawire.host.lightmodule.DefinitionRegistry;
import io.mediawire.host.lightmodule.FolderTree;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VirtualUriMappingsTest {
    static Optional<VirtualUriMappings.Forward> forward(String path) {
        return Optional.of(new VirtualUriMappings.Forward(path.substring(0, path.indexOf('?') < 0 ? path.length() : path.indexOf('?')),
                path.indexOf('?') < 0 ? "" : path.substring(path.indexOf('?') + 1)));
    }

    @Test
    void theShippedMappingSendsStoryUrlsToTheArticlePageAndNothingElse() {
        VirtualUriMappings mappings = new VirtualUriMappings(new DefinitionRegistry(
                List.of(new FolderTree(Path.of("light-modules/media-wire"))), false));
        assertEquals(forward("/media-wire/article?story=/2025/03/12/albania-cuts-ties"),
                mappings.map("/media-wire/2025/03/12/albania-cuts-ties"));
        assertEquals(forward("/media-wire/article?story=/2025/03/12/آلبانی"), mappings.map("/media-wire/2025/03/12/آلبانی"));
        for (String other : List.of("/media-wire/", "/media-wire/article", "/media-wire/2025/03/12/", "/media-wire/2025/03/12/a/b",
                "/media-wire/2025/3/12/a", "/media-wire/2025/03/12/a&story=/2025/03/12/b", "/other/2025/03/12/a",
                "/x/media-wire/2025/03/12/a")) {
            assertEquals(Optional.empty(), mappings.map(other), other);
        }
    }

    @Test
    void theHeaviestMatchWinsAndBrokenMappingsAreLeftOut(@TempDir Path module) throws Exception {
        Path folder = Files.createDirectories(module.resolve("virtualUriMappings"));
        Files.writeString(folder.resolve("plain.yaml"), """
                class: info.magnolia.virtualuri.mapping.DefaultVirtualUriMapping
                fromUri: /winter-*
                toUri: forward:/campaigns/winter
                """);
        Files.writeString(folder.resolve("oneGroup.yaml"), """
                class: info.magnolia.virtualuri.mapping.RegexpVirtualUriMapping
                fromUri: ^/winter(\\d+)$
                toUri: forward:/campaigns/season?year=$1
                """);
        Files.writeString(folder.resolve("twoGroups.yaml"), """
                class: info.magnolia.virtualuri.mapping.RegexpVirtualUriMapping
                fromUri: ^/winter(\\d\\d)(\\d\\d)$
                toUri: /campaigns/season?century=$1&year=$2
                """);
        Files.writeString(folder.resolve("redirect.yaml"), """
                class: info.magnolia.virtualuri.mapping.DefaultVirtualUriMapping
                fromUri: /old
                toUri: redirect:/new
                """);
        Files.writeString(folder.resolve("unknown.yaml"), """
                class: com.example.CleverMapping
                fromUri: /old
                toUri: forward:/new
                """);
        Files.writeString(folder.resolve("broken.yaml"), """
                class: info.magnolia.virtualuri.mapping.RegexpVirtualUriMapping
                fromUri: ^/(unclosed
                toUri: forward:/x
                """);
        VirtualUriMappings mappings = new VirtualUriMappings(new DefinitionRegistry(List.of(new FolderTree(module)), false));
        assertEquals(forward("/campaigns/winter"), mappings.map("/winter-sale"), "only the plain pattern matches");
        assertEquals(forward("/campaigns/season?year=7"), mappings.map("/winter7"), "the one mapping that matches");
        assertEquals(forward("/campaigns/season?century=20&year=26"), mappings.map("/winter2026"), "two groups weigh more");
        assertEquals(Optional.empty(), mappings.map("/old"), "redirects and unknown classes are not served");
        assertEquals(Optional.empty(), mappings.map("/summer"));
    }
}
