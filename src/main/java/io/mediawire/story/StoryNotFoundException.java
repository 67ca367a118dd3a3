package io.mediawire.story;

/** No story has the given id or path. */
public class StoryNotFoundException extends RuntimeException {
    public StoryNotFoundException(String idOrPath) {
        super("no story " + idOrPath);
    }
}
