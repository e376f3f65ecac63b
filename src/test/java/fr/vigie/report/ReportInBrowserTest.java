package fr.vigie.report;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.testing.HeadlessChromium;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The compliance report as a real browser shows it (issue 7): Debian's headless Chromium parses the
 * HTML rendered from a real run's {@code report.json}, and a screenshot and a PDF are kept under
 * {@code target/report-screenshots/} as test artifacts.
 *
 * <p>Without a browser the tests are skipped on a developer machine, but fail on CI (see
 * {@link HeadlessChromium#requireOnCi}).
 */
class ReportInBrowserTest {
    /** A real {@code vigie run ccas-aides} report (no raw value from the data, as every report). */
    private static final String FIXTURE = "/report/ccas-report.json";
    private static final Duration BROWSER_TIMEOUT = Duration.ofSeconds(60);
    private static final int WIDTH = 1280;
    private static final int SCREENSHOT_HEIGHT = 4000;
    private static final Pattern HEADER_CELL = Pattern.compile("<th[^>]*>(.*?)</th>", Pattern.DOTALL);
    private static final Pattern BODY_ROW = Pattern.compile("<tr>\\s*<td[^>]*>\\s*<code>([^<]*)</code>");
    private static final Pattern TAG = Pattern.compile("<[^>]+>");

    @TempDir
    static Path work;

    private static JsonNode report;
    private static Path page;
    private static HeadlessChromium chromium;
    private static String parsedDom;

    @BeforeAll
    static void renderReport() throws IOException {
        try (InputStream in = ReportInBrowserTest.class.getResourceAsStream(FIXTURE)) {
            assertThat(in).as("test resource %s", FIXTURE).isNotNull();
            report = ComplianceReport.JSON.readTree(in);
        }
        page = work.resolve("report.html");
        Files.writeString(page, HtmlReport.render(ComplianceReport.fromTree(report)), StandardCharsets.UTF_8);
        HeadlessChromium.find().ifPresent(browser -> chromium = new HeadlessChromium(browser, work, BROWSER_TIMEOUT));
    }

    /** Per test rather than per class, so that a skip is reported with its reason for every test. */
    @BeforeEach
    void requireBrowser() {
        HeadlessChromium.requireOnCi(chromium != null, "chromium (" + HeadlessChromium.DEBIAN_PATH + " or on the PATH)");
    }

    @Test
    void browserDisplaysTrafficLightStatusAndHeadlineInTheSummary() throws Exception {
        String summary = section(dumpDom(), "summary");

        assertThat(summary).contains("Synthèse")
                .contains("class=\"summary s-AMBER\"")
                .contains("ORANGE — à vérifier / AMBER — to be checked")
                .contains(report.path("summary").path("headline").asString());
        for (JsonNode decision : report.path("summary").path("needsDecision")) {
            assertThat(summary).contains(decision.asString().substring(0, 30));
        }
    }

    @Test
    void browserDisplaysClassificationTableWithItsColumnNamesAndOneRowPerColumn() throws Exception {
        String classification = section(dumpDom(), "classification");

        assertThat(texts(HEADER_CELL, classification)).containsSubsequence("Colonne", "Type d'attribut",
                "Type d'information", "Domaine", "Attribut protégé", "Confiance", "Éléments de preuve");
        List<String> expected = new ArrayList<>();
        report.path("classification").path("columns").forEach(c -> expected.add(c.path("name").asString()));
        assertThat(expected).hasSize(20);
        assertThat(texts(BODY_ROW, classification)).containsExactlyElementsOf(expected);
        assertThat(classification).contains("Identifiant direct", "Quasi-identifiant", "FR_NIR");
    }

    @Test
    void browserDisplaysPartnerGuaranteesReadFromTheAnonymiserResult() throws Exception {
        String anonymisation = section(dumpDom(), "anonymisation");

        assertThat(anonymisation).contains("metropole-toulouse", "partenaires-metropoles");
        assertThat(kpi(anonymisation, "lignes en entrée")).isEqualTo("5 000");
        assertThat(kpi(anonymisation, "lignes publiées")).isEqualTo("4 765");
        assertThat(kpi(anonymisation, "lignes supprimées")).isEqualTo("235");
        assertThat(kpi(anonymisation, "k atteint (plus petite classe)")).isEqualTo("5");
        assertThat(anonymisation).contains("Pseudonymisée", "Généralisée (niveau 4 sur 4)")
                .doesNotContain("PSEUDONYMISED");
    }

    @Test
    void parsedPageLoadsNothingFromOutside() throws Exception {
        String dom = dumpDom();

        assertThat(dom).startsWith("<!DOCTYPE html>").contains("</html>")
                .doesNotContain("<script", "<link", "<iframe", "<img", "src=\"http", "href=\"http", "url(http");
    }

    @Test
    void screenshotIsKeptAsTestArtifact() throws Exception {
        Path png = artifacts().resolve("report.png");
        Files.deleteIfExists(png);

        HeadlessChromium.Result result = chromium.run(page, "--window-size=" + WIDTH + "," + SCREENSHOT_HEIGHT,
                "--screenshot=" + png.toAbsolutePath());

        assertThat(result.exitCode()).as("chromium exit code; stderr:\n%s", result.stderrTail()).isZero();
        assertThat(png).as("screenshot").exists();
        assertThat(Files.size(png)).as("bytes of %s", png).isGreaterThan(20_000);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).as("a readable PNG").isNotNull();
        assertThat(image.getWidth()).isEqualTo(WIDTH);
        assertThat(image.getHeight()).isEqualTo(SCREENSHOT_HEIGHT);
        assertThat(distinctColoursInFirstRows(image, 600)).as("colours in the header and summary").isGreaterThan(50);
    }

    @Test
    void printsToPdf() throws Exception {
        Path pdf = artifacts().resolve("report.pdf");
        Files.deleteIfExists(pdf);

        HeadlessChromium.Result result = chromium.run(page, "--no-pdf-header-footer",
                "--print-to-pdf=" + pdf.toAbsolutePath());

        assertThat(result.exitCode()).as("chromium exit code; stderr:\n%s", result.stderrTail()).isZero();
        assertThat(pdf).as("PDF").exists();
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(bytes.length).as("bytes of %s", pdf).isGreaterThan(20_000);
    }

    /** The page as Chromium serialises it after parsing; one browser run serves every test that reads it. */
    private static synchronized String dumpDom() throws IOException, InterruptedException {
        if (parsedDom != null) {
            return parsedDom;
        }
        HeadlessChromium.Result result = chromium.run(page, "--dump-dom");
        assertThat(result.exitCode()).as("chromium exit code; stderr:\n%s", result.stderrTail()).isZero();
        assertThat(result.stdout()).as("DOM dumped by chromium; stderr:\n%s", result.stderrTail()).isNotBlank();
        parsedDom = result.stdout();
        return parsedDom;
    }

    /** The serialised {@code <section id="...">} element of the parsed page. */
    private static String section(String dom, String id) {
        int start = dom.indexOf("<section id=\"" + id + "\"");
        assertThat(start).as("section #%s in the parsed page", id).isNotNegative();
        int end = dom.indexOf("</section>", start);
        assertThat(end).as("end of section #%s", id).isPositive();
        return dom.substring(start, end);
    }

    /** The value of the key figure labelled {@code label}, spaces normalised (numbers use no-break spaces). */
    private static String kpi(String html, String label) {
        Matcher matcher = Pattern.compile("<div class=\"v\">([^<]*)</div><div class=\"l\">" + Pattern.quote(label)
                + "</div>").matcher(html);
        assertThat(matcher.find()).as("key figure «%s»", label).isTrue();
        return matcher.group(1).replace("&nbsp;", " ").replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    /** The first group of every match, tags removed and whitespace collapsed. */
    private static List<String> texts(Pattern pattern, String html) {
        List<String> texts = new ArrayList<>();
        Matcher matcher = pattern.matcher(html);
        while (matcher.find()) {
            texts.add(TAG.matcher(matcher.group(1)).replaceAll("").replaceAll("\\s+", " ").strip());
        }
        return texts;
    }

    private static long distinctColoursInFirstRows(BufferedImage image, int rows) {
        return IntStream.range(0, Math.min(rows, image.getHeight()))
                .flatMap(y -> IntStream.range(0, image.getWidth()).map(x -> image.getRGB(x, y)))
                .distinct().count();
    }

    private static Path artifacts() throws IOException {
        return HeadlessChromium.artifacts("report-screenshots");
    }
}
