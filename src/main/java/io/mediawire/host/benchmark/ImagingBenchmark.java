package io.mediawire.host.benchmark;

import io.mediawire.host.Host;
import io.mediawire.host.HostOptions;
import io.mediawire.host.imaging.RenditionMaker;
import io.mediawire.images.Asset;
import io.mediawire.images.AssetStore;
import io.mediawire.images.ImageFormat;
import io.mediawire.images.ImageInspector;
import io.mediawire.images.ImageLimits;
import io.mediawire.images.ImageReference;
import io.mediawire.images.InspectedImage;
import io.mediawire.magnolia.ModuleSettings;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * Times the copied pictures: making a 960 px rendition of a 12-megapixel JPEG (in process, and as the
 * first HTTP request of a rendition, which also keeps it), and, with wrk, the throughput of a cached
 * rendition beside the same bytes served as a static web resource of the light module.
 *
 * <pre>java -cp target/media-wire.jar io.mediawire.host.benchmark.ImagingBenchmark [home] [seconds]</pre>
 */
public final class ImagingBenchmark {
    private static final int WIDTH = 4000;
    private static final int HEIGHT = 3000;
    private static final int RUNS = 5;

    private final PrintStream out;

    public ImagingBenchmark(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        Path home = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("mw-imaging-bench");
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        new ImagingBenchmark(System.out).run(home, seconds);
    }

    public void run(Path home, int seconds) throws Exception {
        List<byte[]> photos = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            photos.add(photo(i));
        }
        out.printf("12-megapixel JPEGs (%d x %d): %s bytes%n", WIDTH, HEIGHT,
                Arrays.toString(photos.stream().mapToInt(p -> p.length).toArray()));
        RenditionMaker.scale(photos.get(0), ImageFormat.JPEG, 960); // warm-up: ImageIO and the JIT
        List<Double> making = new ArrayList<>();
        RenditionMaker.Made made = null;
        for (byte[] photo : photos) {
            long start = System.nanoTime();
            made = RenditionMaker.scale(photo, ImageFormat.JPEG, 960);
            making.add((System.nanoTime() - start) / 1e6);
        }
        out.printf("make a 960 px rendition in process: median %.0f ms %s%n", Timing.median(making), rounded(making));

        Path modules = home.resolve("light-modules");
        copy(Path.of("light-modules"), modules);
        Path staticFile = modules.resolve("media-wire/webresources/bench/rendition.jpg");
        Files.createDirectories(staticFile.getParent());
        Files.write(staticFile, made.bytes());

        ModuleSettings settings = new ModuleSettings(ZoneId.of("UTC"), Clock.systemUTC(), false);
        try (Host host = Host.start(new HostOptions(home.resolve("home"), "127.0.0.1", 0, modules, false, settings))) {
            AssetStore assets = host.services().components().getComponent(AssetStore.class).orElseThrow();
            ImageInspector inspector = new ImageInspector(ImageLimits.DEFAULTS);
            HttpClient http = HttpClient.newHttpClient();
            List<Double> firstRequests = new ArrayList<>();
            String renditionUrl = null;
            for (int i = 0; i < photos.size(); i++) {
                InspectedImage image = inspector.inspect(photos.get(i));
                Asset asset = assets.store(photos.get(i), image,
                        new ImageReference("https://agency.example/photo-" + i + ".jpg", true, null, null, null));
                renditionUrl = host.baseUri() + ".imaging/mte/media-wire/960/dam/jcr:" + asset.id() + "/" + asset.fileName();
                long start = System.nanoTime();
                HttpResponse<byte[]> first = http.send(HttpRequest.newBuilder(URI.create(renditionUrl)).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                firstRequests.add((System.nanoTime() - start) / 1e6);
                if (first.statusCode() != 200) {
                    throw new IllegalStateException("rendition answered " + first.statusCode());
                }
            }
            out.printf("first HTTP request of a 960 px rendition (make, keep, send): median %.0f ms %s%n",
                    Timing.median(firstRequests), rounded(firstRequests));
            byte[] cached = http.send(HttpRequest.newBuilder(URI.create(renditionUrl)).build(),
                    HttpResponse.BodyHandlers.ofByteArray()).body();
            Files.write(staticFile, cached); // the very bytes the rendition URL sends
            String staticUrl = host.baseUri() + ".resources/media-wire/webresources/bench/rendition.jpg";
            out.printf("rendition bytes: %d; static file of the same bytes: %s%n", cached.length, staticUrl);
            for (String url : List.of(renditionUrl, staticUrl, renditionUrl, staticUrl)) {
                wrk(url, 2); // warm-up
                out.println("wrk -t2 -c32 -d" + seconds + "s " + url);
                wrk(url, seconds).forEach(line -> out.println("  " + line));
            }
        }
    }

    private static List<Long> rounded(List<Double> times) {
        return times.stream().map(Math::round).toList();
    }

    private List<String> wrk(String url, int seconds) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("wrk", "-t2", "-c32", "-d" + seconds + "s", "--latency", url)
                .redirectErrorStream(true).start();
        List<String> lines = new String(process.getInputStream().readAllBytes()).lines()
                .filter(l -> l.contains("Requests/sec") || l.contains("Latency") || l.contains("Transfer/sec")
                        || l.strip().startsWith("50%") || l.strip().startsWith("99%") || l.contains("Non-2xx"))
                .toList();
        process.waitFor();
        return lines;
    }

    /** A photo-like JPEG: gradients and a thousand soft shapes, which compress like a photograph. */
    static byte[] photo(long seed) throws IOException {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        Random random = new Random(seed);
        g.setPaint(new GradientPaint(0, 0, new Color(random.nextInt(0xFFFFFF)), WIDTH, HEIGHT, new Color(random.nextInt(0xFFFFFF))));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        for (int i = 0; i < 1000; i++) {
            g.setColor(new Color(random.nextInt(0xFFFFFF)));
            g.fillOval(random.nextInt(WIDTH), random.nextInt(HEIGHT), 20 + random.nextInt(300), 20 + random.nextInt(300));
        }
        g.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", bytes);
        return bytes.toByteArray();
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
