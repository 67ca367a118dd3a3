package io.mediawire.host.admincentral.action;

import io.mediawire.magnolia.ActionType;
import io.mediawire.magnolia.ConfiguredActionDefinition;

/**
 * Magnolia's {@code confirmationAction}: asks first, with its header, message and button labels,
 * and runs the action named {@code successActionName} when the user proceeds (or
 * {@code cancelActionName}, if any, when not).
 */
@ActionType("confirmationAction")
public class ConfirmationActionDefinition extends ConfiguredActionDefinition {
    private String confirmationHeader;
    private String confirmationMessage;
    private String successActionName;
    private String cancelActionName;
    private String proceedLabel;
    private String cancelLabel;
    private boolean defaultCancel = true;

    public String getConfirmationHeader() {
        return confirmationHeader;
    }

    public void setConfirmationHeader(String confirmationHeader) {
        this.confirmationHeader = confirmationHeader;
    }

    public String getConfirmationMessage() {
        return confirmationMessage;
    }

    public void setConfirmationMessage(String confirmationMessage) {
        this.confirmationMessage = confirmationMessage;
    }

    public String getSuccessActionName() {
        return successActionName;
    }

    public void setSuccessActionName(String successActionName) {
        this.successActionName = successActionName;
    }

    public String getCancelActionName() {
        return cancelActionName;
    }

    public void setCancelActionName(String cancelActionName) {
        this.cancelActionName = cancelActionName;
    }

    public String getProceedLabel() {
        return proceedLabel;
    }

    public void setProceedLabel(String proceedLabel) {
        this.proceedLabel = proceedLabel;
    }

    public String getCancelLabel() {
        return cancelLabel;
    }

    public void setCancelLabel(String cancelLabel) {
        this.cancelLabel = cancelLabel;
    }

    public boolean isDefaultCancel() {
        return defaultCancel;
    }

    public void setDefaultCancel(boolean defaultCancel) {
        this.defaultCancel = defaultCancel;
    }
}
