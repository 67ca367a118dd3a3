package io.mediawire.sources;

import io.mediawire.images.ImageHandling;
import java.time.Instant;
import java.util.List;

/**
 * An agency whose stories the newsroom republishes ({@code mw:source} in workspace
 * {@code mediawire-sources}).
 *
 * @param id                    the node's identifier
 * @param nodeName              the node's name, a slug of the first display name (stable; the API accepts it as an id)
 * @param name                  the display name pages, feeds and APIs show for its stories
 * @param hosts                 the host names it publishes from; each also covers its subdomains
 * @param homepage              its home page, or null
 * @param usageTerms            what editors must know about using its stories, or null
 * @param attribution           a credit line its licence requires, or null
 * @param headlinePolicy        whether the desk may restyle its headlines
 * @param copyImages            whether its pictures may be copied to this site
 * @param linkImages            when they may not be copied: show them from the agency's https address (else left out)
 * @param autoAcceptUpdates     (for story revisions) accept a new version from the source without an editor
 * @param unpublishOnWithdrawal (for story revisions) unpublish a story the source withdraws
 */
public record Source(String id, String nodeName, String name, List<String> hosts, String homepage, String usageTerms,
                     String attribution, HeadlinePolicy headlinePolicy, boolean copyImages, boolean linkImages,
                     boolean autoAcceptUpdates,
                     boolean unpublishOnWithdrawal, Instant created, String createdBy, Instant lastModified,
                     String lastModifiedBy) {
    public Source {
        hosts = List.copyOf(hosts);
    }

    /** What the site does with this source's pictures. */
    public ImageHandling imageHandling() {
        return copyImages ? ImageHandling.COPY : linkImages ? ImageHandling.LINK : ImageHandling.LEAVE_OUT;
    }
}
