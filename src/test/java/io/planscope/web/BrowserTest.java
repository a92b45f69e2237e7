package io.planscope.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.planscope.app.AdminToken;
import io.planscope.app.DataDir;
import io.planscope.app.Workspace;
import io.planscope.ingest.SourceFormat;
import io.planscope.json.Json;
import io.planscope.text.Fold;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Drives Debian's chromium over the demo corpus the way a researcher would: search, filter, open a plan, similar
 * measures, a diff, a plan comparison, the concordance and the trend, an upload of a hostile document. Asserts what a
 * person sees and saves one screenshot per view under target/screenshots/.
 */
@Tag("browser")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SHOTS = Path.of("target", "screenshots");
  private static final Pattern FOUND = Pattern.compile("找到 (\\d+) 条措施，分布在 (\\d+) 份计划中");
  // A word every demo plan uses; -Dplanscope.browser.word and -Dplanscope.browser.base point the test at another
  // corpus or an already running server (for working on the front end alone).
  private static final String WORD = System.getProperty("planscope.browser.word", "学校");
  private static final String EXTERNAL = System.getProperty("planscope.browser.base");
  private static final String TOKEN = "browser-test-token";

  @TempDir static Path data;
  private static Workspace workspace;
  private static Javalin app;
  private static WebDriver driver;
  private static WebDriverWait wait;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER), "chromium and chromedriver not installed");
    if (EXTERNAL == null) {
      workspace = Workspace.open(DataDir.at(data));
      workspace.importDemoIfEmpty(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
      AdminToken token = new AdminToken(Optional.of(TOKEN), "the browser test", false);
      app = WebServer.create(workspace, new WebOptions(token, false, WebOptions.DEFAULT_MAX_UPLOAD)).start("127.0.0.1", 0);
    }
    Files.createDirectories(SHOTS);
    driver = chrome();
    wait = new WebDriverWait(driver, Duration.ofSeconds(15));
  }

  static WebDriver chrome() throws Exception {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toString());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
        "--window-size=1280,1000", "--user-data-dir=" + Files.createTempDirectory("planscope-chrome"));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    return new ChromeDriver(service, options);
  }

  @AfterAll
  static void stop() throws Exception {
    if (driver != null) driver.quit();
    if (app != null) app.stop();
    if (workspace != null) workspace.close();
  }

  // ---- helpers ----

  private static String base() {
    return EXTERNAL != null ? EXTERNAL : "http://127.0.0.1:" + app.port() + "/";
  }

  private static void open(String hash) {
    driver.get(base() + hash);
  }

  private static JsonNode api(String pathAndQuery) throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base() + pathAndQuery.substring(1))).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), pathAndQuery + " -> " + r.body());
    return Json.MAPPER.readTree(r.body());
  }

  /** The body of a link the page offers (a download), fetched with a plain HTTP client. */
  private static String fetch(String url) throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), url + " -> " + r.body());
    return r.body();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static WebElement visible(String css) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  private static List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  /** Waits until the view finished loading (the shell clears aria-busy). */
  private static void settled() {
    wait.until(d -> "false".equals(d.findElement(By.id("view")).getAttribute("aria-busy")));
  }

  private static void shot(String name) throws Exception {
    File f = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
    Files.copy(f.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  private static int[] found() {
    Matcher m = FOUND.matcher(visible("#summary").getText());
    assertTrue(m.find(), "summary line reads: " + driver.findElement(By.id("summary")).getText());
    return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
  }

  /** A measure with a similar measure in another plan (with a score below 1 when there is one). */
  private static JsonNode similarPair() throws Exception {
    JsonNode hits = api("/api/search?q=" + enc(WORD) + "&size=50").get("hits");
    JsonNode fallback = null;
    for (JsonNode hit : hits) {
      String id = hit.get("measureId").asText();
      JsonNode similar = api("/api/measures/" + id + "/similar?limit=5").get("similar");
      for (JsonNode s : similar) {
        JsonNode pair = Json.MAPPER.createObjectNode().put("a", id).put("aPlan", hit.get("planId").asText())
            .put("b", s.get("measureId").asText()).put("bPlan", s.get("planId").asText());
        if (s.get("score").asDouble() < 0.999) return pair;
        if (fallback == null) fallback = pair;
      }
    }
    assertNotNull(fallback, "no measure with a similar measure in the demo corpus");
    return fallback;
  }

  // ---- the walk through ----

  @Test
  @Order(1)
  void searchShowsHighlightedHitsAndCounts() throws Exception {
    open("#/search");
    WebElement box = visible("input[type=search]");
    long started = System.nanoTime();
    box.sendKeys(WORD, Keys.ENTER);
    visible(".hit");
    settled();
    long ms = (System.nanoTime() - started) / 1_000_000;
    System.out.println("BrowserTest: first results visible " + ms + " ms after typing started; the search request took "
        + driver.findElement(By.id("view")).getAttribute("data-ms") + " ms in the page");
    int[] counts = found();
    JsonNode body = api("/api/search?q=" + enc(WORD));
    assertEquals(body.get("total").asInt(), counts[0]);
    assertEquals(body.get("plans").asInt(), counts[1]);
    assertTrue(counts[0] > 0 && counts[1] > 0);
    List<WebElement> marks = all(".hit .snippet mark");
    assertFalse(marks.isEmpty(), "no highlighted text in the snippets");
    assertTrue(marks.stream().anyMatch(m -> m.getText().contains(WORD.substring(0, 1))), "marks do not show the query");
    assertFalse(all(".hit .badge").isEmpty(), "hits carry badges");
    assertTrue(ms < 5000, "first results took " + ms + " ms");
    shot("01-search");
  }

  @Test
  @Order(2)
  void facetNarrowsToItsCount() throws Exception {
    WebElement year = visible(".facet[data-facet=year] .facet-value");
    int expected = Integer.parseInt(year.findElement(By.cssSelector(".count")).getText().trim());
    String value = year.findElement(By.cssSelector("input")).getAttribute("value");
    year.findElement(By.cssSelector("input")).click();
    wait.until(ExpectedConditions.urlContains("year=" + value));
    settled();
    assertEquals(expected, found()[0], "the facet count and the filtered total differ");
    assertTrue(visible(".facet[data-facet=year] input[value='" + value + "']").isSelected());
    for (WebElement badge : all(".hit .b-year")) assertEquals(value, badge.getText());
    shot("02-search-facet");
    driver.navigate().back();
    wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("year=")));
    settled();
    assertTrue(found()[0] >= expected, "back did not restore the unfiltered results");
  }

  @Test
  @Order(3)
  void planShowsOutlineCitationAndOriginal() throws Exception {
    visible(".hit h3 a").click();
    visible("article.plan h1");
    settled();
    assertFalse(all(".outline .measure").isEmpty(), "the outline shows measures");
    wait.until(d -> visible("#citation").getText().contains("[EB/OL]"));
    assertTrue(visible("#cite-ris").getAttribute("href").contains("/cite?format=ris"));
    assertTrue(visible("#cite-csl").getAttribute("href").contains("format=csl-json"));
    assertFalse(driver.findElements(By.xpath("//a[contains(., '原文存档')]")).isEmpty(), "no 原文存档 link");
    visible(".measure.focused");
    shot("03-plan");
    // Arrived from a search: its word is marked in the plan; the find box marks any other wording.
    assertFalse(all(".outline mark.q").isEmpty(), "the search word is marked in the plan");
    assertTrue(visible("#query-marks").getText().contains(WORD), visible("#query-marks").getText());
    String other = visible(".measure.focused .mtext").getText().substring(0, 2);
    visible("#plan-find").sendKeys(other);
    wait.until(d -> !d.findElements(By.cssSelector(".outline mark.find")).isEmpty());
    assertTrue(visible("#find-count").getText().matches(".*\\d+.*"), visible("#find-count").getText());
    visible("#plan-find").sendKeys(org.openqa.selenium.Keys.ENTER);
    wait.until(ExpectedConditions.textMatches(By.id("find-count"), java.util.regex.Pattern.compile("第 1 / \\d+ 处")));
    shot("03b-plan-find");
  }

  @Test
  @Order(4)
  void measureShowsSimilarWithSharedPassagesAndLineage() throws Exception {
    JsonNode pair = similarPair();
    open("#/measure/" + pair.get("a").asText());
    visible(".similar");
    settled();
    assertFalse(all(".similar .score-fill").isEmpty(), "score bars");
    assertFalse(all(".similar mark.shared").isEmpty(), "shared passages highlighted");
    assertTrue(visible("#lineage, #measure-text").isDisplayed());
    String csvUrl = visible("#similar-csv").getAttribute("href");
    HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(csvUrl)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertTrue(csv.body().startsWith("\uFEFFmeasureId,planId,"), "the similar measures as CSV: " + csv.body());
    assertEquals(all(".similar").size(), csv.body().split("\r\n").length - 1, "one row per similar measure");
    JsonNode measure = api("/api/measures/" + pair.get("a").asText());
    assertEquals(measure.get("title").asText(), visible("#measure-plan").getText(), "headed by its plan");
    shot("04-measure");
    visible(".similar .diff-btn").click();
    visible("#similarity");
    settled();
    assertTrue(visible("#similarity").getText().matches("(?s).*\\d+(\\.\\d)?%.*"));
    assertFalse(visible("#diff-a").getText().isBlank());
    assertFalse(visible("#diff-b").getText().isBlank());
    shot("05-diff-measures");
  }

  @Test
  @Order(5)
  void pastedTextsDiffInRedAndBlueWithNumbersEmphasised() throws Exception {
    open("#/diff?ta=" + enc("到2024年，建成示范校1800个，覆盖率达到90%。") + "&tb=" + enc("到2025年，建成示范校2400个，覆盖率达到95%。"));
    WebElement del = visible("#diff-a del.d-del");
    WebElement ins = visible("#diff-b ins.d-ins");
    settled();
    assertEquals("line-through", ((JavascriptExecutor) driver)
        .executeScript("return getComputedStyle(arguments[0]).textDecorationLine", del));
    assertEquals("underline", ((JavascriptExecutor) driver)
        .executeScript("return getComputedStyle(arguments[0]).textDecorationLine", ins));
    assertTrue(del.getCssValue("color").startsWith("rgba(179, 38, 30"), "deletions are red: " + del.getCssValue("color"));
    assertTrue(ins.getCssValue("color").startsWith("rgba(26, 86, 196"), "insertions are blue: " + ins.getCssValue("color"));
    assertFalse(all("#diff-a del strong.num, #diff-b ins strong.num").isEmpty(), "changed numbers emphasised");
    // The legend's number example is this diff's own first changed number, not a fixed one.
    String from = visible(".legend del strong.num").getText();
    String to = visible(".legend ins strong.num").getText();
    assertTrue(List.of("2024", "1800", "90%").contains(from) && List.of("2025", "2400", "95%").contains(to), from + "→" + to);
    shot("06-diff-texts");
    open("#/diff?ta=" + enc("加强校园安全管理。") + "&tb=" + enc("加强校园食品安全管理。"));
    visible("#diff-b ins.d-ins");
    settled();
    assertTrue(all(".legend strong.num").isEmpty(), "no number example when no number changed");
  }

  @Test
  @Order(6)
  void comparePlansShowsSummaryRowsAndChangesFilter() throws Exception {
    // With no plan chosen the view lists each bureau's latest two years; take the first.
    open("#/compare");
    visible("#latest-pairs a").click();
    wait.until(ExpectedConditions.urlContains("b="));
    visible(".pair");
    settled();
    int sum = 0;
    for (WebElement n : all("#compare-summary strong[data-status]")) sum += Integer.parseInt(n.getText());
    assertEquals(all(".pair").size(), sum, "summary counts add up to the rows");
    assertFalse(all(".summary-bar span").isEmpty(), "summary bar");
    shot("07-compare");
    visible("#only-changes").click();
    wait.until(ExpectedConditions.urlContains("changes=1"));
    settled();
    assertTrue(all(".pair.st-same").isEmpty(), "only changes still shows same rows");
    // CHAINS.md: 西湖区 2023 → 2024 renames 工作目标 to 目标任务 and merges two measures into 深化“双减”工作.
    String a = planId("杭州市西湖区教育局2023年工作计划");
    String b = planId("杭州市西湖区教育局2024年工作计划");
    open("#/compare?a=" + a + "&b=" + b);
    visible(".pair");
    settled();
    assertTrue(visible("#renamed-headings").getText().contains("目标任务"), "the rename is listed");
    assertTrue(visible("#compare-csv").getAttribute("href").contains("format=csv"), "the comparison as CSV");
    assertTrue(visible(".pair.st-merged").getText().contains("深化“双减”工作"), "the merge is paired");
    shot("07b-compare-rename-merge");
    // The issuer's years as a chain: 2022 → 2023 → 2024, CHAINS.md's three plans of 西湖区.
    visible("#chain-link").click();
    visible("#chain-trails tbody tr");
    settled();
    assertEquals(2, all("#chain-steps li.chain-step").size(), "two steps for three years");
    assertEquals(List.of("2022", "2023", "2024"), all("#chain-trails thead th a").stream().map(WebElement::getText)
        .toList());
    shot("07d-chain");
    // The issuer and publish-date facets, and a hit carrying both.
    open("#/search?q=" + enc("issuer:杭州市西湖区教育局"));
    visible(".hit .b-issuer");
    settled();
    assertTrue(visible(".hit .b-issuer").getText().contains("杭州市西湖区教育局"));
    assertTrue(visible("fieldset.facet[data-facet='issuer'] legend").getText().contains("发文机关"));
    assertFalse(all("fieldset.facet[data-facet='published'] input").isEmpty(), "publish months to pick");
    assertTrue(visible(".hit .b-published").getText().matches(".*\\d{4}-\\d{2}-\\d{2}"));
    // The exports behind the links, fetched as a user's download would be: one RIS record per plan found, and the
    // search CSV with the issuer and publish date of each row.
    int plans = api("/api/search?q=" + enc("issuer:杭州市西湖区教育局")).get("plans").asInt();
    String ris = fetch(visible("#cite-search-ris").getAttribute("href"));
    assertEquals(plans, ris.split("ER  - ", -1).length - 1, "one RIS record per plan: " + ris);
    assertTrue(ris.contains("AU  - 杭州市西湖区教育局"), ris);
    String csv = fetch(visible("a[download='planscope-search.csv']").getAttribute("href"));
    List<String> header = List.of(csv.substring(1, csv.indexOf("\r\n")).split(","));
    assertTrue(header.containsAll(List.of("published", "issuer", "source", "original")), header.toString());
    String[] rows = csv.split("\r\n");
    assertTrue(rows.length > 1, "the CSV lists the hits: " + csv);
    for (String row : rows) {
      if (!row.startsWith("\uFEFF")) assertTrue(row.contains("杭州市西湖区教育局"), row);
    }
    shot("07c-issuer-facet");
    // A server error in the Chinese page: the point in Chinese first, the server's exact words below it.
    open("#/search?q=" + enc("colour:red"));
    assertTrue(visible(".error-explained").getText().contains("查询的写法有误"));
    assertTrue(visible(".error-message").getText().contains("colour"));
  }

  private static String planId(String title) throws Exception {
    JsonNode groups = api("/api/search?unit=plan&size=50&q=" + enc("\"" + title + "\"")).get("groups");
    for (JsonNode g : groups) if (g.get("title").asText().equals(title)) return g.get("planId").asText();
    throw new AssertionError("no plan titled " + title);
  }

  @Test
  @Order(7)
  void concordanceAlignsThePhraseAndSorts() throws Exception {
    open("#/kwic?q=" + enc(WORD));
    visible("#kwic tbody tr");
    settled();
    List<WebElement> phrases = all("#kwic td.kw a");
    assertFalse(phrases.isEmpty());
    // The phrase is found in folded text, so a traditional original lines up as 學校.
    // Punctuation inside a match does not break it (学、校), so compare without it.
    for (WebElement p : phrases) assertEquals(WORD, Fold.toSimplified(p.getText()).replaceAll("\\p{P}", ""));
    assertTrue(visible("a[download='planscope-kwic.csv']").getAttribute("href").contains("format=csv"));
    visible("#kwic th.right a").click();
    wait.until(ExpectedConditions.urlContains("sort=right"));
    visible("#kwic tbody tr");
    shot("08-kwic");
    // A heading's wording is lined up too, and marked as a heading; a filter in the query narrows it.
    open("#/kwic?q=" + enc("\"持续推进双减工作\""));
    visible("#kwic tbody tr");
    settled();
    assertFalse(all("#kwic .in-tag").isEmpty(), "heading lines are tagged");
    int everywhere = all("#kwic tbody tr").size();
    open("#/kwic?q=" + enc("\"持续推进双减工作\" region:浙江"));
    visible("#kwic tbody tr");
    settled();
    assertTrue(all("#kwic tbody tr").size() < everywhere, "region:浙江 keeps fewer lines");
    open("#/search?q=" + enc("\"持续推进双减工作\""));
    visible(".hit .where mark");
    shot("08b-heading-hit");
  }

  @Test
  @Order(8)
  void trendDrawsBarsAndProvinceTable() throws Exception {
    open("#/trend?q=" + enc(WORD));
    visible("#trend-chart svg");
    settled();
    assertFalse(all("#trend-chart rect.bar").isEmpty(), "chart bars");
    assertFalse(all("#trend-chart .tick").isEmpty(), "axis labels");
    assertFalse(all("#province-table tbody tr").isEmpty(), "province table");
    // Counted as the search counts, said so, with n of N beside every share; the exact wording is one click away.
    assertTrue(visible("#trend-summary").getText().contains(WORD));
    for (WebElement share : all("#year-table tbody td:last-child")) {
      assertTrue(share.getText().matches(".*%\\s*\\(\\d+/\\d+\\)"), share.getText());
    }
    assertTrue(visible("#trend-exact").getAttribute("href").contains(enc("\"" + WORD + "\"")));
    shot("09-trend");
  }

  /** The file picker and its message list the server's formats (GET /api/formats); others are refused up front. */
  @Test
  @Order(10)
  void uploadPickerOffersTheServersFormats() throws Exception {
    open("#/upload");
    WebElement files = visible("#upload-files");
    wait.until(d -> files.getDomAttribute("accept") != null);
    List<String> extensions = new ArrayList<>();
    for (SourceFormat f : SourceFormat.values()) f.extensions().forEach(e -> extensions.add("." + e));
    assertEquals(String.join(",", extensions), files.getDomAttribute("accept"));
    assertTrue(visible("#upload-help").getText().contains(String.join(" ", extensions)));
    Path doc = data.resolve("计划.doc");
    Files.write(doc, new byte[] {-48, -49, 17, -32});
    files.sendKeys(doc.toAbsolutePath().toString());
    visible(".upload-form button[type=submit]").click();
    String error = visible(".upload-out .error-message").getText();
    assertTrue(error.contains("计划.doc") && error.contains(".shtml"), error);
  }

  /** A writer pastes a reworded measure of the corpus and finds it as the first precedent, shared wording marked. */
  @Test
  @Order(9)
  void draftFindsItsPrecedentWithSharedWordingMarked() throws Exception {
    JsonNode pair = similarPair();
    String text = api("/api/measures/" + pair.get("a").asText()).get("text").asText();
    String draft = "我们将" + text.substring(0, Math.min(text.length(), 120)).replaceFirst("[0-9]+", "99");
    open("#/precedents");
    visible("#draft-text").sendKeys(draft);
    visible("#draft-scope").sendKeys("year:1949..2100");
    visible("#draft-submit").click();
    visible("#precedents .similar");
    settled();
    assertFalse(all("#precedents .similar mark.shared").isEmpty(), "shared wording marked in the precedents");
    assertFalse(all("#draft-marked mark.shared").isEmpty(), "shared wording marked in the draft");
    List<String> ids = all("#precedents .similar").stream().map(e -> e.getAttribute("data-measure")).toList();
    assertTrue(ids.contains(pair.get("a").asText()), "the measure the draft rewords is a precedent: " + ids);
    assertTrue(driver.getCurrentUrl().contains("text="), "the draft is kept in the URL: " + driver.getCurrentUrl());
    shot("09-precedents");
  }

  @Test
  @Order(10)
  void hostileUploadRendersAsText() throws Exception {
    String token = adminToken();
    assumeTrue(token != null, "no admin token configured");
    Path file = data.resolve("hostile.txt");
    Files.writeString(file, String.join("\n",
        "测试县教育局2024年工作要点",
        "一、主要任务",
        "（一）加强安全教育<script>window.__pwned=1</script>，开展应急演练。",
        "（二）规范办学行为<img src=x onerror=\"window.__pwned=2\">，落实主体责任。",
        "二、保障措施",
        "（一）加强组织领导。成立工作领导小组，统筹推进各项工作。"), StandardCharsets.UTF_8);
    open("#/upload");
    visible("#upload-files").sendKeys(file.toAbsolutePath().toString());
    // A saved page: where and when it was published, which the citation then names.
    String page = "https://jyj.example.gov.cn/art/2024/2/26/art_9.html";
    visible("#upload-source").sendKeys(page);
    ((JavascriptExecutor) driver).executeScript("arguments[0].value = '2024-02-26'", visible("#upload-published"));
    visible("#upload-token").sendKeys(token);
    visible(".upload-form button[type=submit]").click();
    WebElement planLink = visible("#upload-report a");
    assertTrue(visible("#upload-report .b-published").getText().contains("2024-02-26"));
    shot("10-upload-report");
    String planId = planLink.getAttribute("href").replaceAll(".*#/plan/", "");
    String citation = fetch(base() + "api/plans/" + planId + "/cite");
    assertTrue(citation.contains("(2024-02-26)") && citation.strip().endsWith(page), citation);
    planLink.click();
    visible("article.plan h1");
    settled();
    String text = driver.findElement(By.id("view")).getText();
    assertTrue(text.contains("<script>window.__pwned=1</script>"), "the script shows as text");
    assertTrue(text.contains("<img src=x onerror="), "the img shows as text");
    assertTrue(all("#view script, #view img").isEmpty(), "document text became elements");
    assertEquals(null, ((JavascriptExecutor) driver).executeScript("return window.__pwned ?? null"));
    shot("11-hostile-plan");
    open("#/search?q=" + enc("应急演练"));
    visible(".hit .snippet");
    settled();
    assertTrue(all("#view script, #view img").isEmpty());
    assertEquals(null, ((JavascriptExecutor) driver).executeScript("return window.__pwned ?? null"));
  }

  /** The in-process server's token, or an external server's from PLANSCOPE_TOKEN. */
  private static String adminToken() {
    return EXTERNAL == null ? TOKEN : System.getenv(AdminToken.ENV);
  }

  @Test
  @Order(11)
  void keyboardAndLanguageToggle() throws Exception {
    open("#/plan/none");
    settled();
    driver.findElement(By.tagName("body")).sendKeys("/");
    wait.until(d -> "search".equals(d.switchTo().activeElement().getAttribute("type")));
    visible("#lang-toggle").click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("nav"), "Search"));
    assertTrue(driver.getCurrentUrl().contains("lang=en"));
    shot("12-english");
    visible("#lang-toggle").click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("nav"), "检索"));
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
    open("#/search?q=" + enc(WORD));
    visible(".hit");
    settled();
    shot("13-phone-search");
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
  }

  /**
   * In English every facet is named, and its closed values and "unknown" labelled, as {@code GET /api/schema} says:
   * the page keeps no list of its own.
   */
  @Test
  @Order(11)
  void facetsAreLabelledFromTheSchemaInTheInterfaceLanguage() throws Exception {
    JsonNode schema = api("/api/schema");
    driver.get(base() + "?lang=en#/search?q=" + enc(WORD));
    visible(".hit");
    settled();
    int closed = 0;
    int unknown = 0;
    for (JsonNode d : schema.get("dimensions")) {
      List<WebElement> group = all(".facet[data-facet=" + d.get("facet").asText() + "]");
      if (group.isEmpty()) continue;
      assertEquals(d.get("label").get("en").asText(), group.get(0).findElement(By.tagName("legend")).getText());
      for (WebElement v : group.get(0).findElements(By.cssSelector(".facet-value"))) {
        String value = v.findElement(By.tagName("input")).getAttribute("value");
        String shown = v.findElement(By.cssSelector(".fv-label")).getAttribute("textContent");
        if (value.equals("unknown")) {
          assertEquals(schema.get("unknown").get("label").get("en").asText(), shown, d.get("name") + ":unknown");
          unknown++;
        }
        for (JsonNode known : d.get("values")) {
          if (!known.get("value").asText().equals(value)) continue;
          assertEquals(known.get("label").get("en").asText(), shown, d.get("name") + ":" + value);
          closed++;
        }
      }
    }
    assertTrue(closed > 0, "no level or section type among the facets");
    assertTrue(unknown > 0, "no unknown value among the facets (the demo has plans without a region)");
    shot("14-facets-english");
  }
}
