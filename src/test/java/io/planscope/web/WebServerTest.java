package io.planscope.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.planscope.app.DataDir;
import io.planscope.app.Workspace;
import io.planscope.json.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebServerTest {
  @TempDir Path data;
  private Workspace workspace;
  private Javalin app;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws Exception {
    workspace = Workspace.open(DataDir.at(data));
    app = WebServer.create(workspace).start("127.0.0.1", 0);
  }

  @AfterEach
  void stop() throws Exception {
    app.stop();
    workspace.close();
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void healthReportsStatusCountsAndVersion() throws Exception {
    HttpResponse<String> r = get("/api/health");
    assertEquals(200, r.statusCode());
    assertEquals("application/json;charset=utf-8", r.headers().firstValue("Content-Type").orElse("").replace(" ", "").toLowerCase());
    JsonNode body = Json.MAPPER.readTree(r.body());
    assertEquals("ok", body.get("status").asText());
    assertTrue(body.get("plans").isIntegralNumber());
    assertTrue(body.get("measures").isIntegralNumber());
    assertTrue(body.hasNonNull("version"));
    assertTrue(body.has("reparse"), "null unless a background re-parse ran: " + body);
  }

  @Test
  void unknownApiPathIsJson404() throws Exception {
    HttpResponse<String> r = get("/api/no-such-thing");
    assertEquals(404, r.statusCode());
    JsonNode body = Json.MAPPER.readTree(r.body());
    assertEquals("not_found", body.get("error").asText());
    assertTrue(body.get("message").asText().contains("/api/no-such-thing"));
  }

  @Test
  void unknownPagePathIsAnHtml404PointingHome() throws Exception {
    HttpResponse<String> r = get("/no-such-page");
    assertEquals(404, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), r.headers().toString());
    assertTrue(r.body().contains("href=\"/\""), r.body());
  }

  @Test
  void frontEndFilesDeclareUtf8() throws Exception {
    for (String path : new String[] {"/", "/index.html", "/js/app.js", "/css/app.css"}) {
      HttpResponse<String> r = get(path);
      assertEquals(200, r.statusCode(), path);
      String type = r.headers().firstValue("Content-Type").orElse("").replace(" ", "").toLowerCase();
      assertTrue(type.endsWith(";charset=utf-8"), path + " -> " + type);
    }
  }
}
