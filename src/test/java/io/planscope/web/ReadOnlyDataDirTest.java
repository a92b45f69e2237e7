package io.planscope.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.planscope.app.DataDir;
import io.planscope.app.Workspace;
import io.planscope.corpus.AtomicFiles;
import io.planscope.corpus.TestDisks;
import io.planscope.corpus.TestPlans;
import io.planscope.json.Json;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
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
 * {@code serve} on a data directory that cannot be written (a read-only mount): it starts, answers searches from
 * the index's last commit (or, with no index, one built in memory from the store), refuses every write with a JSON
 * message saying why, and says read-only in {@code /api/health}. Nothing on the disk changes.
 */
class ReadOnlyDataDirTest {
  private static final String TEXT = TestPlans.planText("淳安", 3);
  @TempDir Path data;
  private TestServer server;

  @AfterEach
  void stop() throws Exception {
    if (server != null) server.close();
    server = null;
  }

  @Test
  void servesReadsFromTheLastCommitAndRefusesWrites() throws Exception {
    servesReadOnly(false);
  }

  @Test
  void withNoIndexBuildsOneInMemoryFromTheStore() throws Exception {
    servesReadOnly(true);
  }

  private void servesReadOnly(boolean withoutIndex) throws Exception {
    Optional<TestDisks> disk = TestDisks.readOnlyCapable(data.resolve("disk"));
    assumeTrue(disk.isPresent(), "needs mount rights or a non-root user");
    try (TestDisks d = disk.get()) {
      DataDir dir = DataDir.at(d.dir());
      try (Workspace ws = Workspace.open(dir, TestPlans::parse)) {
        ws.importer().importDocument(TestPlans.txt("a.txt", TEXT));
      }
      if (withoutIndex) AtomicFiles.deleteTree(dir.index());
      List<String> before = listing(d.dir());
      d.makeReadOnly();

      UploadClient c = start(dir);
      JsonNode health = Json.MAPPER.readTree(c.get("/api/health").body());
      assertEquals("read-only", health.get("status").asText(), health.toString());
      assertTrue(health.get("readOnly").asBoolean(), health.toString());
      assertTrue(health.get("reason").asText().contains("cannot be written"), health.toString());
      assertEquals(0, health.get("unindexed").asInt(), health.toString());
      JsonNode hits = Json.MAPPER.readTree(c.get("/api/search?q=" + URLEncoder.encode("淳安", StandardCharsets.UTF_8))
          .body());
      assertEquals(3, hits.get("total").asInt(), hits.toString());
      String planId = TestPlans.planId(TEXT);
      assertEquals(200, c.get("/api/plans/" + planId).statusCode());

      refused(c.raw("b.txt", "text/plain", TestPlans.planText("建德", 2).getBytes(StandardCharsets.UTF_8)));
      refused(c.delete("/api/plans/" + planId));
      refused(c.send(c.request("/api/reindex").POST(HttpRequest.BodyPublishers.noBody()).build()));
      stop();
      assertEquals(before, listing(d.dir()));
      d.makeWritable();
    }
  }

  private UploadClient start(DataDir dir) throws Exception {
    server = TestServer.start(dir);
    return server.client();
  }

  private static void refused(HttpResponse<String> r) throws Exception {
    assertEquals(503, r.statusCode(), r.body());
    JsonNode body = Json.MAPPER.readTree(r.body());
    assertEquals("store_unavailable", body.get("error").asText());
    assertTrue(body.get("message").asText().contains("cannot be written"), r.body());
  }

  private static List<String> listing(Path dir) throws Exception {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.map(p -> dir.relativize(p) + (Files.isDirectory(p) ? "/" : " " + size(p))).sorted().toList();
    }
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
