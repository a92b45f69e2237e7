package io.planscope.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import io.planscope.app.AdminToken;
import io.planscope.app.DataDir;
import io.planscope.app.Workspace;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bounded load test (issues 8 and 19), not part of CI (surefire runs *Test classes only). N concurrent searchers
 * and M uploaders hit a server on loopback for T seconds, with the real ingestion; every 8th upload is hostile (the
 * heavy PDF, the 20 MB one-line text, UTF-8 with bad bytes, an unclosed svg, a bidi-disguised name; see {@link
 * Hostile}). It prints throughput, p50/p95/p99 and errors per operation, then the heap and CPU after the run and
 * whether every acknowledged upload is searchable. It fails on any error of a valid request, on a hostile upload
 * answered 5xx, on a heap not back under 300 MB within a minute, or on an acknowledged upload not found. Run:
 *
 * <pre>mvn -o -q test -Dtest=LoadBenchmark -Dbench.seconds=30 -Dbench.searchers=8 -Dbench.uploaders=8</pre>
 */
class LoadBenchmark {
  private static final List<String> QUERIES =
      List.of("立德树人", "\"课后服务\"", "教师队伍 建设", "校园安全", "双减", "体育 美育", "家校社协同", "督导");
  @TempDir Path data;

  @Test
  void searchesAndUploadsUnderLoad() throws Exception {
    int seconds = Integer.getInteger("bench.seconds", 20);
    int searchers = Integer.getInteger("bench.searchers", 8);
    int uploaders = Integer.getInteger("bench.uploaders", 8);
    try (Workspace ws = Workspace.open(DataDir.at(data))) {
      seed(ws);
      Javalin app = WebServer.create(ws, new WebOptions(new AdminToken(Optional.of("b"), "bench", false), false,
          WebOptions.DEFAULT_MAX_UPLOAD)).start("127.0.0.1", 0);
      try {
        UploadClient client = new UploadClient(app.port(), "b");
        Recorder search = new Recorder("search");
        Recorder upload = new Recorder("upload");
        Recorder hostile = new Recorder("refuse");
        List<Integer> acknowledged = Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        AtomicInteger counter = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(searchers + uploaders);
        for (int i = 0; i < searchers; i++) {
          pool.submit(() -> loop(end, search, () -> client.get("/api/search?q="
              + URLEncoder.encode(QUERIES.get(counter.getAndIncrement() % QUERIES.size()), StandardCharsets.UTF_8))));
        }
        for (int i = 0; i < uploaders; i++) {
          pool.submit(() -> uploads(end, client, counter, upload, hostile, acknowledged));
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 120, TimeUnit.SECONDS);
        System.out.printf("load: %d s, %d searchers, %d uploaders%n", seconds, searchers, uploaders);
        search.print(seconds);
        upload.print(seconds);
        hostile.print(seconds);
        hostile.statuses.forEach((k, v) -> System.out.printf("    hostile %-22s statuses %s%n", k, v));
        long heap = AfterRun.heapBackUnder(300L << 20, Duration.ofMinutes(1));
        AfterRun.printCpu(Duration.ofSeconds(5));
        List<Integer> missing = AfterRun.notSearchable(client, acknowledged, LoadBenchmark::marker);
        System.out.printf("  acknowledged uploads %d, not searchable %d%n", acknowledged.size(), missing.size());
        assertEquals(List.of(), search.errors);
        assertEquals(List.of(), upload.errors);
        assertEquals(List.of(), hostile.errors);
        assertTrue(heap < 300L << 20, "heap still " + (heap >> 20) + " MB a minute after the run");
        assertEquals(List.of(), missing, "acknowledged but not searchable");
      } finally {
        app.stop();
      }
    }
  }

  private static void seed(Workspace ws) throws Exception {
    List<Path> paths = new ArrayList<>(List.of(io.planscope.app.DataDir.demoCorpus()));
    io.planscope.ingest.Seeds.ifPresent().ifPresent(paths::add);
    new io.planscope.app.ImportRun(ws.importer(), io.planscope.app.ImportRun.Progress.none()).importPaths(paths);
    ws.commit();
  }

  @FunctionalInterface
  interface Call {
    HttpResponse<String> run() throws Exception;
  }

  private static void loop(long end, Recorder recorder, Call call) {
    while (System.nanoTime() < end) once(recorder, call);
  }

  /** One timed call; a null response means an expected refusal, not an error. */
  private static void once(Recorder recorder, Call call) {
    long t0 = System.nanoTime();
    try {
      HttpResponse<String> r = call.run();
      String error = r != null && r.statusCode() >= 400 ? r.statusCode() + " " + abbreviate(r.body()) : null;
      recorder.record(System.nanoTime() - t0, error);
    } catch (Exception e) {
      recorder.record(System.nanoTime() - t0, e.toString());
    }
  }

  private static String abbreviate(String s) {
    return s.length() > 300 ? s.substring(0, 300) + "…" : s;
  }

  /** One uploader: valid plans, and every 8th request a hostile input (whose refusal is not an error; a 5xx is). */
  private static void uploads(long end, UploadClient client, AtomicInteger counter, Recorder upload, Recorder hostile,
      List<Integer> acknowledged) {
    while (System.nanoTime() < end) {
      int n = counter.getAndIncrement();
      if (n % 8 == 7) {
        Hostile.Input h = Hostile.pick(n / 8, n, planText(n));
        Recorder r = h.valid() ? upload : hostile;
        once(r, () -> {
          HttpResponse<String> resp = client.raw(h.filename(), h.contentType(), h.bytes());
          hostile.status(h.kind(), resp.statusCode());
          if (h.valid() && resp.statusCode() == 201) acknowledged.add(n);
          return h.valid() || resp.statusCode() >= 500 ? resp : null;
        });
      } else {
        once(upload, () -> {
          HttpResponse<String> resp = client.raw("bench-" + n + ".txt", "text/plain; charset=utf-8",
              planText(n).getBytes(StandardCharsets.UTF_8));
          if (resp.statusCode() == 201) acknowledged.add(n);
          return resp;
        });
      }
    }
  }

  /** The phrase only plan n has, to find it by. */
  static String marker(int n) {
    return "工作专班" + n + "组";
  }

  static String planText(int n) {
    return "第" + n + "学区教育局工作计划\n\n一、主要任务\n（一）落实立德树人根本任务。推进第" + n + "批课程改革试点。\n"
        + "（二）加强教师队伍建设。完善校本教研制度，开展课后服务。\n二、保障措施\n（一）加强组织领导。成立工作专班" + n + "组。\n";
  }

  private static final class Recorder {
    final String name;
    final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
    final List<String> errors = Collections.synchronizedList(new ArrayList<>());
    final Map<String, Map<Integer, Integer>> statuses = new ConcurrentSkipListMap<>();

    Recorder(String name) {
      this.name = name;
    }

    void record(long nanos, String error) {
      this.nanos.add(nanos);
      if (error != null) errors.add(error);
    }

    void status(String kind, int status) {
      statuses.computeIfAbsent(kind, k -> new ConcurrentSkipListMap<>()).merge(status, 1, Integer::sum);
    }

    void print(int seconds) {
      List<Long> sorted = new ArrayList<>(nanos);
      Collections.sort(sorted);
      System.out.printf("  %-6s %6d requests  %7.1f/s  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  errors %d%n", name,
          sorted.size(), sorted.size() / (double) seconds, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99),
          errors.size());
    }

    static double pct(List<Long> sorted, int p) {
      if (sorted.isEmpty()) return 0;
      return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
    }
  }
}
