package io.mediawire.story;

import java.time.Instant;
import java.util.Locale;

/**
 * What a news agency's wire item (ninjs, NewsML-G2) says about a story beyond its text: its identity and
 * version on the wire, how urgent it is, whether and when it may run, and its rights. Fixed at import like
 * {@link AgencyCopy}, except what the agency changes later (a kill cancels a story) and the desk's flag.
 * A story imported from a web page or a feed has {@link #NONE}.
 *
 * @param uri             the item's id on the wire ({@code uri} in ninjs, {@code guid} in NewsML-G2)
 * @param version         the item's version, 0 when unknown
 * @param urgency         1 (flash) to 9, null when unknown
 * @param pubStatus       usable, withheld or canceled; null when the agency said nothing (usable)
 * @param embargoed       the story may not be published before this time; null when not embargoed
 * @param expires         the story may not be published after this time; null when it does not expire
 * @param credit          the agency credited ({@code infosource}), for the credit line
 * @param dateline        where the story was filed ({@code located}, NewsML's {@code dateline})
 * @param edNote          the agency's note to editors: never on a public page, feed or API
 * @param deskFlag        why the story was taken off or held (a kill, an expiry), shown to editors only
 */
public record WireTerms(
        String uri,
        long version,
        Integer urgency,
        String pubStatus,
        Instant embargoed,
        Instant expires,
        String copyrightHolder,
        String copyrightNotice,
        String usageTerms,
        String rightsInfo,
        String credit,
        String leadImageCredit,
        String dateline,
        String edNote,
        String deskFlag) {

    public static final String USABLE = "usable";
    public static final String WITHHELD = "withheld";
    public static final String CANCELED = "canceled";

    public static final WireTerms NONE = new WireTerms(null, 0, null, null, null, null, null, null, null, null,
            null, null, null, null, null);

    public WireTerms {
        pubStatus = pubStatus == null || pubStatus.isBlank() ? null : pubStatus.strip().toLowerCase(Locale.ROOT);
        if (pubStatus != null && !pubStatus.equals(USABLE) && !pubStatus.equals(WITHHELD) && !pubStatus.equals(CANCELED)) {
            throw new InvalidStoryException("pubStatus must be usable, withheld or canceled, not '" + pubStatus + "'");
        }
        if (urgency != null && (urgency < 1 || urgency > 9)) {
            throw new InvalidStoryException("urgency must be 1 to 9, not " + urgency);
        }
    }

    public boolean isWire() {
        return uri != null;
    }

    public boolean withheld() {
        return WITHHELD.equals(pubStatus);
    }

    public boolean canceled() {
        return CANCELED.equals(pubStatus);
    }

    public boolean embargoedAt(Instant now) {
        return embargoed != null && now.isBefore(embargoed);
    }

    public boolean expiredAt(Instant now) {
        return expires != null && !now.isBefore(expires);
    }

    /** Urgency 1 is a flash, the most urgent news the agency sends. */
    public boolean flash() {
        return urgency != null && urgency == 1;
    }

    /** Why the story cannot be published at {@code now}, or null when it can. */
    public String publishRefusal(Instant now) {
        if (canceled()) {
            return "the agency canceled this story" + (deskFlag != null ? ": " + deskFlag : "");
        }
        if (withheld()) {
            return "the agency withholds this story (pubStatus withheld): it cannot be published";
        }
        if (embargoedAt(now)) {
            return "embargoed until " + embargoed + ": it cannot be published before then";
        }
        if (expiredAt(now)) {
            return "expired at " + expires + ": the agency's licence to publish it has ended";
        }
        return null;
    }

    public WireTerms withStatus(String status, String flag) {
        return new WireTerms(uri, version, urgency, status, embargoed, expires, copyrightHolder, copyrightNotice,
                usageTerms, rightsInfo, credit, leadImageCredit, dateline, edNote, flag);
    }
}
