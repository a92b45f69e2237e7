package io.planscope.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.planscope.app.AdminToken;
import io.planscope.app.DataDir;
import io.planscope.app.Workspace;
import io.planscope.corpus.TestPlans;
import io.planscope.json.Json;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** 8 upload threads and 8 search threads at once: no error, no deadlock, and the index ends equal to the store. */
class UploadConcurrencyTest {
  private static final int UPLOADERS = 8;
  private static final int SEARCHERS = 8;
  private static final int FILES_EACH = 6;
  @TempDir Path data;

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void concurrentUploadsAndSearchesNeitherCorruptNorDeadlock() throws Exception {
    Workspace ws = Workspace.open(DataDir.at(data), TestPlans::parse);
    Javalin app = WebServer.create(ws, new WebOptions(new AdminToken(Optional.of("t"), "test", false), false, 1 << 20))
        .start("127.0.0.1", 0);
    UploadClient client = new UploadClient(app.port(), "t");
    ExecutorService pool = Executors.newFixedThreadPool(UPLOADERS + SEARCHERS);
    List<String> errors = new CopyOnWriteArrayList<>();
    Set<String> planIds = ConcurrentHashMap.newKeySet();
    AtomicBoolean uploading = new AtomicBoolean(true);
    AtomicInteger searches = new AtomicInteger();
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<?>> uploads = new java.util.ArrayList<>();
      for (int t = 0; t < UPLOADERS; t++) {
        int thread = t;
        uploads.add(pool.submit(() -> upload(client, thread, go, planIds, errors)));
      }
      for (int t = 0; t < SEARCHERS; t++) pool.submit(() -> search(client, go, uploading, searches, planIds, errors));
      go.countDown();
      for (Future<?> f : uploads) f.get(4, TimeUnit.MINUTES);
      uploading.set(false);
      pool.shutdown();
      assertTrue(pool.awaitTermination(1, TimeUnit.MINUTES), "searchers did not stop: deadlock?");
      assertEquals(List.of(), errors);
      assertTrue(searches.get() >= SEARCHERS, "searches ran: " + searches.get());
      ws.refresh();
      // Every thread also uploaded one shared file; it is stored once.
      assertEquals(UPLOADERS * FILES_EACH + 1, ws.store().documents().size());
      assertEquals(Set.copyOf(ws.store().planIds()), planIds);
      assertEquals(planIds.size(), ws.stats().plans());
      assertEquals(ws.store().plans().mapToLong(p -> p.measures().size()).sum(), ws.stats().measures());
    } finally {
      pool.shutdownNow();
      app.stop();
      ws.close();
    }
  }

  private static Void upload(UploadClient client, int thread, CountDownLatch go, Set<String> planIds, List<String> errors)
      throws Exception {
    go.await();
    for (int i = 0; i <= FILES_EACH; i++) {
      // i == FILES_EACH: the same bytes from every thread at about the same time.
      String text = i == FILES_EACH ? TestPlans.planText("共享", 3) : TestPlans.planText("线程" + thread + "文件" + i, 1 + i % 4);
      HttpResponse<String> r = client.raw("t" + thread + "-" + i + ".txt", "text/plain", text.getBytes(StandardCharsets.UTF_8));
      if (r.statusCode() != 201 && r.statusCode() != 200) {
        errors.add("upload " + thread + "/" + i + ": " + r.statusCode() + " " + r.body());
        continue;
      }
      for (JsonNode p : Json.MAPPER.readTree(r.body()).get("documents").get(0).get("plans")) planIds.add(p.get("id").asText());
    }
    return null;
  }

  private static Void search(UploadClient client, CountDownLatch go, AtomicBoolean uploading, AtomicInteger searches,
      Set<String> planIds, List<String> errors) throws Exception {
    go.await();
    while (uploading.get()) {
      HttpResponse<String> r = client.get("/api/search?q=" + URLEncoder.encode("落实立德树人", StandardCharsets.UTF_8));
      if (r.statusCode() != 200) errors.add("search: " + r.statusCode() + " " + r.body());
      for (String id : List.copyOf(planIds).subList(0, Math.min(2, planIds.size()))) {
        HttpResponse<String> p = client.get("/api/plans/" + id);
        if (p.statusCode() != 200) errors.add("plan " + id + ": " + p.statusCode() + " " + p.body());
      }
      searches.incrementAndGet();
      Thread.sleep(5); // a user's pace, roughly; without it 8 spinning threads starve 2 cores
    }
    return null;
  }
}
