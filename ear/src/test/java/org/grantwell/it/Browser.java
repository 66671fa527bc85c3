package org.grantwell.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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
 * A headless Chromium (Debian's, through its chromedriver; Selenium Manager never runs) signed in as
 * one demo user, with the steps the page tests take: open a page, fill a field, press a button,
 * wait for the page, save a screenshot, run axe-core. Only in tests run as client: Selenium is
 * never deployed.
 */
final class Browser implements AutoCloseable {

  static final Duration PATIENCE = Duration.ofSeconds(30);

  private final WebDriver driver;
  private final URL base;

  private Browser(URL base) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("grantwell.chromium", "/usr/bin/chromium"));
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--window-size=1366,900", "--lang=en-GB");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(System.getProperty("grantwell.chromedriver", "/usr/bin/chromedriver")))
        .build();
    this.driver = new ChromeDriver(service, options);
    this.base = base;
  }

  /** A browser signed in as the user, on their home page. */
  static Browser signedIn(URL base, String username) {
    Browser browser = new Browser(base);
    browser.open("login.xhtml");
    browser.type("login:username", username);
    browser.type("login:password", Http.DEMO_PASSWORD);
    browser.click("login:submit");
    browser.waitFor(By.id("user-name"));
    return browser;
  }

  void open(String path) {
    driver.get(base.toString() + path);
  }

  void type(String id, String text) {
    WebElement field = waitFor(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  void click(String id) {
    new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
  }

  WebElement waitFor(By locator) {
    return new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  void waitForText(String text) {
    new WebDriverWait(driver, PATIENCE).until(d -> d.getPageSource().contains(text));
  }

  String pageText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  String title() {
    return driver.getTitle();
  }

  String currentUrl() {
    return driver.getCurrentUrl();
  }

  WebDriver driver() {
    return driver;
  }

  /** Saves the page as {@code target/screenshots/<name>.png}. */
  Path screenshot(String name) throws IOException {
    Path directory = Path.of(System.getProperty("grantwell.screenshots", "target/screenshots"));
    Files.createDirectories(directory);
    Path file = directory.resolve(name + ".png");
    Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
    return file;
  }

  /**
   * Runs axe-core (vendored from npm in the test resources) on the page and gives the violations
   * of impact serious or critical, as "rule: help (n nodes)".
   */
  @SuppressWarnings("unchecked")
  List<String> seriousAccessibilityViolations() throws IOException {
    String axe;
    try (InputStream in = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
      axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    JavascriptExecutor js = (JavascriptExecutor) driver;
    js.executeScript(axe);
    Object result = js.executeAsyncScript(
        "var done = arguments[arguments.length - 1];"
            + "axe.run(document, {resultTypes: ['violations']}).then(function (r) { done(r.violations.map(function (v) {"
            + "  return {id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length,"
            + "          where: v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); }).join(', ')}; })); })"
            + ".catch(function (e) { done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: 0}]); });");
    return ((List<Map<String, Object>>) result).stream()
        .filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))
        .map(v -> v.get("id") + ": " + v.get("help") + " (" + v.get("nodes") + " nodes: " + v.get("where") + ")")
        .toList();
  }

  @Override
  public void close() {
    driver.quit();
  }
}
