package io.mediawire.host.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mediawire.host.cache.Dependency;
import io.mediawire.host.contenttype.ContentType;
import io.mediawire.host.contenttype.ContentTypeReader;
import io.mediawire.host.lightmodule.Definition;
import io.mediawire.host.lightmodule.DefinitionRegistry;
import io.mediawire.magnolia.SessionFactory;
import io.mediawire.story.StoryNodes;
import io.mediawire.story.StoryStore;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import javax.jcr.ItemNotFoundException;
import javax.jcr.NoSuchWorkspaceException;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.ValueFormatException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The delivery API of every {@code jcrDeliveryEndpoint_v2} definition, Magnolia style:
 * <ul>
 * <li>{@code GET <endpoint>/<path>}: one node; {@code <path>@nodes}: its children (a JSON array);</li>
 * <li>{@code GET <endpoint>/<uuid>}: one node by id (a single segment in UUID form);</li>
 * <li>{@code GET <endpoint>?...}: a query, {@code {"results":[...],"total","offset","limit"}}.</li>
 * </ul>
 * Definitions are looked up on every request, so an edited YAML file takes effect at once in
 * development mode. Only published nodes of the endpoint's node types are ever answered; the
 * rest is 404, as if absent. Read-only: other methods get 405.
 */
public final class DeliveryEndpoint {
    public static final String JSON = "application/json;charset=utf-8";
    private static final Logger LOG = LoggerFactory.getLogger(DeliveryEndpoint.class);
    private static final Pattern UUID = Pattern.compile(
            "/[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    // Story paths are date folders and slugs; ':' in particular keeps mw:index out of reach.
    private static final Pattern SAFE_PATH = Pattern.compile("(/[A-Za-z0-9_-][A-Za-z0-9._-]{0,199}){1,16}");
    private static final String ALLOW = "GET, HEAD, OPTIONS";
    /**
     * Browser cache lifetime of successful answers. In Magnolia it is the cache module's business
     * (the browser cache policy of /modules/cache/config/contentCaching), not the endpoint's.
     */
    static final int MAX_AGE_SECONDS = 60;

    private final DefinitionRegistry definitions;
    private final SessionFactory sessions;
    private final ZoneId zone;
    private final ObjectMapper mapper = new ObjectMapper();
    private final NodeJson nodeJson;
    private final QueryExecutor executor;
    private final Cors cors;
    private final Set<String> reported = ConcurrentHashMap.newKeySet();
    private volatile Parsed parsed = new Parsed(List.of(), List.of());

    private record Parsed(List<Definition> source, List<EndpointDefinition> endpoints) {
    }

    /** An endpoint and the part of the request path after its own path ("" or "/..."). */
    public record Match(EndpointDefinition endpoint, String rest) {
    }

    public DeliveryEndpoint(DefinitionRegistry definitions, SessionFactory sessions, StoryStore stories, ZoneId zone) {
        this(definitions, sessions, stories, zone, NodeJson.Extras.NONE);
    }

    /** @param extras what node JSON gets beyond the stored properties (a story's copied pictures) */
    public DeliveryEndpoint(DefinitionRegistry definitions, SessionFactory sessions, StoryStore stories, ZoneId zone,
                            NodeJson.Extras extras) {
        this.definitions = definitions;
        this.sessions = sessions;
        this.zone = zone;
        this.nodeJson = new NodeJson(mapper, zone, extras);
        this.executor = new QueryExecutor(stories);
        this.cors = new Cors(definitions);
    }

    /** Every valid delivery endpoint definition, read from the registry now. */
    public List<EndpointDefinition> endpoints() {
        List<Definition> source = definitions.all("restEndpoints").stream()
                .filter(EndpointDefinitionReader::isDeliveryEndpoint).toList();
        Parsed current = parsed;
        if (DefinitionInstances.same(source, current.source())) {
            return current.endpoints();
        }
        List<EndpointDefinition> endpoints = new ArrayList<>();
        for (Definition definition : source) {
            try {
                endpoints.add(EndpointDefinitionReader.read(definition));
            } catch (IllegalArgumentException e) {
                if (reported.add(e.getMessage())) {
                    LOG.error("Delivery endpoint not served: {}", e.getMessage());
                }
            }
        }
        endpoints.sort(Comparator.comparingInt((EndpointDefinition e) -> e.endpointPath().length()).reversed());
        parsed = new Parsed(source, List.copyOf(endpoints));
        return parsed.endpoints();
    }

    /** The endpoint whose path is the longest prefix of {@code restPath}. */
    public Optional<Match> resolve(String restPath) {
        String path = restPath.startsWith("/") ? restPath.substring(1) : restPath;
        for (EndpointDefinition endpoint : endpoints()) {
            String prefix = endpoint.endpointPath();
            if (path.equals(prefix) || path.startsWith(prefix + "/") || path.startsWith(prefix + "@")) {
                return Optional.of(new Match(endpoint, path.substring(prefix.length())));
            }
        }
        return Optional.empty();
    }

    public DeliveryResponse handle(DeliveryRequest request) {
        Optional<Match> match = resolve(request.restPath());
        if (match.isEmpty()) {
            return error(404, "notFound", "No delivery endpoint at /.rest/" + Json.printable(request.restPath()), Map.of());
        }
        String origin = request.header("Origin");
        String uri = "/.rest/" + (request.restPath().startsWith("/") ? request.restPath().substring(1) : request.restPath());
        Map<String, String> corsHeaders = new LinkedHashMap<>(cors.simple(uri, origin));
        corsHeaders.put("Vary", "Origin, Accept-Encoding");
        switch (request.method()) {
            case "GET", "HEAD" -> {
                if (!match.get().endpoint().bypassWorkspaceAcls()) {
                    return anonymousReadRefused(match.get().endpoint(), corsHeaders);
                }
                return get(request, match.get(), corsHeaders);
            }
            case "OPTIONS" -> {
                Map<String, String> headers = new LinkedHashMap<>();
                headers.put("Allow", ALLOW);
                String preflightMethod = request.header("Access-Control-Request-Method");
                if (preflightMethod != null) {
                    headers.putAll(cors.preflight(uri, origin, preflightMethod,
                            request.header("Access-Control-Request-Headers")));
                }
                headers.put("Vary", "Origin");
                return new DeliveryResponse(204, "", headers);
            }
            default -> {
                Map<String, String> headers = new LinkedHashMap<>(corsHeaders);
                headers.put("Allow", ALLOW);
                return error(405, "methodNotAllowed", request.method() + " is not allowed; this API is read-only", headers);
            }
        }
    }

    /**
     * Magnolia reads the workspace with the requesting user's permissions unless the endpoint sets
     * {@code bypassWorkspaceAcls}. Every delivery request is anonymous here, and the host keeps no
     * workspace permissions for the anonymous user (as Magnolia's default anonymous role has none for
     * a module's own workspace), so without the bypass nothing may be read. Drafts stay hidden
     * either way: {@link #deliverable} answers only published nodes.
     */
    private DeliveryResponse anonymousReadRefused(EndpointDefinition endpoint, Map<String, String> corsHeaders) {
        if (reported.add("acl:" + endpoint.id())) {
            LOG.warn("Delivery endpoint {} refuses anonymous reads: it does not set bypassWorkspaceAcls: true,"
                    + " and the host grants anonymous users no read access to workspace {}", endpoint.id(), endpoint.workspace());
        }
        return error(403, "accessDenied", "Anonymous users may not read this endpoint's workspace", corsHeaders);
    }

    private DeliveryResponse get(DeliveryRequest request, Match match, Map<String, String> corsHeaders) {
        EndpointDefinition endpoint = match.endpoint();
        String rest = match.rest();
        Map<String, String> headers = new LinkedHashMap<>(corsHeaders);
        try {
            JsonNode body;
            Dependency dependency;
            if (rest.isEmpty() || rest.equals("/")) {
                body = query(endpoint, QueryParameters.parse(request.rawQuery()), headers);
                dependency = Dependency.PUBLIC_CONTENT;
            } else {
                Read found = read(endpoint, rest);
                if (found == null) {
                    return error(404, "pathNotFound", rest, corsHeaders);
                }
                body = found.json();
                dependency = found.dependency();
            }
            String json = mapper.writeValueAsString(body);
            headers.put("ETag", etag(json));
            headers.put("Cache-Control", "public, max-age=" + MAX_AGE_SECONDS);
            headers.put("Content-Type", JSON);
            return new DeliveryResponse(200, json, headers, dependency);
        } catch (InvalidQueryException e) {
            return error(400, e.code(), e.getMessage(), corsHeaders);
        } catch (NoSuchWorkspaceException e) {
            LOG.error("Delivery endpoint {} reads a missing workspace {}", endpoint.id(), endpoint.workspace());
            return error(500, "noSuchWorkspace", "The endpoint's workspace does not exist", corsHeaders);
        } catch (javax.jcr.query.InvalidQueryException | ValueFormatException e) {
            // The parser should have caught it; answer as the client's fault, never with data.
            LOG.warn("Query refused by the repository: {}", e.getMessage());
            return error(400, InvalidQueryException.INVALID_QUERY, "The query could not be run", corsHeaders);
        } catch (RepositoryException | RuntimeException | JsonProcessingException e) {
            LOG.error("Delivery request {} ?{} failed", request.restPath(), request.rawQuery(), e);
            return error(500, "unknown", "The request failed on the server", corsHeaders);
        }
    }

    // ---- reads ----------------------------------------------------------------------------------

    /** A node's JSON (or its children's) and what it was made from. */
    private record Read(JsonNode json, Dependency dependency) {
    }

    /** The node (or children) at {@code rest}, or null when it is absent or not public. */
    private Read read(EndpointDefinition endpoint, String rest) throws RepositoryException {
        boolean children = rest.endsWith("@nodes");
        String path = children ? rest.substring(0, rest.length() - "@nodes".length()) : rest;
        Session session = sessions.login(endpoint.workspace());
        try {
            Node node;
            if (!children && UUID.matcher(path).matches()) {
                node = byId(session, path.substring(1));
            } else if (SAFE_PATH.matcher(path).matches()) {
                String absolute = endpoint.absolute(path);
                node = session.nodeExists(absolute) ? session.getNode(absolute) : null;
            } else {
                node = null;
            }
            if (node == null || !deliverable(node, endpoint)) {
                return null;
            }
            if (children) {
                // A child's change is reported on its own path, not its parent's: the children's list
                // is dropped with the rest of the public content.
                return new Read(nodeJson.children(node, endpoint), Dependency.PUBLIC_CONTENT);
            }
            return new Read(nodeJson.write(node, endpoint), Dependency.node(endpoint.workspace(), node.getPath()));
        } finally {
            session.logout();
        }
    }

    private static Node byId(Session session, String id) throws RepositoryException {
        try {
            return session.getNodeByIdentifier(id);
        } catch (ItemNotFoundException | IllegalArgumentException e) {
            return null;
        }
    }

    /** Published, of the endpoint's node types, under its root: anything else is "not found". */
    static boolean deliverable(Node node, EndpointDefinition endpoint) throws RepositoryException {
        String path = node.getPath();
        if (!endpoint.rootPath().equals("/") && !path.startsWith(endpoint.rootPath() + "/")) {
            return false;
        }
        if (path.contains("/mw:")) {
            return false; // the store's bookkeeping, whatever the definition says
        }
        boolean typed = false;
        for (String type : endpoint.nodeTypes()) {
            typed |= node.isNodeType(type);
        }
        return typed && node.hasProperty(StoryNodes.ACTIVATION_STATUS)
                && "true".equals(node.getProperty(StoryNodes.ACTIVATION_STATUS).getString());
    }

    // ---- queries --------------------------------------------------------------------------------

    private ObjectNode query(EndpointDefinition endpoint, Map<String, List<String>> params, Map<String, String> headers)
            throws RepositoryException {
        DeliveryQuery query = new DeliveryQueryParser(endpoint, catalog(endpoint), zone).parse(params);
        Session session = sessions.login(endpoint.workspace());
        try {
            QueryExecutor.Result result = executor.execute(session, endpoint, query);
            ObjectNode body = mapper.createObjectNode();
            ArrayNode results = body.putArray("results");
            for (Node node : result.nodes()) {
                if (deliverable(node, endpoint)) {
                    results.add(nodeJson.write(node, endpoint));
                }
            }
            body.put("total", result.total());
            body.put("offset", query.offset());
            body.put("limit", query.limit());
            String links = links(endpoint, params, query, result.total());
            if (!links.isEmpty()) {
                headers.put("Link", links);
            }
            return body;
        } finally {
            session.logout();
        }
    }

    /** The content type whose items this endpoint serves, for the names a query may use. */
    private PropertyCatalog catalog(EndpointDefinition endpoint) {
        ContentType match = null;
        for (Definition definition : definitions.all("contentTypes")) {
            try {
                ContentType type = ContentTypeReader.read(definition);
                if (type.workspace().equals(endpoint.workspace()) && endpoint.nodeTypes().contains(type.nodeType())) {
                    match = type;
                    break;
                }
            } catch (IllegalArgumentException e) {
                LOG.debug("Content type skipped: {}", e.getMessage());
            }
        }
        return PropertyCatalog.of(match, endpoint.includeSystemProperties());
    }

    /** RFC 8288 links to the next and previous pages, keeping every other parameter. */
    private static String links(EndpointDefinition endpoint, Map<String, List<String>> params, DeliveryQuery query,
                                long total) {
        List<String> links = new ArrayList<>();
        if (query.offset() + query.limit() < total) {
            links.add("<" + pageUri(endpoint, params, query.offset() + query.limit()) + ">; rel=\"next\"");
        }
        if (query.offset() > 0) {
            links.add("<" + pageUri(endpoint, params, Math.max(0, query.offset() - query.limit())) + ">; rel=\"prev\"");
        }
        return String.join(", ", links);
    }

    private static String pageUri(EndpointDefinition endpoint, Map<String, List<String>> params, long offset) {
        StringBuilder uri = new StringBuilder("/.rest/").append(endpoint.endpointPath()).append('?');
        for (Map.Entry<String, List<String>> param : params.entrySet()) {
            if (!param.getKey().equals("offset")) {
                for (String value : param.getValue()) {
                    uri.append(encode(param.getKey())).append('=').append(encode(value)).append('&');
                }
            }
        }
        return uri.append("offset=").append(offset).toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    // ---- HTTP details ---------------------------------------------------------------------------

    /**
     * A strong validator of the JSON; the web layer marks its gzip variant with "--gzip" and answers
     * conditional requests (a kept answer is sent without coming here).
     */
    static String etag(String json) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private DeliveryResponse error(int status, String code, String message, Map<String, String> extra) {
        ObjectNode body = mapper.createObjectNode();
        ObjectNode error = body.putObject("error");
        error.put("code", code);
        error.put("message", message);
        Map<String, String> headers = new LinkedHashMap<>(extra);
        headers.put("Content-Type", JSON);
        headers.put("Cache-Control", "no-store");
        return new DeliveryResponse(status, body.toString(), headers);
    }
}
