package dev.backforge.console;

import com.fasterxml.jackson.databind.JsonNode;
import dev.backforge.cli.SynthArtifact;
import dev.backforge.support.Credentials;
import dev.backforge.support.Deployments;
import dev.backforge.support.Examples;
import dev.backforge.support.FakeLlm;
import dev.backforge.support.Http;
import dev.backforge.support.Server;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The console in real headless Chromium (Debian's chromium and chromedriver): sign in, launch from the form, watch
 * the run to its end, open a file and a diff, restart a failed run. Screenshots go to target/screenshots/.
 */
@ArquillianTest
@RunAsClient
public class ConsoleIT {

    @ArquillianResource
    URL url;

    WebDriver browser;
    WebDriverWait wait;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.paced();
    }

    URI base() {
        return Server.loopback(url);
    }

    @BeforeEach
    void openBrowser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .build();
        browser = new ChromeDriver(service, options);
        // pages re-render as they refresh: an element found a moment before may be replaced before it is read
        wait = new WebDriverWait(browser, Duration.ofSeconds(90));
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    void signIn() {
        // the root leads to the console, the console to its login page; the policy allows only this server's scripts
        var root = Http.send("GET", base(), null);
        assertEquals(302, root.statusCode());
        assertTrue(root.headers().firstValue("Location").orElse("").endsWith("/console/"));
        assertTrue(root.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
        browser.get(base().resolve("console/").toString());
        wait.until(ExpectedConditions.urlContains("login.html"));
        browser.findElement(By.id("login-user")).sendKeys(Credentials.OPERATOR);
        browser.findElement(By.id("login-password")).sendKeys(Credentials.OPERATOR_PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("runs-table")));
    }

    @Test
    void launchWatchOpenAFileAndADiff() throws Exception {
        signIn();
        String workflow = "console-" + UUID.randomUUID().toString().substring(0, 8);
        browser.get(base().resolve("console/#/launch").toString());
        WebElement artifact = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("launch-artifact")));
        browser.findElement(By.id("launch-workflow")).clear();
        browser.findElement(By.id("launch-workflow")).sendKeys(workflow);
        // the whole artifact as one value: typing 15 KB key by key would take minutes
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];",
                artifact, Examples.text("store-inventory.json"));
        new Select(browser.findElement(By.id("launch-generator"))).selectByVisibleText("template");
        browser.findElement(By.id("launch-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("run-status"), "COMPLETED"));
        assertTrue(browser.findElements(By.cssSelector("#steps-table tbody tr")).size() >= 5);
        assertEquals(13, browser.findElements(By.cssSelector("#components-table tbody tr")).size());
        screenshot("run-page.png");

        String firstRun = browser.getCurrentUrl().replaceAll(".*#/runs/", "");
        // a second run of the same workflow through the API, to have something to compare with
        Server api = new Server(base());
        api.awaitStatus(
                api.launch(workflow, Server.launchBody(Server.JSON.readTree(Examples.bytes("store-inventory.json")),
                        (Integer) null)),
                "COMPLETED", Duration.ofMinutes(2));

        browser.get(
                base().resolve("console/#/runs/" + firstRun + "/files/src%2Fservices%2Fproduct_service.py").toString());
        WebElement code = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("file-content")));
        wait.until(d -> code.getAttribute("class").contains("hljs"));
        assertTrue(code.getText().contains("class ProductService"));
        assertTrue(!browser.findElements(By.cssSelector("#file-content .hljs-keyword")).isEmpty(), "highlighted");
        String gutter = browser.findElement(By.cssSelector(".code-wrap pre.gutter")).getText();
        assertEquals(code.getText().split("\n", -1).length, gutter.split("\n").length, "a number per line");
        screenshot("file.png");
        browser.findElement(By.cssSelector("#diff-form button")).click();
        WebElement diff = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("diff-view")));
        assertTrue(diff.getText().contains("class ProductService"));
        assertTrue(browser.getPageSource().contains("identical"), "the same artifact gives the same file");
        assertTrue(!browser.findElements(By.cssSelector("#diff-view .ln")).isEmpty(), "diff lines are numbered");

        browser.get(base().resolve("console/#/runs?workflow=" + workflow).toString());
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#runs-table tbody tr"), 2));
        screenshot("runs-list.png");

        // where the run was executed, on its page and among the instances
        browser.get(base().resolve("console/#/runs/" + firstRun).toString());
        String executions = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("run-executions")))
                .getText();
        browser.get(base().resolve("console/#/instances").toString());
        WebElement instances = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("instances-table")));
        String self = instances.findElement(By.xpath(".//tr[contains(., '(answering)')]")).getText();
        assertTrue(self.contains("alive"), self);
        assertTrue(executions.contains(self.split(" ")[0].strip()), executions + " ran on " + self);
        screenshot("instances.png");
    }

    @Test
    void restartAFailedRunFromItsPage() throws Exception {
        String workflow = "console-fail-" + UUID.randomUUID().toString().substring(0, 8);
        // the servers' model key file, which other test classes write too: this test must not depend on their order
        Path key = Path.of(System.getProperty("it.workspace")).resolve("llm-api-key");
        if (!Files.exists(key)) {
            Files.createDirectories(key.getParent());
            Files.writeString(key, "sk-console-test-key\n");
        }
        Server api = new Server(base());
        // hybrid with no model server listening: the stubbed service's component fails and the run stops
        String runId = api.launch(workflow,
                Server.launchBody(Server.JSON.readTree(Examples.bytes("store-inventory.json")),
                        Server.JSON.createObjectNode().put("generator", "hybrid")));
        JsonNode stopped = api.await(runId, r -> r.get("status").asText().equals("STOPPED"), Duration.ofMinutes(2));
        assertEquals("COMPONENTS_FAILED", stopped.get("exit_status").asText());
        try (FakeLlm fake = new FakeLlm(Integer.parseInt(System.getProperty("it.llm.port", "18181")))) {
            fake.serve(Examples.bytes("store-inventory.json"));
            signIn();
            browser.get(base().resolve("console/#/runs/" + runId).toString());
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("failure-cause")));
            browser.findElement(By.id("action-restart")).click();
            wait.until(ExpectedConditions.alertIsPresent()).accept();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("run-status"), "COMPLETED"));
            assertEquals(1, fake.calls());
        }
    }

    @Test
    void aLongRunShowsLiveCountsPagedComponentsAndNoManifestBeforeItsEnd() throws Exception {
        Server api = new Server(base());
        String runId = api.launch("console-long-" + UUID.randomUUID().toString().substring(0, 8),
                Server.launchBody(SynthArtifact.of(400, false, 11), (Integer) null));
        JsonNode midway = api.await(runId, r -> r.get("status").asText().equals("STARTED")
                && r.get("progress").get("generated").asInt() >= 20, Duration.ofMinutes(2));
        assertTrue(midway.get("progress").get("generated").asInt() < midway.get("progress").get("total").asInt(),
                "caught while it runs");
        JsonNode generate = stream(midway.get("steps")).filter(st -> st.get("name").asText().equals("generate"))
                .reduce((a, b) -> b).orElseThrow();
        assertTrue(generate.get("metrics").get("write_count").asLong() >= 20, generate.toString());
        assertTrue(midway.get("output").path("manifest").isMissingNode(), "no manifest link before the manifest");
        signIn();
        browser.get(base().resolve("console/#/runs/" + runId).toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("components-pager")));
        assertEquals(100, browser.findElements(By.cssSelector("#components-table tbody tr")).size());
        assertTrue(browser.findElements(By.id("manifest-link")).isEmpty() || !api.run(runId).get("output")
                .path("manifest").isMissingNode());
        api.awaitStatus(runId, "COMPLETED", Duration.ofMinutes(5));
        browser.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("manifest-link")));
        screenshot("run-detail.png");
        // the synthetic artifact has about 400 components: the second page is a full one
        browser.findElement(By.cssSelector("#components-pager a:nth-child(2)")).click();
        wait.until(d -> d.findElements(By.cssSelector("#components-table tbody tr")).size() == 100
                && d.findElement(By.cssSelector("#components-table tbody tr td")).getText().equals("101"));
    }

    @Test
    void schedulesShowTheirStateAndAViewerGetsNoLaunchForm() throws Exception {
        Server api = new Server(base());
        String workflow = "console-sched-" + UUID.randomUUID().toString().substring(0, 8);
        api.awaitStatus(api.launch(workflow, Server.launchBody(Server.JSON.readTree(Examples.bytes(
                "auth-service.json")), (Integer) null)), "COMPLETED", Duration.ofMinutes(2));
        for (String state : new String[] {"true", "false"}) {
            var created = Http.send("POST", base().resolve("api/v1/schedules"),
                    "{\"workflow_id\": \"" + workflow + "\", \"cron\": \"0 2 * * *\", \"enabled\": " + state + "}",
                    "Authorization", Credentials.operator(), "Content-Type", "application/json");
            assertEquals(201, created.statusCode(), created.body());
        }
        signIn();
        browser.get(base().resolve("console/#/schedules").toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#schedules-table .badge.paused")));
        for (String state : new String[] {"enabled", "paused"}) {
            WebElement badge = browser.findElement(By.cssSelector("#schedules-table .badge." + state));
            assertEquals(state, badge.getText());
            String background = badge.getCssValue("background-color");
            assertTrue(!background.equals("rgba(0, 0, 0, 0)") && !background.equals("transparent"),
                    state + " badge is visible: " + background);
        }
        screenshot("schedules.png");
        browser.findElement(By.id("sign-out")).click();
        wait.until(ExpectedConditions.urlContains("login.html"));
        browser.findElement(By.id("login-user")).sendKeys(Credentials.VIEWER);
        browser.findElement(By.id("login-password")).sendKeys(Credentials.VIEWER_PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("runs-table")));
        browser.get(base().resolve("console/#/launch").toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("launch-refused")));
        assertTrue(browser.findElements(By.id("launch-form")).isEmpty());
        assertTrue(browser.findElement(By.cssSelector("[data-nav=launch]")).getAttribute("hidden") != null);
    }

    @Test
    void aPreviewBeforeLaunchingAndTheConflictOnTheRunPage() throws Exception {
        Server api = new Server(base());
        String workflow = "console-regen-" + UUID.randomUUID().toString().substring(0, 8);
        JsonNode first = api.awaitStatus(api.launch(workflow, Server.launchBody(Server.JSON.readTree(
                Examples.bytes("store-inventory.json")), Server.JSON.createObjectNode().put("generator", "template"))),
                "COMPLETED", Duration.ofMinutes(2));
        String stock = "src/repositories/stock_repository.py";
        Path published = Path.of(System.getProperty("it.workspace"))
                .resolve(first.get("output").get("published_folder").asText()).resolve(stock);
        Files.writeString(published, Files.readString(published).replace("\"\"\"SELECT ... FOR UPDATE.",
                "\"\"\"Locks the row (mine)."));
        String moved = Examples.text("store-inventory.json").replace("\"SELECT ... FOR UPDATE\"",
                "\"Lock the stock row for the update.\"");
        assertTrue(!moved.equals(Examples.text("store-inventory.json")));

        signIn();
        browser.get(base().resolve("console/#/launch").toString());
        WebElement artifact = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("launch-artifact")));
        browser.findElement(By.id("launch-workflow")).clear();
        browser.findElement(By.id("launch-workflow")).sendKeys(workflow);
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", artifact, moved);
        new Select(browser.findElement(By.id("launch-generator"))).selectByVisibleText("template");
        browser.findElement(By.id("launch-preview")).click();
        WebElement plan = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("plan")));
        assertTrue(plan.getText().contains("12 reused, 1 regenerated, 0 new, 0 removed"), plan.getText());
        assertTrue(plan.findElement(By.cssSelector("[data-outcome=conflicts]")).getText().contains(stock));
        screenshot("plan.png");

        browser.findElement(By.id("launch-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("run-status"), "COMPLETED"));
        assertTrue(browser.findElement(By.id("exit-status")).getText().contains("COMPLETED_WITH_CONFLICTS"));
        WebElement report = browser.findElement(By.id("publish-report"));
        assertTrue(report.findElement(By.cssSelector("[data-outcome=conflicts]")).getText().contains(stock),
                report.getText());
        assertTrue(browser.findElement(By.id("run-changes")).getText().contains("1 regenerated"));
        screenshot("run-conflicts.png");

        browser.get(base().resolve("console/#/workflows/" + workflow).toString());
        WebElement drift = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("plan-summary")));
        assertTrue(drift.getText().contains("No changes"), drift.getText());
    }

    static Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }

    void screenshot(String name) throws Exception {
        Path dir = Path.of(System.getProperty("backforge.target", "target"), "screenshots");
        Files.createDirectories(dir);
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), dir.resolve(name),
                StandardCopyOption.REPLACE_EXISTING);
    }
}
