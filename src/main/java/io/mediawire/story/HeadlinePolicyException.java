package io.mediawire.story;

/**
 * A headline change the story's source does not allow (its licence locks headlines, or lets the
 * desk only shorten them). The message names the source, the rule and what would be accepted.
 */
public class HeadlinePolicyException extends InvalidStoryException {
    private final String policy;

    /** @param policy the source's headline policy, e.g. {@code locked} or {@code shortenOnly} */
    public HeadlinePolicyException(String policy, String message) {
        super(message);
        this.policy = policy;
    }

    public String policy() {
        return policy;
    }
}
