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
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrawlRoutesTest {
  static final String TOKEN = "crawl-test-token-42";
  @TempDir Path data;
  private Workspace workspace;
  private Javalin app;
  private UploadClient admin;
  private UploadClient anonymous;

  @BeforeEach
  void start() throws Exception {
    workspace = Workspace.open(DataDir.at(data), TestPlans::parse);
    AdminToken token = new AdminToken(Optional.of(TOKEN), "the test", false);
    app = WebServer.create(workspace, new WebOptions(token, false, 1 << 20)).start("127.0.0.1", 0);
    admin = new UploadClient(app.port(), TOKEN);
    anonymous = new UploadClient(app.port(), null);
  }

  @AfterEach
  void stop() throws Exception {
    app.stop();
    workspace.close();
  }

  private static HttpResponse<String> post(UploadClient client, String json) throws Exception {
    return client.send(client.request("/api/crawl").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  private static JsonNode json(HttpResponse<String> r) throws Exception {
    return Json.MAPPER.readTree(r.body());
  }

  @Test
  void startingACrawlNeedsTheAdminToken() throws Exception {
    HttpResponse<String> r = post(anonymous, "{\"urls\":[\"http://192.0.2.10/zwgk/\"]}");
    assertEquals(401, r.statusCode());
    assertEquals("unauthorized", json(r).get("error").asText());
  }

  @Test
  void startsAJobAndReportsItsProgress() throws Exception {
    // 192.0.2.0/24 is TEST-NET-1: public as far as the guard knows, and routed nowhere.
    HttpResponse<String> r = post(admin, "{\"urls\":[\"http://192.0.2.10/zwgk/\"],\"maxPages\":5,\"delayMs\":500}");
    assertEquals(202, r.statusCode(), r.body());
    String job = json(r).get("job").asText();
    assertEquals("/api/crawl/" + job, r.headers().firstValue("Location").orElse(""));
    JsonNode status = json(anonymous.get("/api/crawl/" + job));
    assertEquals(job, status.get("job").asText());
    assertEquals("http://192.0.2.10/zwgk/", status.get("seeds").get(0).asText());
    assertTrue(status.get("state").asText().matches("queued|running|done"), status.toString());
    for (String field : new String[] {"pagesFetched", "plansImported", "skipped", "failed", "unchanged", "queued"}) {
      assertTrue(status.get(field).isIntegralNumber(), field);
    }
    assertTrue(status.has("currentUrl") && status.has("recent"), status.toString());
  }

  @Test
  void refusesPrivateTargetsQuotingTheUrl() throws Exception {
    for (String url : new String[] {"http://127.0.0.1:7070/", "http://10.1.2.3/", "http://169.254.169.254/latest/",
        "http://[::1]/", "http://localhost/"}) {
      HttpResponse<String> r = post(admin, "{\"urls\":[\"" + url + "\"]}");
      assertEquals(400, r.statusCode(), url);
      String message = json(r).get("message").asText();
      assertTrue(message.contains("Refusing '" + url + "'"), message);
      assertTrue(message.contains("the API never crawls private networks"), message);
    }
  }

  @Test
  void allowPrivateCannotBeSetThroughTheApi() throws Exception {
    HttpResponse<String> r = post(admin, "{\"urls\":[\"http://192.0.2.10/\"],\"allowPrivate\":true}");
    assertEquals(400, r.statusCode());
    assertTrue(json(r).get("message").asText().contains("allowPrivate cannot be set through the API"), r.body());
  }

  @Test
  void badRequestsAreClear400s() throws Exception {
    assertBad("", "JSON body");
    assertBad("{\"urls\":[]}", "at least one URL");
    assertBad("{\"urls\":[\"ftp://192.0.2.10/\"]}", "'ftp://192.0.2.10/'");
    assertBad("{\"urls\":[\"http://192.0.2.10/\"],\"maxPages\":0}", "'maxPages' must be from 1");
    assertBad("{\"urls\":[\"http://192.0.2.10/\"],\"delayMs\":10}", "'delayMs' must be from 500");
    assertBad("{\"urls\":[\"http://192.0.2.10/\"],\"include\":\"([\"}", "'include' is not a regular expression");
    assertBad("{\"urls\":\"http://192.0.2.10/\"}", "not a crawl request");
    assertBad("{\"urls\":[\"http://192.0.2.10/\"],\"depth\":2}", "fields are urls");
    assertBad("{\"urls\":[\"http://192.0.2.10/\"],\"maxPages\":\"abc\"}", "'maxPages' must be a whole number");
    assertBad("{\"urls\":[\"http://192.0.2.10/\"],\"sameHost\":\"yes\"}", "'sameHost' must be true or false");
    assertBad("{\"urls\": oops}", "not valid JSON (line 1, column");
  }

  private void assertBad(String body, String expected) throws Exception {
    HttpResponse<String> r = post(admin, body);
    assertEquals(400, r.statusCode(), body + " -> " + r.body());
    assertEquals("bad_request", json(r).get("error").asText());
    assertTrue(json(r).get("message").asText().contains(expected), r.body());
  }

  @Test
  void unknownJobIsJson404() throws Exception {
    HttpResponse<String> r = anonymous.get("/api/crawl/c0123456789ab");
    assertEquals(404, r.statusCode());
    assertTrue(json(r).get("message").asText().contains("'c0123456789ab'"), r.body());
  }
}
