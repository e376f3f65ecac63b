package fr.vigie.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.testing.HeadlessChromium;
import fr.vigie.testing.TestProjects;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The console as a DPO uses it (issue 14): the packaged jar runs a sample job, creates a DPO account
 * (password on standard input), and serves the console; Debian's headless Chromium, driven through
 * chromium-driver, signs in, opens the pending export, approves it with a comment. Then the outbox, the
 * audit entry and the signed release statement are checked. Screenshots are kept under
 * {@code target/console-screenshots/}.
 */
class ConsoleInBrowserIT {
    private static final String PASSWORD = "Relecture-AIPD-2026";
    private static final String COMMENT = "Conforme à l'AIPD (essai de bout en bout)";
    private static final Pattern LISTENING = Pattern.compile("Vigie console on (http://127\\.0\\.0\\.1:\\d+)/");
    private static final Duration START = Duration.ofMinutes(4);

    @TempDir
    Path dir;

    private Process serve;
    private WebDriver browser;

    @AfterEach
    void stop() throws InterruptedException {
        if (browser != null) {
            browser.quit();
        }
        if (serve != null) {
            serve.descendants().forEach(ProcessHandle::destroy);
            serve.destroy();
            if (!serve.waitFor(60, TimeUnit.SECONDS)) {
                serve.destroyForcibly();
            }
        }
    }

    @Test
    void theDpoSignsInOpensThePendingExportAndApprovesItWithTheSignedReleaseInTheOutbox() throws Exception {
        Path chromium = HeadlessChromium.find().orElse(null);
        Path driver = HeadlessChromium.findDriver().orElse(null);
        HeadlessChromium.requireOnCi(chromium != null, "chromium");
        HeadlessChromium.requireOnCi(driver != null, "chromedriver");
        Path store = dir.resolve("store");
        Map<String, String> env = Map.of("VIGIE_KEY_DIR", dir.resolve("keys").toString());

        vigie(store, env, null, "run", "ccas-aides");
        vigie(store, env, PASSWORD + "\n", "users", "add", "dpo", "--role", "DPO");
        String exportId = pendingExportId(store);
        String base = serve(store, env);

        browser = chrome(chromium, driver);
        browser.get(base + "/");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        screenshot("01-login");
        browser.findElement(By.id("username")).sendKeys("dpo");
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("sign-in")).click();

        assertThat(urlAfterLeaving("/login")).as(browser.findElement(By.tagName("main")).getText()).endsWith("/exports");
        assertThat(browser.findElement(By.id("signed-in")).getText()).isEqualTo("dpo (DPO)");
        Cookie session = browser.manage().getCookieNamed("VIGIE_SESSION");
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.isSecure()).as("plain HTTP on the loopback").isFalse();
        screenshot("02-pending-exports");
        browser.findElement(By.linkText(exportId)).click();

        assertThat(browser.findElement(By.id("export-status")).getText()).isEqualTo("PENDING_REVIEW");
        assertThat(browser.findElement(By.id("k")).getText()).isEqualTo("5");
        assertThat(browser.findElement(By.id("promises")).getText()).contains("Pseudonymisée");
        screenshot("03-review");
        browser.findElement(By.id("comment")).sendKeys(COMMENT);
        browser.findElement(By.id("approve")).click();

        WebElement outcome = browser.findElement(By.cssSelector("#done, #refused"));
        assertThat(outcome.getAttribute("id")).as(outcome.getText()).isEqualTo("done");
        assertThat(outcome.getText()).contains("approuvé par dpo (DPO)");
        assertThat(browser.findElement(By.id("export-status")).getText()).isEqualTo("RELEASED");
        assertThat(browser.findElement(By.id("release")).getText())
                .contains("approuvé par dpo (DPO, PASSWORD)", COMMENT);
        screenshot("04-approved");
        browser.get(base + "/audit");
        String audit = browser.findElement(By.id("audit")).getText();
        assertThat(audit).contains("EXPORT_APPROVED", "EXPORT_RELEASED", "LOGIN_SUCCEEDED").doesNotContain(PASSWORD);
        assertThat(browser.findElement(By.id("audit-verification")).getText()).startsWith("Chaîne intacte");
        screenshot("05-audit");

        String[] id = exportId.split("/");
        Path outbox = store.resolve("outbox").resolve(id[0]).resolve(id[1] + "-" + id[2]);
        try (Stream<Path> files = Files.list(outbox)) {
            assertThat(files.map(f -> f.getFileName().toString())).contains("data.csv", "data.parquet",
                    "datapackage.json", "datapackage.json.sig", "release.json", "release.json.sig");
        }
        String verify = vigie(store, env, null, "verify", outbox.toString(), "--public-key",
                dir.resolve("keys/vigie-signing.pub").toString());
        assertThat(verify).contains("OK ", "released: approved by dpo (DPO, PASSWORD)", COMMENT);
    }

    private WebDriver chrome(Path chromium, Path driver) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments(HeadlessChromium.flags(Files.createDirectories(dir.resolve("chrome-profile"))));
        options.addArguments("--window-size=1280,2400");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile())
                .usingAnyFreePort().withLogFile(dir.resolve("chromedriver.log").toFile()).build();
        WebDriver web = new ChromeDriver(service, options);
        web.manage().timeouts().pageLoadTimeout(Duration.ofMinutes(2));
        // A loaded machine may still be answering the previous click when the next element is looked for.
        web.manage().timeouts().implicitlyWait(Duration.ofSeconds(60));
        return web;
    }

    /**
     * The URL once the browser has left the page ending with {@code path}. A click on a form's button may
     * return before the POST is answered, and checking the password takes a while on a loaded machine.
     */
    private String urlAfterLeaving(String path) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        String url = browser.getCurrentUrl();
        while (url.endsWith(path) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            url = browser.getCurrentUrl();
        }
        return url;
    }

    private void screenshot(String name) throws IOException {
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(HeadlessChromium.artifacts("console-screenshots").resolve(name + ".png"), png);
    }

    /** Runs the jar to its end; returns what it printed, or fails with it. */
    private String vigie(Path store, Map<String, String> env, String input, String... args) throws Exception {
        Path log = Files.createTempFile(dir, "vigie", ".log");
        Process process = TestProjects.vigieJar(TestProjects.repository(), store, env, log, args);
        try (OutputStream stdin = process.getOutputStream()) {
            if (input != null) {
                stdin.write(input.getBytes(StandardCharsets.UTF_8));
            }
        }
        assertThat(process.waitFor(START.toSeconds(), TimeUnit.SECONDS)).as("vigie %s ended", args[0]).isTrue();
        String output = Files.readString(log);
        assertThat(process.exitValue()).as("vigie %s:%n%s", String.join(" ", args), output).isZero();
        return output;
    }

    /** Starts {@code vigie serve --port 0} and returns its base URL once it listens. */
    private String serve(Path store, Map<String, String> env) throws Exception {
        Path log = dir.resolve("serve.log");
        serve = TestProjects.vigieJar(TestProjects.repository(), store, env, log, "serve", "--port", "0");
        Instant deadline = Instant.now().plus(START);
        while (Instant.now().isBefore(deadline)) {
            Matcher listening = LISTENING.matcher(Files.readString(log));
            if (listening.find()) {
                return listening.group(1);
            }
            assertThat(serve.isAlive()).as("vigie serve stopped:%n%s", Files.readString(log)).isTrue();
            Thread.sleep(250);
        }
        throw new AssertionError("vigie serve did not listen within " + START + ":\n" + Files.readString(log));
    }

    private static String pendingExportId(Path store) throws IOException {
        try (Stream<Path> runs = Files.list(store.resolve("reports"))) {
            String run = runs.findFirst().orElseThrow().getFileName().toString();
            return "metropole-toulouse/ccas-aides/" + run;
        }
    }
}
