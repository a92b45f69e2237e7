package io.planscope.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.planscope.app.DataDir;
import io.planscope.app.Workspace;
import io.planscope.corpus.TestDisks;
import io.planscope.corpus.TestPlans;
import io.planscope.json.Json;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index's disk fills up while the server runs (a small tmpfs holds the index; the store sits beside it): Lucene
 * closes its writer for good after "No space left on device" in a reopen. Writes must then get 507 with what to do,
 * health must say {@code degraded} with the plans searches miss, and once space returns the index must come back by
 * itself with every stored plan searchable.
 */
class FullDiskTest {
  @TempDir Path data;
  private TestServer server;
  private Workspace workspace;

  @AfterEach
  void stop() throws Exception {
    if (server != null) server.close();
    server = null;
  }

  private UploadClient start(DataDir dir) throws Exception {
    server = TestServer.start(dir);
    workspace = server.workspace();
    return server.client();
  }

  @Test
  void fullIndexDiskRefusesWritesWith507ReportsDegradedAndRecoversWhenSpaceReturns() throws Exception {
    Optional<TestDisks> disk = TestDisks.tmpfs(data.resolve("disk"), "600k");
    assumeTrue(disk.isPresent(), "needs mount rights for a small tmpfs (IndexRecoveryTest covers the logic without)");
    try (TestDisks d = disk.get()) {
      DataDir dir = new DataDir(data, data.resolve("store"), d.dir().resolve("index"), data.resolve("admin.token"));
      UploadClient c = start(dir);
      HttpResponse<String> refused = fillUntilRefused(c);
      assertEquals(507, refused.statusCode(), refused.body());
      assertEquals("disk_full", json(refused).get("error").asText());
      assertTrue(json(refused).get("message").asText().contains("free space"), refused.body());

      JsonNode health = awaitStatus(c, "degraded");
      assertTrue(health.get("reason").asText().contains("full"), health.toString());
      int stored = workspace.store().planIds().size();
      assertTrue(health.get("unindexed").asInt() > 0, health.toString());
      HttpResponse<String> again = upload(c, "late");
      assertEquals(507, again.statusCode(), again.body());
      assertEquals(stored, workspace.store().planIds().size(), "a refused upload stores nothing");
      assertEquals(List.of(), tempFiles(data));

      d.resize("64m"); // space is freed
      health = awaitStatus(c, "ok");
      assertEquals(0, health.get("unindexed").asInt(), health.toString());
      workspace.refresh();
      assertEquals(stored, health.get("plans").asInt(), "every stored plan searchable again: " + health);
      HttpResponse<String> after = upload(c, "after");
      assertEquals(201, after.statusCode(), after.body());
      workspace.refresh();
      assertEquals(stored + 1, workspace.stats().plans());
      assertEquals(List.of(), tempFiles(data));
      stop(); // before the disk goes
    }
  }

  private static HttpResponse<String> fillUntilRefused(UploadClient c) throws Exception {
    for (int i = 0; i < 2000; i++) {
      HttpResponse<String> r = upload(c, "满" + i);
      if (r.statusCode() != 201) return r;
      if (i % 10 == 9) Thread.sleep(600); // lets the reopen thread flush what came in
    }
    throw new AssertionError("the index disk never filled");
  }

  private static HttpResponse<String> upload(UploadClient c, String seed) throws Exception {
    return c.raw(seed + ".txt", "text/plain", TestPlans.planText(seed, 40).getBytes(StandardCharsets.UTF_8));
  }

  private static JsonNode awaitStatus(UploadClient c, String status) throws Exception {
    JsonNode last = null;
    for (long end = System.nanoTime() + 40_000_000_000L; System.nanoTime() < end; Thread.sleep(200)) {
      last = Json.MAPPER.readTree(c.get("/api/health").body());
      if (status.equals(last.get("status").asText())) return last;
    }
    throw new AssertionError("health never said " + status + ": " + last);
  }

  private static JsonNode json(HttpResponse<String> r) throws Exception {
    assertNotNull(r.body());
    return Json.MAPPER.readTree(r.body());
  }

  /** Temporary files of the store's protocol left anywhere under the data directory. */
  static List<String> tempFiles(Path root) throws Exception {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.map(root::relativize).filter(FullDiskTest::temporary).map(Path::toString).sorted().toList();
    }
  }

  /** A name the store gives temporary files (".tmp-…"), or anything inside the store's tmp/ work area. */
  private static boolean temporary(Path relative) {
    for (int i = 0; i < relative.getNameCount(); i++) {
      String name = relative.getName(i).toString();
      if (name.startsWith(".tmp-") || (name.equals("tmp") && i < relative.getNameCount() - 1)) return true;
    }
    return false;
  }
}
