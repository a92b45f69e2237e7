package io.planscope.crawl;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * A bureau website on loopback for crawler tests: a paginated list page, plan pages with ETags, a GBK page declared
 * only in the HTTP header, a notice linking a .docx attachment, a robots.txt disallowing /private/, a slow page, a
 * redirect loop, a huge page, a binary download, a flaky page (503 twice) and a redirect chain.
 */
public final class FixtureSite implements AutoCloseable {
  static final String RESOURCES = "/io/planscope/crawl/site/";
  static final String DOCX_PATH = "/files/清溪县教育局2025年工作要点.docx";
  static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  static final int HUGE_BYTES = 3 * 1024 * 1024;

  /** One request the site answered. */
  record Request(String path, String userAgent, String ifNoneMatch, long atNanos) {}

  private final HttpServer server;
  private final ExecutorService pool = Executors.newCachedThreadPool();
  final List<Request> requests = new CopyOnWriteArrayList<>();
  private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
  final byte[] docx = docx();
  final byte[] gbkPage = resource("zwgk/ldjy-fangan.gbk.html").getBytes(Charset.forName("GBK"));

  public FixtureSite() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(pool);
    server.start();
  }

  public URI url(String path) {
    return CrawlUrl.seed("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  /** Paths requested, in order, with query strings. */
  public List<String> paths() {
    return requests.stream().map(Request::path).toList();
  }

  long count(String path) {
    return paths().stream().filter(path::equals).count();
  }

  private void handle(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getPath();
    String full = path + (ex.getRequestURI().getRawQuery() == null ? "" : "?" + ex.getRequestURI().getRawQuery());
    requests.add(new Request(full, ex.getRequestHeaders().getFirst("User-Agent"),
        ex.getRequestHeaders().getFirst("If-None-Match"), System.nanoTime()));
    try (ex) {
      route(ex, path);
    }
  }

  private void route(HttpExchange ex, String path) throws IOException {
    switch (path) {
      case "/robots.txt" -> send(ex, 200, "text/plain", resource("robots.txt").getBytes(StandardCharsets.UTF_8));
      case "/zwgk/", "/zwgk/index.html" -> html(ex, "zwgk/index.html");
      case "/zwgk/index_2.html" -> html(ex, "zwgk/index_2.html");
      case "/zwgk/tongzhi-2025.html" -> html(ex, "zwgk/tongzhi-2025.html");
      case "/zwgk/2024jhzy.html", "/zwgk/2023jh.html", "/zwgk/2022jh.html" ->
          withEtag(ex, "text/html; charset=utf-8", resource(path.substring(1)).getBytes(StandardCharsets.UTF_8));
      case "/private/2021jh.html" -> html(ex, "zwgk/2022jh.html");
      case "/zwgk/ldjy-fangan.html" -> send(ex, 200, "text/html; charset=GBK", gbkPage);
      case DOCX_PATH -> withEtag(ex, DOCX_TYPE, docx);
      case "/zwgk/slow-jh.html" -> stall(ex);
      case "/zwgk/loop-yaodian.html" -> redirect(ex, "/zwgk/loop-b.html");
      case "/zwgk/loop-b.html" -> redirect(ex, "/zwgk/loop-yaodian.html");
      case "/zwgk/huibian-yaodian.html" -> huge(ex);
      case "/download.jsp" -> send(ex, 200, "application/octet-stream", binary());
      case "/flaky" -> flaky(ex);
      case "/r1" -> redirect(ex, "/r2");
      case "/r2" -> redirect(ex, "http://127.0.0.1:" + server.getAddress().getPort() + "/zwgk/2024jhzy.html");
      default -> chain(ex, path);
    }
  }

  private void html(HttpExchange ex, String name) throws IOException {
    send(ex, 200, "text/html; charset=utf-8", resource(name).getBytes(StandardCharsets.UTF_8));
  }

  private static void withEtag(HttpExchange ex, String type, byte[] body) throws IOException {
    String etag = "\"" + CrawlState.sha256(body).substring(0, 16) + "\"";
    ex.getResponseHeaders().set("ETag", etag);
    ex.getResponseHeaders().set("Last-Modified", "Mon, 26 Feb 2024 08:00:00 GMT");
    if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
      ex.sendResponseHeaders(304, -1);
      return;
    }
    send(ex, 200, type, body);
  }

  private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) ex.getResponseBody().write(body);
  }

  private static void redirect(HttpExchange ex, String location) throws IOException {
    ex.getResponseHeaders().set("Location", location);
    ex.sendResponseHeaders(302, -1);
  }

  // Headers and a first chunk at once, then nothing for 8 s: only a read timeout on the body catches this.
  private static void stall(HttpExchange ex) throws IOException {
    ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
    ex.sendResponseHeaders(200, 0);
    OutputStream out = ex.getResponseBody();
    out.write("<html><body><p>一、".getBytes(StandardCharsets.UTF_8));
    out.flush();
    try {
      Thread.sleep(8000);
      out.write("总体要求</p></body></html>".getBytes(StandardCharsets.UTF_8));
    } catch (InterruptedException | IOException e) {
      // The crawler hung up, as it should.
    }
  }

  private static void huge(HttpExchange ex) throws IOException {
    ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
    ex.sendResponseHeaders(200, 0);
    byte[] line = "<p>（一）历年工作要点汇编正文，重复的内容用来撑大页面。</p>\n".getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = ex.getResponseBody()) {
      for (int written = 0; written < HUGE_BYTES; written += line.length) out.write(line);
    } catch (IOException e) {
      // The crawler stops reading at its size cap and closes the connection.
    }
  }

  private void flaky(HttpExchange ex) throws IOException {
    if (hits.computeIfAbsent("/flaky", k -> new AtomicInteger()).incrementAndGet() <= 2) {
      send(ex, 503, "text/plain", "busy".getBytes(StandardCharsets.UTF_8));
    } else {
      html(ex, "zwgk/2022jh.html");
    }
  }

  // "/chain/N" redirects to "/chain/N-1" down to "/chain/0", which is a plan page.
  private void chain(HttpExchange ex, String path) throws IOException {
    if (path.startsWith("/chain/")) {
      int n = Integer.parseInt(path.substring(7));
      if (n == 0) html(ex, "zwgk/2022jh.html");
      else redirect(ex, "/chain/" + (n - 1));
      return;
    }
    send(ex, 404, "text/html; charset=utf-8", "<html><body>404 页面不存在</body></html>".getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] binary() {
    byte[] b = new byte[4096];
    new java.util.Random(7).nextBytes(b);
    b[0] = (byte) 0xff; // a JPEG's first bytes: a scanned plan, which the pipeline cannot read
    b[1] = (byte) 0xd8;
    return b;
  }

  static String resource(String name) {
    try (InputStream in = FixtureSite.class.getResourceAsStream(RESOURCES + name)) {
      if (in == null) throw new IllegalStateException("missing test resource " + RESOURCES + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The 2025 plan as a .docx, one paragraph per line of the text resource. */
  static byte[] docx() {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String line : resource("yaodian-2025.txt").split("\n")) doc.createParagraph().createRun().setText(line);
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }
}
