package io.mediawire.module;

import io.mediawire.magnolia.InstallContext;
import io.mediawire.magnolia.Task;
import io.mediawire.story.AgencyCopy;
import io.mediawire.story.NewStory;
import io.mediawire.story.StoryStore;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Bootstraps the demo stories (written for this project, tagged "sample") so a first start shows
 * a working site: each is published the given number of minutes before the install, which makes
 * the recent-posts list show real relative times. The list is a resource of this class, not a file
 * under {@code mgnl-bootstrap-samples/}: Magnolia imports everything there as JCR exports, and
 * install-relative times are not something an export can hold.
 */
final class SampleStoriesTask implements Task {
    static final String RESOURCE = "/io/mediawire/module/sample-stories.yaml";

    @Override
    public String name() {
        return "Install sample stories";
    }

    @Override
    @SuppressWarnings("unchecked")
    public void execute(InstallContext context) throws Exception {
        Map<String, Object> document = new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(new ByteArrayInputStream(context.resource(RESOURCE)));
        StoryStore store = new StoryStore(context.sessions(), context.settings().zone(), context.settings().clock());
        Instant now = context.settings().clock().instant();
        List<Map<String, Object>> stories = (List<Map<String, Object>>) document.get("stories");
        List<StoryStore.Seed> seeds = new ArrayList<>(stories.size());
        for (Map<String, Object> sample : stories) {
            Instant published = now.minus(Duration.ofMinutes(((Number) sample.get("minutesAgo")).longValue()));
            AgencyCopy original = AgencyCopy.builder()
                    .headline((String) sample.get("headline"))
                    .body((String) sample.get("body"))
                    .sourceName((String) sample.get("sourceName"))
                    .url((String) sample.get("sourceUrl"))
                    .author((String) sample.get("author"))
                    .language((String) sample.getOrDefault("language", "en"))
                    .published(published.minus(Duration.ofMinutes(40)))
                    .build();
            NewStory story = new NewStory(original, original.url(), List.of("sample"), null, null);
            seeds.add(new StoryStore.Seed(story, published.minus(Duration.ofMinutes(5)), published));
        }
        store.createAll(seeds, "system"); // one save for all: a first start waits for one commit, not one per story
        context.info(stories.size() + " sample stories installed");
    }
}
