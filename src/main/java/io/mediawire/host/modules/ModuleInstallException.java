package io.mediawire.host.modules;

/** A module could not be installed, updated or started; the message names the module and the step. */
public class ModuleInstallException extends RuntimeException {
    public ModuleInstallException(String message) {
        super(message);
    }

    public ModuleInstallException(String message, Throwable cause) {
        super(message, cause);
    }
}
