package dev.gatehouse.it.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The audit feed with records made by real {@code /mcp} calls: newest first, filters and the
 * time range narrow it, the detail page shows every field, and the poll brings in new records
 * without a reload until the operator pauses it.
 */
class AuditBrowserIT {
    private static final By ROWS = By.cssSelector("[id='feed:table_data'] > tr");
    private static ConsoleBrowser browser;

    @RegisterExtension
    static final ConsoleSession console = new ConsoleSession();
    private static AuditedCalls calls;
    private static Instant before;
    private static String first;
    private static String forbidden;
    private static String second;
    private static JsonNode denied;

    @BeforeAll
    static void setUp() throws Exception {
        calls = new AuditedCalls("ui-audit");
        before = Instant.now().minusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
        first = AuditedCalls.marker("first");
        forbidden = AuditedCalls.marker("forbidden");
        second = AuditedCalls.marker("second");
        calls.echo(first);
        denied = calls.echo(forbidden);
        calls.echo(second);
        browser = console.signIn();
    }

    @AfterAll
    static void tearDown() throws Exception {
        if (calls != null) {
            calls.close();
        }
    }

    private static List<String> rowTexts() {
        browser.find(By.id("feed:table"));
        return browser.all(ROWS).stream().map(WebElement::getText).toList();
    }

    private static int indexOf(List<String> rows, String marker) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).contains(marker)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void showsRecordsNewestFirstWithEveryColumn() {
        browser.open("/audit/index.xhtml");
        List<String> rows = rowTexts();

        assertThat(indexOf(rows, second)).isGreaterThanOrEqualTo(0).isLessThan(indexOf(rows, forbidden));
        assertThat(indexOf(rows, forbidden)).isLessThan(indexOf(rows, first));
        String deniedRow = rows.get(indexOf(rows, forbidden));
        assertThat(deniedRow).contains(calls.agent, calls.user, calls.backend, "echo", "tools/call", "deny",
                AuditedCalls.DENY_REASON);
        assertThat(rows.get(indexOf(rows, second))).contains("allow");
        WebElement preview = browser.find(By.xpath("//span[contains(@class,'gh-audit-preview')][contains(.,'" + second + "')]"));
        assertThat(preview.getAttribute("title")).isEqualTo("{\"message\":\"" + second + "\"}");
        assertThat(browser.find(By.id("live-state")).getText()).isEqualTo("Live");
        browser.screenshot("audit-feed");
    }

    @Test
    void filtersByAgentAndDecisionAndKeepsThemInTheUrl() {
        browser.open("/audit/index.xhtml");
        browser.type(By.id("filters:agent_input"), calls.agent);
        browser.find(By.id("filters:agent_input")).sendKeys(Keys.ESCAPE);
        browser.click(By.id("filters:decision"));
        browser.waitUntil(d -> d.findElement(By.id("filters:decision_panel")).isDisplayed()
                && "1".equals(d.findElement(By.id("filters:decision_panel")).getCssValue("opacity")));
        browser.click(By.cssSelector("[id='filters:decision_items'] li[data-label='deny']"));
        browser.waitForText(By.id("filters:decision_label"), "deny");
        browser.click(By.id("filters:apply"));
        browser.waitUntil(d -> d.getCurrentUrl().contains("decision=deny"));

        List<String> rows = rowTexts();
        assertThat(browser.driver().getCurrentUrl()).contains("agent=" + calls.agent);
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst()).contains(forbidden, "deny");
        browser.screenshot("audit-filtered");

        browser.open("/audit/index.xhtml?agent=" + calls.agent + "&decision=allow");
        assertThat(rowTexts()).allMatch(r -> r.contains("allow")).anyMatch(r -> r.contains(first))
                .noneMatch(r -> r.contains(forbidden));
        browser.open("/audit/index.xhtml?agent=" + calls.agent + "&q=" + second);
        assertThat(rowTexts()).singleElement().asString().contains(second);
    }

    @Test
    void timeRangeFromThePickersAndTheQuickRangesNarrowsTheFeed() {
        browser.open("/audit/index.xhtml?agent=" + calls.agent + "&to=" + before);
        assertThat(browser.find(By.id("feed:table")).getText()).contains("No audit records match these filters.");

        browser.open("/audit/index.xhtml?agent=" + calls.agent + "&from=" + before);
        assertThat(rowTexts()).anyMatch(r -> r.contains(first)).anyMatch(r -> r.contains(second));

        // the picker's text field, as the picker fills it in (typing goes through the picker's own key handling)
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById('filters:from_input').value = '2099-01-01 00:00:00';");
        browser.click(By.id("filters:apply"));
        browser.waitUntil(d -> d.getCurrentUrl().contains("from=2099-01-01T00"));
        assertThat(browser.find(By.id("feed:table")).getText()).contains("No audit records match these filters.");

        browser.open("/audit/index.xhtml?from=2026-11-24T11:00:00Z&to=2026-11-24T10:00:00Z");
        assertThat(browser.find(By.cssSelector(".ui-growl-message")).getText()).contains("from must be before to");
        assertThat(browser.find(By.id("feed:table")).getText()).contains("No audit records match these filters.");

        browser.open("/audit/index.xhtml?agent=" + calls.agent + "&from=2099-01-01T00:00:00Z");
        browser.click(By.id("filters:last15"));
        browser.waitUntil(d -> !d.getCurrentUrl().contains("from=2099"));
        Instant from = Instant.parse(URLDecoder.decode(
                browser.driver().getCurrentUrl().replaceAll(".*[?&]from=([^&]+).*", "$1"), StandardCharsets.UTF_8));
        assertThat(from).isBetween(Instant.now().minusSeconds(15 * 60 + 30), Instant.now().minusSeconds(15 * 60 - 30));
        assertThat(browser.driver().getCurrentUrl()).contains("agent=" + calls.agent);
        assertThat(rowTexts()).anyMatch(r -> r.contains(second));
        browser.screenshot("audit-time-range");
    }

    @Test
    void detailPageShowsEveryFieldOfARecord() {
        browser.open("/audit/index.xhtml?agent=" + calls.agent + "&decision=deny");
        // the row of the denied call, then its link (the poll may re-render the table meanwhile)
        browser.waitForText(By.id("feed:table"), forbidden);
        browser.click(By.xpath("//tbody[@id='feed:table_data']/tr[contains(., '" + forbidden + "')]//a[contains(@class,'gh-audit-time')]"));
        browser.waitForText(By.id("page-title"), "Audit record");

        assertThat(browser.driver().getCurrentUrl()).endsWith("record.xhtml?id=" + denied.path("id").asText());
        assertThat(browser.find(By.id("record-decision")).getText()).isEqualTo("deny");
        assertThat(browser.find(By.id("record-agent")).getText()).isEqualTo(calls.agent);
        assertThat(browser.find(By.id("record-user")).getText()).isEqualTo(calls.user);
        assertThat(browser.find(By.id("record-backend")).getText()).isEqualTo(calls.backend);
        assertThat(browser.find(By.id("record-tool")).getText()).isEqualTo("echo");
        assertThat(browser.find(By.id("record-protocol")).getText()).isEqualTo(denied.path("protocol").asText());
        assertThat(browser.find(By.id("record-session")).getText()).isEqualTo(calls.session.id);
        assertThat(browser.find(By.id("record-policies")).getText()).contains(calls.policy + "@");
        assertThat(browser.find(By.id("record-reasons")).getText()).contains(AuditedCalls.DENY_REASON);
        assertThat(browser.find(By.id("record-arguments")).getText()).contains("\"message\"", forbidden);
        browser.screenshot("audit-record");

        browser.open("/audit/record.xhtml?id=00000000000000000000000000");
        assertThat(browser.find(By.id("missing")).getText()).contains("No audit record");
    }

    @Test
    void loadsOlderPagesThroughTheCursorAndHoldsStillWhileShowingThem() throws Exception {
        String batch = AuditedCalls.marker("paged");
        for (int i = 1; i < 52; i++) {
            calls.session.callTool(calls.backend + "__echo", Map.of("message", batch + " " + i));
        }
        calls.echo(batch + " 52");
        browser.open("/audit/index.xhtml?agent=" + calls.agent + "&q=" + batch);
        assertThat(rowTexts()).hasSize(50);
        assertThat(rowTexts().getFirst()).contains(batch + " 52");

        browser.click(By.id("feed:older"));
        browser.waitForText(By.id("feed:end"), "52 record(s) shown");

        assertThat(rowTexts()).hasSize(52);
        assertThat(rowTexts().getLast()).contains(batch + " 1\"");
        assertThat(browser.find(By.id("feed:status")).getText()).contains("Paused", "showing older records");
        assertThat(browser.all(By.id("feed:older"))).isEmpty();
        browser.screenshot("audit-older-pages");
    }

    @Test
    void pollBringsInNewRecordsWithoutAReloadUntilPaused() throws Exception {
        browser.open("/audit/index.xhtml?agent=" + calls.agent);
        rowTexts();
        ((JavascriptExecutor) browser.driver()).executeScript("window.notReloaded = true;");

        String live = AuditedCalls.marker("live");
        calls.echo(live);
        browser.waitForText(By.id("feed:table"), live);
        assertThat(((JavascriptExecutor) browser.driver()).executeScript("return window.notReloaded;"))
                .isEqualTo(true);
        assertThat(indexOf(rowTexts(), live)).isZero();

        browser.click(By.id("feed:pause"));
        browser.waitForText(By.id("feed:status"), "Paused");
        String held = AuditedCalls.marker("held");
        calls.echo(held);
        Thread.sleep(7_000);
        assertThat(browser.find(By.id("feed:table")).getText()).doesNotContain(held);

        browser.click(By.id("feed:pause"));
        browser.waitForText(By.id("feed:table"), held);
        assertThat(browser.find(By.id("live-state")).getText()).isEqualTo("Live");
    }
}
