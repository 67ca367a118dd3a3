package io.mediawire.host.delivery;

import java.util.List;

/**
 * One {@code jcrDeliveryEndpoint_v2} definition, as read from {@code restEndpoints/**.yaml}.
 *
 * @param id                      the definition id, e.g. {@code media-wire:delivery/mediawire}
 * @param endpointPath            the path under {@code /.rest/}, e.g. {@code delivery/mediawire}
 * @param workspace               JCR workspace read
 * @param rootPath                request paths and queries resolve below it
 * @param nodeTypes               node types an answer may have (exact types; queries select the first)
 * @param childNodeTypes          node types of embedded children
 * @param depth                   levels of children embedded in each node
 * @param limit                   default page size of queries
 * @param includeSystemProperties whether {@code mgnl:*} properties are emitted
 * @param bypassWorkspaceAcls     whether the workspace is read regardless of the requesting user's
 *                                workspace permissions (Magnolia's default: false)
 */
public record EndpointDefinition(String id, String endpointPath, String workspace, String rootPath,
                                 List<String> nodeTypes, List<String> childNodeTypes, int depth, int limit,
                                 boolean includeSystemProperties, boolean bypassWorkspaceAcls) {
    public static final String TYPE = "jcrDeliveryEndpoint_v2";
    public static final int MAX_LIMIT = 100;
    public static final int MAX_DEPTH = 3;

    public EndpointDefinition {
        nodeTypes = List.copyOf(nodeTypes);
        childNodeTypes = List.copyOf(childNodeTypes);
    }

    /** The JCR path of a request path relative to {@link #rootPath()}. */
    public String absolute(String relativePath) {
        String rel = relativePath.startsWith("/") ? relativePath : "/" + relativePath;
        if (rootPath.equals("/")) {
            return rel;
        }
        return rel.equals("/") ? rootPath : rootPath + rel;
    }
}
