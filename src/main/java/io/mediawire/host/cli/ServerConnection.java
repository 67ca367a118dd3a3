package io.mediawire.host.cli;

import io.mediawire.importing.ImportException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A running host the command line talks to ({@code --server}): its base address, and the editor's
 * HTTP Basic credentials (the password from {@code MEDIA_WIRE_PASSWORD}, never from the command line).
 */
record ServerConnection(URI server, String authorization) {

    static ServerConnection of(URI server, String user, String password) {
        if (password == null || password.isEmpty()) {
            throw new ImportException("--server needs the editor's password in MEDIA_WIRE_PASSWORD");
        }
        URI base = server.toString().endsWith("/") ? server : URI.create(server + "/");
        return new ServerConnection(base, "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    /** An address on the server, from a path without a leading slash (".rest/mediawire/v1/sources"). */
    URI resolve(String path) {
        return server.resolve(path);
    }
}
