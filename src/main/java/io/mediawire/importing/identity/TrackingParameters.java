package io.mediawire.importing.identity;

import java.util.Locale;
import java.util.Set;

/**
 * Query parameters that only say how a reader reached a page (campaign, click and share tracking), never which page it is.
 * Removing them makes the same story shared through a newsletter, a social network and an ad one dedupe key.
 * A name belongs here only when no site is known to use it for content; when in doubt, leave it out: a missed tracker
 * costs a duplicate story, a wrongly removed parameter merges two different stories.
 */
final class TrackingParameters {
    /** Any parameter starting with one of these (case-insensitive) is tracking: Google Analytics campaign tags. */
    static final Set<String> PREFIXES = Set.of("utm_");

    /** Exact names, compared case-insensitively. */
    static final Set<String> NAMES = Set.of(
            // ad click identifiers: Facebook, Google, DoubleClick, Microsoft, Yandex, Twitter/X, TikTok, LinkedIn
            "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "ttclid", "li_fat_id",
            // Mailchimp, Instagram, Google Analytics cross-domain linker
            "mc_cid", "mc_eid", "igshid", "_ga", "_gl",
            // Twitter/X embeds and share buttons
            "ref_src", "ref_url",
            // publisher campaign tags: CNN/others (cmpid), Microsoft Start/MSN (ocid), share buttons (sr_share)
            "cmpid", "ocid", "sr_share",
            // AT Internet / Piano Analytics (BBC and others)
            "at_medium", "at_campaign", "at_custom1", "at_custom2", "at_custom3", "at_custom4",
            "at_format", "at_creation", "at_variant", "at_link", "at_ptr_name", "at_bbc_team", "at_link_origin",
            "at_link_type", "at_link_id", "xtor",
            // comScore (ns_*), NYT share tags
            "ns_mchannel", "ns_source", "ns_campaign", "ns_linkname", "ns_fee", "smid", "smtyp",
            // HubSpot, Marketo, Adobe Analytics, Vero
            "_hsenc", "_hsmi", "__hstc", "__hssc", "__hsfp", "mkt_tok", "s_cid", "vero_id", "vero_conv");

    private TrackingParameters() {
    }

    /** @param decodedName the parameter name with percent-encoding already decoded */
    static boolean isTracking(String decodedName) {
        String name = decodedName.toLowerCase(Locale.ROOT);
        if (NAMES.contains(name)) return true;
        for (String prefix : PREFIXES) {
            if (name.startsWith(prefix)) return true;
        }
        return false;
    }
}
