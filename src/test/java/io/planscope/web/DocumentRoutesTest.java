package io.planscope.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.planscope.app.AdminToken;
import io.planscope.app.DataDir;
import io.planscope.app.Workspace;
import io.planscope.corpus.TestDisks;
import io.planscope.corpus.TestPlans;
import io.planscope.json.Json;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentRoutesTest {
  static final String TOKEN = "test-token-0123456789";
  @TempDir Path data;
  private Workspace workspace;
  private Javalin app;

  private UploadClient start(Path dataRoot, AdminToken token, boolean privateReads, long maxBytes) throws Exception {
    return start(DataDir.at(dataRoot), token, privateReads, maxBytes);
  }

  private UploadClient start(DataDir dataDir, AdminToken token, boolean privateReads, long maxBytes) throws Exception {
    workspace = Workspace.open(dataDir, TestPlans::parse);
    app = WebServer.create(workspace, new WebOptions(token, privateReads, maxBytes)).start("127.0.0.1", 0);
    return new UploadClient(app.port(), TOKEN);
  }

  private UploadClient start() throws Exception {
    return start(data, new AdminToken(Optional.of(TOKEN), "the test", false), false, 1 << 20);
  }

  @AfterEach
  void stop() throws Exception {
    if (app != null) app.stop();
    if (workspace != null) workspace.close();
  }

  private static JsonNode json(HttpResponse<String> r) throws Exception {
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.toString());
    return Json.MAPPER.readTree(r.body());
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void rawUploadIsCreatedThenAnExactDuplicateGivesTheSameIds() throws Exception {
    UploadClient c = start();
    byte[] body = utf8(TestPlans.planText("西湖", 3));
    HttpResponse<String> r = c.raw("西湖.txt", "text/plain; charset=utf-8", body);
    assertEquals(201, r.statusCode(), r.body());
    JsonNode doc = json(r).get("documents").get(0);
    assertEquals("西湖.txt", doc.get("filename").asText());
    JsonNode plan = doc.get("plans").get(0);
    assertEquals("西湖区教育局2024年工作计划", plan.get("title").asText());
    assertEquals(2024, plan.get("year").asInt());
    assertEquals("330106", plan.get("region").get("code").asText());
    assertTrue(doc.get("warnings").isArray());
    HttpResponse<String> again = c.raw("copy.txt", "text/plain", body);
    assertEquals(200, again.statusCode(), again.body());
    JsonNode dup = json(again).get("documents").get(0);
    assertEquals(doc.get("id"), dup.get("id"));
    assertEquals(plan.get("id"), dup.get("plans").get(0).get("id"));
    assertEquals("duplicate", dup.get("status").asText());
  }

  @Test
  void anUploadAnswersWithThePlansItStoredWithoutReadingThemBack() throws Exception {
    UploadClient c = start();
    long reads = workspace.store().planReads();
    byte[] body = utf8(TestPlans.planText("滨江", 2) + "\n=====\n" + TestPlans.planText("萧山", 1));
    HttpResponse<String> r = c.raw("两篇.txt", "text/plain; charset=utf-8", body);
    assertEquals(201, r.statusCode(), r.body());
    JsonNode plans = json(r).get("documents").get(0).get("plans");
    assertEquals(2, plans.size(), r.body());
    assertEquals("滨江区教育局2024年工作计划", plans.get(0).get("title").asText());
    assertEquals("萧山区教育局2024年工作计划", plans.get(1).get("title").asText());
    assertEquals(reads, workspace.store().planReads(), "indexed and answered from the plans just stored");
  }

  @Test
  void uploadedFileNamesLoseBidiControls() throws Exception {
    UploadClient c = start();
    // shown as "西湖txt.exe" reversed: an RTL override disguises the real extension
    HttpResponse<String> raw = c.raw("西湖\u202Eexe.txt", "text/plain", utf8(TestPlans.planText("西湖", 1)));
    assertEquals(201, raw.statusCode(), raw.body());
    assertEquals("西湖exe.txt", json(raw).get("documents").get(0).get("filename").asText());
    HttpResponse<String> part =
        c.multipart(Map.of("\u2067余杭\u2069\u200F.txt", utf8(TestPlans.planText("余杭", 2))));
    assertEquals(201, part.statusCode(), part.body());
    assertEquals("余杭.txt", json(part).get("documents").get(0).get("filename").asText());
  }

  @Test
  void multipartTakesSeveralFilesAndZips() throws Exception {
    UploadClient c = start();
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("a.txt", utf8(TestPlans.planText("上城", 1)));
    files.put("b.zip", zip(Map.of("c.txt", utf8(TestPlans.planText("拱墅", 2)))));
    HttpResponse<String> r = c.multipart(files);
    assertEquals(201, r.statusCode(), r.body());
    JsonNode docs = json(r).get("documents");
    assertEquals(2, docs.size());
    assertEquals("c.txt", docs.get(1).get("filename").asText());
    workspace.refresh();
    assertEquals(2, workspace.stats().plans());
  }

  @Test
  void writesNeedTheRightTokenAndFailuresAreRateLimited() throws Exception {
    start();
    UploadClient none = new UploadClient(app.port(), null);
    UploadClient wrong = new UploadClient(app.port(), "nope");
    byte[] body = utf8(TestPlans.planText("滨江", 1));
    HttpResponse<String> r = none.raw("a.txt", "text/plain", body);
    assertEquals(401, r.statusCode());
    assertEquals("unauthorized", json(r).get("error").asText());
    assertTrue(json(r).get("message").asText().contains("Authorization: Bearer"));
    assertEquals(401, wrong.delete("/api/plans/p000000000000").statusCode());
    // A request without a token is not an attempt; each wrong token is.
    for (int i = 1; i < AdminGuard.MAX_FAILURES; i++) assertEquals(401, wrong.raw("a.txt", "text/plain", body).statusCode());
    HttpResponse<String> limited = wrong.raw("a.txt", "text/plain", body);
    assertEquals(429, limited.statusCode());
    assertTrue(limited.headers().firstValue("Retry-After").isPresent());
    assertTrue(workspace.store().isEmpty());
    // The right token is never limited: behind a proxy the guesser's address is everyone's.
    assertEquals(201, new UploadClient(app.port(), TOKEN).raw("a.txt", "text/plain", body).statusCode());
  }

  @Test
  void privateModePageLoadsAreNotAttemptsAndTheRightTokenIsNeverLimited() throws Exception {
    Path tokenFile = data.resolve("admin.token");
    start(data, new AdminToken(Optional.of(TOKEN), tokenFile.toString(), false), true, 1 << 20);
    UploadClient anonymous = new UploadClient(app.port(), null);
    UploadClient right = new UploadClient(app.port(), TOKEN);
    for (int i = 0; i < 3 * AdminGuard.MAX_FAILURES; i++) {
      HttpResponse<String> r = anonymous.get("/api/search?q=x");
      assertEquals(401, r.statusCode(), "page load " + (i + 1));
      assertFalse(r.body().contains(tokenFile.toString()) || r.body().contains("admin.token"), r.body());
    }
    UploadClient wrong = new UploadClient(app.port(), "nope");
    for (int i = 0; i < AdminGuard.MAX_FAILURES; i++) {
      HttpResponse<String> r = wrong.get("/api/search?q=x");
      assertEquals(401, r.statusCode());
      assertFalse(r.body().contains(tokenFile.toString()) || r.body().contains("admin.token"), r.body());
    }
    assertEquals(429, wrong.get("/api/search?q=x").statusCode());
    assertEquals(200, right.get("/api/search?q=x").statusCode());
  }

  @Test
  void refusedWritesDoNotTellWhereTheTokenLives() throws Exception {
    Path tokenFile = data.resolve("admin.token");
    UploadClient c = start(data, AdminToken.none("nowhere (" + tokenFile + ": Read-only file system)"), false, 1 << 20);
    HttpResponse<String> r = c.raw("a.txt", "text/plain", utf8(TestPlans.planText("萧山", 1)));
    assertEquals(403, r.statusCode());
    assertFalse(r.body().contains(tokenFile.toString()), r.body());
  }

  @Test
  void withoutAConfiguredTokenWritesAreRefused() throws Exception {
    UploadClient c = start(data, AdminToken.none("test"), false, 1 << 20);
    HttpResponse<String> r = c.raw("a.txt", "text/plain", utf8(TestPlans.planText("萧山", 1)));
    assertEquals(403, r.statusCode());
    assertEquals("writes_disabled", json(r).get("error").asText());
  }

  @Test
  void privateModeGuardsReadsButNotHealth() throws Exception {
    start(data, new AdminToken(Optional.of(TOKEN), "the test", false), true, 1 << 20);
    UploadClient anonymous = new UploadClient(app.port(), null);
    assertEquals(401, anonymous.get("/api/plans/p000000000000").statusCode());
    assertEquals(200, anonymous.get("/api/health").statusCode());
    assertEquals(404, new UploadClient(app.port(), TOKEN).get("/api/plans/p000000000000").statusCode());
  }

  @Test
  void badRequestsGetClearJsonErrors() throws Exception {
    UploadClient c = start();
    HttpResponse<String> noName = c.send(c.request("/api/documents").header("Content-Type", "text/plain")
        .POST(HttpRequest.BodyPublishers.ofString("x")).build());
    assertEquals(400, noName.statusCode());
    assertTrue(json(noName).get("message").asText().contains("?filename="));
    HttpResponse<String> noFile = c.multipart(Map.of());
    assertEquals(400, noFile.statusCode(), noFile.body());
    HttpResponse<String> exe = c.raw("setup.exe", "application/octet-stream", new byte[] {'M', 'Z'});
    assertEquals(415, exe.statusCode());
    assertTrue(json(exe).get("message").asText().contains("'setup.exe'"));
    HttpResponse<String> binary = c.raw("a.txt", "text/plain", new byte[] {1, 0, 2, 0});
    assertEquals(422, binary.statusCode());
    assertEquals("not_text", json(binary).get("error").asText());
    HttpResponse<String> empty = c.raw("b.txt", "text/plain", utf8("\n \n"));
    assertEquals(422, empty.statusCode());
    assertEquals("no_plan", json(empty).get("error").asText());
    assertTrue(workspace.store().isEmpty(), "failed uploads are not kept");
  }

  @Test
  void oversizedUploadsAndZipBombsAre413() throws Exception {
    UploadClient c = start();
    HttpResponse<String> big = c.raw("big.txt", "text/plain", new byte[(1 << 20) + 1]);
    assertEquals(413, big.statusCode());
    assertEquals("too_large", json(big).get("error").asText());
    HttpResponse<String> bigPart = c.multipart(Map.of("big.txt", new byte[(1 << 20) + 10]));
    assertEquals(413, bigPart.statusCode(), bigPart.body());
    // Far more than the socket buffers hold: the body is read and dropped, and the 413 with its message arrives.
    HttpResponse<String> huge = c.raw("huge.txt", "text/plain", new byte[12 << 20]);
    assertEquals(413, huge.statusCode());
    assertTrue(json(huge).get("message").asText().contains("limit of"), huge.body());
    byte[] bomb = zip(Map.of("zeros.txt", new byte[50 << 20])); // ~50 KB holding 50 MB
    assertTrue(bomb.length < 1 << 20);
    HttpResponse<String> r = c.raw("bomb.zip", "application/zip", bomb);
    assertEquals(413, r.statusCode(), r.body());
    assertTrue(json(r).get("message").asText().contains("zip bomb"));
    Map<String, byte[]> many = new LinkedHashMap<>();
    for (int i = 0; i <= 2000; i++) many.put(i + ".txt", new byte[] {'x'});
    HttpResponse<String> crowded = c.raw("many.zip", "application/zip", zip(many));
    assertEquals(413, crowded.statusCode(), crowded.body());
    assertTrue(json(crowded).get("message").asText().contains("more than 2000 files"));
    assertTrue(workspace.store().isEmpty());
  }

  @Test
  void originalsAreServedAsSafeDownloads() throws Exception {
    UploadClient c = start();
    String page = "<html><body><script>alert(1)</script>" + TestPlans.planText("临安", 1) + "</body></html>";
    byte[] bytes = utf8(page);
    // The test parser reads .txt only, so store the page under a .txt name and check .html via a stored doc below.
    JsonNode doc = json(c.raw("page.txt", "text/plain; charset=utf-8", bytes)).get("documents").get(0);
    HttpResponse<byte[]> r = c.sendBytes(c.request("/api/documents/" + doc.get("id").asText() + "/original").build());
    assertEquals(200, r.statusCode());
    assertArrayEquals(bytes, r.body());
    assertEquals("text/plain;charset=utf-8", r.headers().firstValue("Content-Type").orElse("").replace(" ", "").toLowerCase());
    assertTrue(r.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment; filename=\"page.txt\""));
    assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("sandbox"));
    String planId = doc.get("plans").get(0).get("id").asText();
    HttpResponse<byte[]> viaPlan = c.sendBytes(c.request("/api/plans/" + planId + "/original").build());
    assertArrayEquals(bytes, viaPlan.body());
    assertEquals(404, c.get("/api/documents/0000000000000000/original").statusCode());
  }

  @Test
  void htmlIsNeverServedAsHtml() {
    var doc = new io.planscope.corpus.StoredDocument("0123456789abcdef", "页面.html", "text/html; charset=GBK", 3, List.of(), List.of());
    assertEquals("text/plain; charset=gbk", Originals.safeType(doc));
    assertEquals("attachment; filename=\"__.html\"; filename*=UTF-8''%E9%A1%B5%E9%9D%A2.html", Originals.disposition("页面.html"));
  }

  @Test
  void planComesFromTheStoreWithSourcesOutlineAndMeasures() throws Exception {
    UploadClient c = start();
    String planId = json(c.raw("a.txt", "text/plain", utf8(TestPlans.planText("富阳", 2)))).get("documents").get(0)
        .get("plans").get(0).get("id").asText();
    c.raw("b.txt", "text/plain", utf8("\n" + TestPlans.planText("富阳", 2)));
    JsonNode plan = json(c.get("/api/plans/" + planId));
    assertEquals(planId, plan.get("id").asText());
    assertEquals(2, plan.get("measures").size());
    assertEquals(planId + "-m1", plan.get("measures").get(0).get("id").asText());
    assertEquals("tasks", plan.get("sections").get(0).get("type").asText());
    assertEquals(2, plan.get("sources").size());
    assertEquals("upload:a.txt", plan.get("sources").get(0).get("uri").asText());
    assertTrue(plan.get("sources").get(0).get("fetchedAt").asText().endsWith("Z"));
    HttpResponse<String> missing = c.get("/api/plans/p000000000000");
    assertEquals(404, missing.statusCode());
    assertEquals("not_found", json(missing).get("error").asText());
  }

  @Test
  void deletesRemovePlansAndDocuments() throws Exception {
    UploadClient c = start();
    JsonNode doc = json(c.raw("a.txt", "text/plain",
        utf8(TestPlans.planText("桐庐", 1) + "\n=====\n" + TestPlans.planText("建德", 1)))).get("documents").get(0);
    String first = doc.get("plans").get(0).get("id").asText();
    HttpResponse<String> r = c.delete("/api/plans/" + first);
    assertEquals(200, r.statusCode(), r.body());
    assertEquals(404, c.get("/api/plans/" + first).statusCode());
    assertEquals(404, c.delete("/api/plans/" + first).statusCode());
    HttpResponse<String> d = c.delete("/api/documents/" + doc.get("id").asText());
    assertEquals(200, d.statusCode(), d.body());
    assertEquals(1, json(d).get("removedPlans").size());
    workspace.refresh();
    assertEquals(0, workspace.stats().plans());
    assertEquals(404, c.get("/api/documents/" + doc.get("id").asText() + "/original").statusCode());
  }

  @Test
  void deletingADocumentsOnlyPlanStopsServingItsOriginalAndAReuploadBringsThePlanBack() throws Exception {
    UploadClient c = start();
    byte[] bytes = utf8(TestPlans.planText("淳安", 1));
    JsonNode doc = json(c.raw("a.txt", "text/plain", bytes)).get("documents").get(0);
    String docId = doc.get("id").asText();
    String plan = doc.get("plans").get(0).get("id").asText();
    JsonNode deleted = json(c.delete("/api/plans/" + plan));
    assertEquals(404, c.get("/api/documents/" + docId + "/original").statusCode());
    assertEquals(404, c.get("/api/plans/" + plan + "/original").statusCode());
    assertEquals("[\"" + docId + "\"]", String.valueOf(deleted.get("removedDocuments")));
    HttpResponse<String> again = c.raw("a.txt", "text/plain", bytes);
    assertEquals(201, again.statusCode(), again.body());
    assertEquals(plan, json(again).get("documents").get(0).get("plans").get(0).get("id").asText());
    assertEquals(200, c.get("/api/plans/" + plan).statusCode());
    assertEquals(200, c.get("/api/documents/" + docId + "/original").statusCode());
  }

  @Test
  void aPlanDeletedFromADocumentWithOtherPlansComesBackWhenTheFileIsUploadedAgain() throws Exception {
    UploadClient c = start();
    byte[] bytes = utf8(TestPlans.planText("桐庐", 1) + "\n=====\n" + TestPlans.planText("建德", 1));
    JsonNode doc = json(c.raw("a.txt", "text/plain", bytes)).get("documents").get(0);
    String docId = doc.get("id").asText();
    String first = doc.get("plans").get(0).get("id").asText();
    JsonNode deleted = json(c.delete("/api/plans/" + first));
    // The other plan still cites the original, so it is still served.
    assertEquals(200, c.get("/api/documents/" + docId + "/original").statusCode());
    HttpResponse<String> again = c.raw("copy.txt", "text/plain", bytes);
    assertEquals(201, again.statusCode(), again.body());
    assertEquals("imported", json(again).get("documents").get(0).get("status").asText());
    assertEquals(200, c.get("/api/plans/" + first).statusCode());
    assertEquals(List.of(), workspace.store().deletedPlans(docId));
    workspace.refresh();
    assertEquals(2, workspace.stats().plans());
    assertEquals("[]", String.valueOf(deleted.get("removedDocuments")));
  }

  @Test
  void readOnlyDataDirectoryGives503AndLeavesNothingHalfWritten() throws Exception {
    Optional<TestDisks> disk = TestDisks.readOnlyCapable(data.resolve("disk"));
    assumeTrue(disk.isPresent(), "needs mount rights or a non-root user");
    try (TestDisks d = disk.get()) {
      // The store on the small disk; the index (which holds its lock file open) beside it.
      DataDir dir = new DataDir(data, d.dir().resolve("store"), data.resolve("index"), data.resolve("admin.token"));
      UploadClient c = start(dir, new AdminToken(Optional.of(TOKEN), "the test", false), false, 1 << 20);
      assertEquals(201, c.raw("a.txt", "text/plain", utf8(TestPlans.planText("淳安", 1))).statusCode());
      workspace.commit();
      List<String> before = files(d.dir());
      d.makeReadOnly();
      HttpResponse<String> r = c.raw("b.txt", "text/plain", utf8(TestPlans.planText("建德", 1)));
      assertTrue(r.statusCode() == 503 || r.statusCode() == 507, r.body());
      assertEquals("store_unavailable", json(r).get("error").asText());
      assertTrue(json(r).get("message").asText().contains("read-only"), r.body());
      assertEquals(before, files(d.dir()));
      d.makeWritable();
    }
  }

  private static List<String> files(Path dir) throws Exception {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).filter(p -> !p.toString().contains("/index/"))
          .map(p -> dir.relativize(p).toString()).sorted().toList();
    }
  }

  static byte[] zip(Map<String, byte[]> entries) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
      }
    }
    return out.toByteArray();
  }
}
