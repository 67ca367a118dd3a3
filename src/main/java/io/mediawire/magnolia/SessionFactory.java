package io.mediawire.magnolia;

import javax.jcr.RepositoryException;
import javax.jcr.Session;

/** Opens system sessions on the host's repository; callers own and must log out what they get. */
public interface SessionFactory {
    Session login(String workspace) throws RepositoryException;

    /** Creates the workspace when it does not exist yet. */
    void ensureWorkspace(String workspace) throws RepositoryException;
}
