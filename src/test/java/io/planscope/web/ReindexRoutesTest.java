package io.planscope.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.planscope.app.DataDir;
import io.planscope.corpus.TestPlans;
import io.planscope.json.Json;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code POST /api/reindex} (admin, 202 with progress) and polling it while searches go on. */
class ReindexRoutesTest {
  @TempDir Path data;
  private TestServer server;

  @AfterEach
  void stop() throws Exception {
    if (server != null) server.close();
  }

  @Test
  void reindexNeedsTheTokenAnswers202AndReportsProgressUntilDone() throws Exception {
    server = TestServer.start(DataDir.at(data));
    UploadClient c = server.client();
    for (String seed : new String[] {"淳安", "建德", "桐庐"}) {
      HttpResponse<String> r = c.raw(seed + ".txt", "text/plain",
          TestPlans.planText(seed, 4).getBytes(StandardCharsets.UTF_8));
      assertEquals(201, r.statusCode(), r.body());
    }
    assertEquals(404, c.get("/api/reindex").statusCode(), "none ran yet");
    UploadClient anonymous = new UploadClient(c.uri("/").getPort(), null);
    assertEquals(401, post(anonymous, "/api/reindex").statusCode());

    HttpResponse<String> started = post(c, "/api/reindex");
    assertEquals(202, started.statusCode(), started.body());
    assertEquals("/api/reindex", started.headers().firstValue("Location").orElse(""));
    JsonNode progress = Json.MAPPER.readTree(started.body());
    assertEquals(3, progress.get("total").asInt(), started.body());
    assertTrue(progress.has("state") && progress.has("done") && progress.has("started"), started.body());

    progress = awaitDone(c);
    assertEquals(3, progress.get("done").asInt(), progress.toString());
    assertTrue(progress.get("finished").isTextual(), progress.toString());
    JsonNode health = Json.MAPPER.readTree(c.get("/api/health").body());
    assertEquals("done", health.get("reindex").get("state").asText(), health.toString());
    assertEquals(3, health.get("plans").asInt(), health.toString());
    JsonNode hits = Json.MAPPER.readTree(c.get("/api/search?q=%E5%BB%BA%E5%BE%B7").body());
    assertEquals(4, hits.get("total").asInt(), hits.toString());
  }

  private static HttpResponse<String> post(UploadClient c, String path) throws Exception {
    return c.send(c.request(path).POST(HttpRequest.BodyPublishers.noBody()).build());
  }

  private static JsonNode awaitDone(UploadClient c) throws Exception {
    JsonNode last = null;
    for (long end = System.nanoTime() + 20_000_000_000L; System.nanoTime() < end; Thread.sleep(100)) {
      last = Json.MAPPER.readTree(c.get("/api/reindex").body());
      if (!"running".equals(last.get("state").asText())) break;
    }
    assertEquals("done", last.get("state").asText(), String.valueOf(last));
    return last;
  }
}
