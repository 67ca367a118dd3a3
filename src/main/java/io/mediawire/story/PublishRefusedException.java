package io.mediawire.story;

/**
 * The store will not publish a story now: it is embargoed (the message names the lift time), withheld,
 * canceled by its agency or expired. Every way to publish (form, API, import, scheduler) ends here.
 */
public class PublishRefusedException extends InvalidStoryException {
    public PublishRefusedException(String message) {
        super(message);
    }
}
