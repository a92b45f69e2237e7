package io.planscope.crawl;

import io.planscope.ingest.SourceFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * Polite HTTP GETs: our User-Agent, connect and read timeouts, a body size cap, retries of 5xx and timeouts with
 * exponential backoff, and redirects followed by hand (the client never follows them) so every hop passes the
 * {@link HopCheck} (target safety, robots.txt) and loops are caught.
 */
public final class Fetcher implements AutoCloseable {
  /** Checked before every request, redirect hops included; throws to refuse the URL. */
  @FunctionalInterface
  public interface HopCheck {
    void check(URI uri) throws FetchFailure, InterruptedException;
  }

  /** Validators from an earlier fetch, sent as If-None-Match / If-Modified-Since; both may be null. */
  public record Conditional(String etag, String lastModified) {
    public static final Conditional NONE = new Conditional(null, null);
  }

  /** The formats we read, pages first (a server that negotiates then prefers the page), then anything. */
  static final String ACCEPT = SourceFormat.documents().stream()
      .flatMap(f -> f.contentTypes().stream().map(t -> f == SourceFormat.HTML ? t : t + ";q=0.9"))
      .collect(Collectors.joining(",")) + ",*/*;q=0.5";

  private static final ScheduledExecutorService WATCHDOG =
      Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "planscope-crawl-watchdog");
        t.setDaemon(true);
        return t;
      });

  private final CrawlConfig config;
  private final Politeness politeness;
  private final HttpClient client;

  Fetcher(CrawlConfig config, Politeness politeness) {
    this.config = config;
    this.politeness = politeness;
    this.client = HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(config.connectTimeout())
        .version(HttpClient.Version.HTTP_1_1)
        .build();
  }

  /** Fetches a URL, following up to maxRedirects redirects, each hop checked first. */
  public Fetched fetch(URI url, Conditional conditional, HopCheck check) throws FetchFailure, InterruptedException {
    Set<URI> visited = new HashSet<>();
    URI current = url;
    for (int hop = 0; ; hop++) {
      check.check(current);
      if (!visited.add(current)) {
        throw new FetchFailure(FetchFailure.Kind.REDIRECT_LOOP,
            "Redirect loop fetching '" + url + "': '" + current + "' was already visited");
      }
      Fetched answer = fetchWithRetries(url, current, conditional);
      URI next = redirectTarget(answer, current);
      if (next == null) return answer;
      if (hop >= config.maxRedirects()) {
        throw new FetchFailure(FetchFailure.Kind.TOO_MANY_REDIRECTS, "Too many redirects fetching '" + url
            + "': gave up after " + config.maxRedirects() + " hops, last at '" + current + "'");
      }
      current = next;
    }
  }

  private static URI redirectTarget(Fetched answer, URI current) throws FetchFailure {
    int s = answer.status();
    if (s != 301 && s != 302 && s != 303 && s != 307 && s != 308) return null;
    String location = answer.location();
    if (location == null) return null;
    return CrawlUrl.resolve(current, location)
        .orElseThrow(() -> new FetchFailure(FetchFailure.Kind.REFUSED,
            "Refusing redirect from '" + current + "' to '" + location + "': only http and https are followed"));
  }

  private Fetched fetchWithRetries(URI asked, URI url, Conditional conditional)
      throws FetchFailure, InterruptedException {
    for (int attempt = 1; ; attempt++) {
      try {
        Fetched f = send(asked, url, conditional, attempt);
        if (f.status() < 500 && f.status() != 429) return f;
        if (attempt > config.maxRetries()) {
          throw new FetchFailure(FetchFailure.Kind.SERVER_ERROR,
              "Server error fetching '" + url + "': HTTP " + f.status() + " after " + attempt + " tries");
        }
      } catch (HttpTimeoutException e) {
        if (attempt > config.maxRetries()) {
          throw new FetchFailure(FetchFailure.Kind.TIMEOUT,
              "Timed out fetching '" + url + "' after " + attempt + " tries: " + e.getMessage(), e);
        }
      } catch (IOException e) {
        throw new FetchFailure(FetchFailure.Kind.NETWORK, "Cannot fetch '" + url + "': " + describe(e), e);
      }
      Thread.sleep(backoff(attempt));
    }
  }

  /** 1 s, 2 s, 4 s ... from the configured base, capped. */
  Duration backoff(int attempt) {
    long ms = config.backoff().toMillis() << Math.min(attempt - 1, 20);
    return Duration.ofMillis(Math.min(ms, CrawlConfig.MAX_BACKOFF.toMillis()));
  }

  private static String describe(IOException e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m);
  }

  private Fetched send(URI asked, URI url, Conditional conditional, int attempt)
      throws IOException, InterruptedException {
    String host = CrawlUrl.hostKey(url);
    politeness.await(host);
    try {
      return read(asked, url, attempt, client.send(request(url, conditional), HttpResponse.BodyHandlers.ofInputStream()));
    } finally {
      politeness.finished(host);
    }
  }

  private Fetched read(URI asked, URI url, int attempt, HttpResponse<InputStream> r) throws IOException {
    var h = r.headers();
    boolean redirect = r.statusCode() >= 300 && r.statusCode() < 400 && r.statusCode() != 304;
    byte[] body;
    boolean truncated;
    try (InputStream in = r.body()) {
      BodyRead read = redirect || r.statusCode() == 304 ? new BodyRead(new byte[0], false) : readCapped(in, url);
      body = read.bytes;
      truncated = read.truncated;
    }
    return new Fetched(asked, url, r.statusCode(), h.firstValue("Content-Type").orElse(null),
        h.firstValue("ETag").orElse(null), h.firstValue("Last-Modified").orElse(null),
        h.firstValue("Content-Disposition").orElse(null), redirect ? h.firstValue("Location").orElse(null) : null,
        body, truncated, attempt);
  }

  private HttpRequest request(URI url, Conditional conditional) {
    HttpRequest.Builder b = HttpRequest.newBuilder(url)
        .GET()
        .timeout(config.readTimeout())
        .header("User-Agent", config.userAgent())
        .header("Accept", ACCEPT)
        .header("Accept-Language", "zh-CN,zh;q=0.9");
    if (conditional.etag() != null) b.header("If-None-Match", conditional.etag());
    if (conditional.lastModified() != null) b.header("If-Modified-Since", conditional.lastModified());
    return b.build();
  }

  private record BodyRead(byte[] bytes, boolean truncated) {}

  // Reads at most maxBytes; a read that stalls longer than the read timeout closes the stream (the request timeout
  // only covers the wait for headers, not a body that trickles in).
  private BodyRead readCapped(InputStream in, URI url) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[16 * 1024];
    AtomicBoolean stalled = new AtomicBoolean();
    while (true) {
      ScheduledFuture<?> alarm = WATCHDOG.schedule(() -> {
        stalled.set(true);
        closeQuietly(in);
      }, config.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
      int n;
      try {
        n = in.read(buf);
      } catch (IOException e) {
        if (!stalled.get()) throw e;
        n = -1;
      } finally {
        alarm.cancel(false);
      }
      if (stalled.get()) {
        throw new HttpTimeoutException("no data for " + config.readTimeout().toMillis() + " ms while reading the body");
      }
      if (n < 0) return new BodyRead(out.toByteArray(), false);
      long room = config.maxBytes() - out.size();
      if (n > room) {
        out.write(buf, 0, (int) room);
        return new BodyRead(out.toByteArray(), true);
      }
      out.write(buf, 0, n);
    }
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      // The read it interrupts reports the stall; a failing close has nothing to add.
    }
  }

  @Override
  public void close() {
    client.close();
  }
}
