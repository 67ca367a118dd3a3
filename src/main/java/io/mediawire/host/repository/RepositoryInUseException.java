package io.mediawire.host.repository;

/** A second process tried to open a repository home that another process holds. */
public class RepositoryInUseException extends RuntimeException {
    public RepositoryInUseException(java.nio.file.Path home, Throwable cause) {
        super("The repository in " + home + " is in use by another Media Wire process. "
                + "Stop that process, or start this one with a different --home.", cause);
    }
}
