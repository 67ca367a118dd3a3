package io.mediawire.importing;

import io.mediawire.magnolia.ActionType;
import io.mediawire.magnolia.ConfiguredActionDefinition;

/**
 * The definition behind {@code $type: mediaWireImportAction} in {@code apps/mediaWire.yaml}, as a
 * custom Magnolia action has one: the common action keys plus {@code publish}, whether the
 * dialog's "publish at once" box starts ticked. The work is {@link MediaWireImportAction}'s.
 */
@ActionType("mediaWireImportAction")
public class MediaWireImportActionDefinition extends ConfiguredActionDefinition {
    private boolean publish;

    public MediaWireImportActionDefinition() {
        setImplementationClass(MediaWireImportAction.class);
    }

    public boolean isPublish() {
        return publish;
    }

    public void setPublish(boolean publish) {
        this.publish = publish;
    }
}
