package io.mediawire.host.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.mediawire.importing.ImportException;
import io.mediawire.importing.ImportSettings;
import io.mediawire.importing.ImportSource;
import io.mediawire.importing.extraction.ArticleExtractor;
import io.mediawire.importing.extraction.ExtractedArticle;
import io.mediawire.importing.fetch.CharsetSniffer;
import io.mediawire.importing.fetch.FetchedDocument;
import io.mediawire.importing.fetch.SafeFetcher;
import io.mediawire.magnolia.ModuleSettings;
import io.mediawire.story.AgencyCopy;
import java.io.PrintWriter;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code media-wire extract}: prints what an import would store, without a repository. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Print what the import would store for an article page, without a repository.")
final class ExtractCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE|URL")
    String input;

    @Option(names = "--base-url", description = "Original address of a saved page.")
    URI baseUrl;

    @Option(names = "--json", description = "Print JSON: headline, body, articleBody, author, ...")
    boolean json;

    @Option(names = "--allow-private", paramLabel = "HOST[:PORT]", description = "Allow this private address (repeatable).")
    List<String> allowPrivate = new ArrayList<>();

    @Option(names = "--no-robots", description = "Ignore robots.txt.")
    boolean noRobots;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ImportSource source = SourceArguments.parse(input, baseUrl);
        String html;
        URI base;
        if (source instanceof ImportSource.Url url) {
            ModuleSettings settings = ModuleSettings.defaults()
                    .withProperty(ImportSettings.ALLOW_PRIVATE, String.join(",", allowPrivate))
                    .withProperty(ImportSettings.HONOUR_ROBOTS, String.valueOf(!noRobots));
            try (SafeFetcher fetcher = new SafeFetcher(ImportSettings.policy(settings))) {
                FetchedDocument document = fetcher.fetch(url.url());
                html = document.text();
                base = document.finalUrl();
            }
        } else {
            ImportSource.Saved saved = (ImportSource.Saved) source;
            html = new String(saved.content(), CharsetSniffer.detect(null, saved.content()));
            base = saved.baseUrl() != null ? saved.baseUrl() : URI.create("http://localhost/");
        }
        ExtractedArticle article = new ArticleExtractor().extract(html, base);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(asMap(article)));
        } else {
            AgencyCopy original = article.original();
            out.println(original.headline());
            out.println("by " + original.author() + " | " + original.sourceName() + " | " + original.published());
            out.println(original.url());
            out.println();
            out.println(article.articleBody());
        }
        if (!article.looksLikeArticle()) {
            throw new ImportException("not an article: no story text found on the page");
        }
        return 0;
    }

    static Map<String, Object> asMap(ExtractedArticle a) {
        AgencyCopy original = a.original();
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("headline", original.headline());
        map.put("body", original.body());
        map.put("articleBody", a.articleBody());
        map.put("author", original.author());
        map.put("published", original.published() == null ? null : original.published().toString());
        map.put("modified", a.modified() == null ? null : a.modified().toString());
        map.put("sourceName", original.sourceName());
        map.put("canonicalUrl", original.url());
        map.put("leadImage", original.leadImage());
        map.put("leadImageCaption", original.leadImageCaption());
        map.put("language", original.language());
        map.put("description", a.description());
        map.put("method", a.method());
        map.put("looksLikeArticle", a.looksLikeArticle());
        return map;
    }
}
