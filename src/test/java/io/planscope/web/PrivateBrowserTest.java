package io.planscope.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.javalin.Javalin;
import io.planscope.app.AdminToken;
import io.planscope.app.DataDir;
import io.planscope.app.Workspace;
import io.planscope.source.SourceDocument;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** {@code serve --private} in chromium: the page asks for the token once, keeps it for the tab, and searches work. */
@Tag("browser")
class PrivateBrowserTest {
  private static final String TOKEN = "private-browser-token";
  private static final String PLAN = String.join("\n",
      "测试县教育局2024年工作要点",
      "一、主要任务",
      "（一）加强安全教育，开展应急演练。",
      "（二）规范办学行为，落实主体责任。",
      "二、保障措施",
      "（一）加强组织领导。成立工作领导小组，统筹推进各项工作。");

  @TempDir static Path data;
  private static Workspace workspace;
  private static Javalin app;
  private static WebDriver driver;
  private static WebDriverWait wait;

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(Files.isExecutable(BrowserTest.CHROMIUM) && Files.isExecutable(BrowserTest.CHROMEDRIVER),
        "chromium and chromedriver not installed");
    workspace = Workspace.open(DataDir.at(data));
    workspace.importer().importDocument(new SourceDocument(
        PLAN.getBytes(StandardCharsets.UTF_8), "plan.txt", "test:plan.txt", null, Instant.EPOCH));
    workspace.refresh();
    AdminToken token = new AdminToken(Optional.of(TOKEN), "the private browser test", false);
    app = WebServer.create(workspace, new WebOptions(token, true, WebOptions.DEFAULT_MAX_UPLOAD)).start("127.0.0.1", 0);
    driver = BrowserTest.chrome();
    wait = new WebDriverWait(driver, Duration.ofSeconds(15));
  }

  @AfterAll
  static void stop() throws Exception {
    if (driver != null) driver.quit();
    if (app != null) app.stop();
    if (workspace != null) workspace.close();
  }

  private static WebElement visible(String css) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  @Test
  void asksForTheTokenOnceThenSearchWorks() {
    driver.get("http://127.0.0.1:" + app.port() + "/#/search?q=" + URLEncoder.encode("应急演练", StandardCharsets.UTF_8));
    visible("#token-input").sendKeys("wrong-token");
    visible("#token-ok").click();
    // Refused: the dialog comes back saying so.
    wait.until(d -> d.findElements(By.cssSelector("#token-dialog .error-message")).size() == 1);
    visible("#token-input").sendKeys(TOKEN);
    visible("#token-ok").click();
    WebElement hit = visible(".hit");
    assertTrue(hit.getText().contains("应急演练"), hit.getText());
    assertEquals(TOKEN, ((JavascriptExecutor) driver).executeScript("return sessionStorage.getItem('planscope.token')"));
    // Kept for the tab: another view and a reload do not ask again.
    driver.navigate().refresh();
    visible(".hit");
    assertTrue(driver.findElements(By.id("token-dialog")).isEmpty(), "asked again after a reload");
  }
}
