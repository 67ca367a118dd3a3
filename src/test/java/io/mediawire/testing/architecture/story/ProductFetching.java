package io.mediawire.testing.architecture.story;

import org.eclipse.jetty.client.HttpClient;

/** Allowed: the product reads other sites with Jetty's HTTP client, as the importer does. */
public class ProductFetching {
    HttpClient client;
}
