package io.mediawire.host.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mediawire.host.modules.ComponentProvider;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OtherNodesChangesTest {
    final List<String> told = new ArrayList<>();
    final Invalidation recording = new Invalidation() {
        @Override
        public void changed(String workspace, String path) {
            told.add(workspace + ":" + path);
        }

        @Override
        public void everything(String reason) {
            told.add("everything");
        }
    };
    final ComponentProvider none = new ComponentProvider() {
        @Override
        public <T> Optional<T> getComponent(Class<T> type) {
            return Optional.empty();
        }
    };

    @Test
    void aStorysItemsAreReportedOnceByTheStorysPath() {
        new OtherNodesChanges(recording, none).changed("mediawire", new LinkedHashSet<>(List.of(
                "/2025/03/12/harbour/headline", "/2025/03/12/harbour/mgnl:lastActivated", "/2025/03/12/harbour",
                "/mw:index/published/2025/03/12/1741-abc/mw:story", "/2025/03/12/ferry/body")));
        assertEquals(List.of("mediawire:/2025/03/12/harbour", "mediawire:/", "mediawire:/2025/03/12/ferry"), told);
    }

    @Test
    void sourcesPagesAndPicturesDropEverything() {
        OtherNodesChanges changes = new OtherNodesChanges(recording, none);
        changes.changed("mediawire-sources", new LinkedHashSet<>(List.of("/agency/name")));
        changes.changed("website", new LinkedHashSet<>(List.of("/media-wire/title")));
        changes.changed("dam", new LinkedHashSet<>(List.of("/pictures/a")));
        assertEquals(List.of("everything", "everything", "everything"), told);
    }

    @Test
    void pathsOutsideAStoryCountAsTheStoresRoot() {
        assertEquals("/", OtherNodesChanges.storyPath("/2025/mw:count"));
        assertEquals("/", OtherNodesChanges.storyPath("/mw:index/keys/url/58/abc"));
        assertEquals("/2025/03/12/a", OtherNodesChanges.storyPath("/2025/03/12/a/b/c"));
    }
}
