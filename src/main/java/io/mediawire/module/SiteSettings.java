package io.mediawire.module;

/**
 * The public site's settings at one moment, as templates read them ({@code model.site.name}): a
 * snapshot of {@link MediaWireModule}'s configuration, so one page never mixes two versions.
 *
 * @param name               shown in the header and the disclaimer ("The Daily Courier")
 * @param sectionTitle       the section's label ("Media Wire")
 * @param language           the site's own language: labels and dates use it
 * @param disclaimerKey      message key of the disclaimer under each story, {0} is the site name
 * @param url                public base URL for absolute links (og:url), no trailing slash; empty: from the request
 * @param pageSize           stories per section page
 * @param chromeFollowsStory labels in the story's language when the site has messages in it
 */
public record SiteSettings(String name, String sectionTitle, String language, String disclaimerKey, String url,
                           int pageSize, boolean chromeFollowsStory) {
}
