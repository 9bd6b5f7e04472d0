package dev.gatehouse.it.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The overview after real traffic: backend tiles agree with the admin API's counts by state,
 * a backend that cannot connect is listed with its error, the hourly chart holds the calls
 * made, and the latest denial links to its record.
 */
class OverviewBrowserIT {
    private static final String UNREACHABLE = "ui-overview-unreachable";
    private static final List<String> STATES = List.of("READY", "CONNECTING", "FAILED", "DISABLED");
    private static ConsoleBrowser browser;

    @RegisterExtension
    static final ConsoleSession console = new ConsoleSession();
    private static AuditedCalls calls;
    private static JsonNode denied;

    @BeforeAll
    static void setUp() throws Exception {
        calls = new AuditedCalls("ui-overview");
        calls.gatehouse.admin("DELETE", "/backends/" + UNREACHABLE, null);
        calls.gatehouse.adminJson("POST", "/backends", Map.of("name", UNREACHABLE, "transport", "http",
                "url", "http://127.0.0.1:1/mcp"));
        calls.echo(AuditedCalls.marker("hello"));
        calls.echo(AuditedCalls.marker("again"));
        denied = calls.echo(AuditedCalls.marker("forbidden"));
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!state(UNREACHABLE).equals("FAILED") && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        browser = console.signIn();
    }

    @AfterAll
    static void tearDown() throws Exception {
        if (calls != null) {
            calls.gatehouse.admin("DELETE", "/backends/" + UNREACHABLE, null);
            calls.close();
        }
    }

    private static String state(String backend) throws Exception {
        return calls.gatehouse.adminJson("GET", "/backends/" + backend, null).path("status").path("state").asText();
    }

    private static long tile(String state) {
        return Long.parseLong(browser.find(By.cssSelector("#tile-" + state.toLowerCase() + " .gh-stat-value")).getText());
    }

    @Test
    void tilesCountBackendsByStateAndListTheFailedOneWithItsError() throws Exception {
        boolean agree = false;
        for (int attempt = 0; attempt < 5 && !agree; attempt++) {
            JsonNode byState = calls.gatehouse.adminJson("GET", "/backends", null).path("byState");
            browser.open("/index.xhtml");
            agree = STATES.stream().allMatch(s -> tile(s) == byState.path(s).asLong(0));
        }
        assertThat(agree).as("the tiles agree with GET /api/v1/backends").isTrue();
        assertThat(tile("READY")).isPositive();
        assertThat(tile("FAILED")).isPositive();
        assertThat(tile("DISABLED")).as("declared-remote of the IT config").isPositive();

        var failed = browser.find(By.xpath("//li[contains(@class,'gh-failed-backend')][.//a[text()='" + UNREACHABLE + "']]"));
        assertThat(failed.getText()).containsAnyOf("failed", "connecting").contains("since");
        assertThat(failed.findElement(By.className("gh-overview-error")).getText()).isNotBlank().isNotEqualTo("no error recorded");
        assertThat(failed.findElement(By.tagName("a")).getAttribute("href")).endsWith("/backends/backend.xhtml?name=" + UNREACHABLE);
        browser.screenshot("overview-failed-backend");
    }

    @Test
    void chartHoldsTheCallsOfTheLastHour() {
        browser.open("/index.xhtml");
        browser.find(By.cssSelector("[id='chart'] canvas, #chart-box canvas"));
        @SuppressWarnings("unchecked")
        List<Number> totals = (List<Number>) ((JavascriptExecutor) browser.driver()).executeScript("""
                const chart = PF('callsChart').chart;
                return chart.data.datasets.map(d => d.data.reduce((a, b) => a + b, 0));""");

        assertThat(totals).hasSize(3);
        assertThat(totals.get(0).longValue()).isGreaterThanOrEqualTo(2);
        assertThat(totals.get(1).longValue()).isGreaterThanOrEqualTo(1);
        assertThat(browser.find(By.id("total-allowed")).getText()).isEqualTo(totals.get(0).longValue() + " allowed");
        assertThat(browser.find(By.id("total-denied")).getText()).isEqualTo(totals.get(1).longValue() + " denied");
        browser.screenshot("overview");
    }

    @Test
    void recentDenialsLeadToTheRecord() throws Exception {
        browser.open("/index.xhtml");
        var row = browser.find(By.xpath("//table[contains(@class,'gh-overview-denials')]//tr[.//span[text()='" + calls.agent + "']]"));
        assertThat(row.getText()).contains(calls.backend, "echo", AuditedCalls.DENY_REASON);

        int agents = calls.gatehouse.adminJson("GET", "/agents", null).size();
        assertThat(browser.find(By.id("counts")).getText()).contains(agents + " agent(s)");

        row.findElement(By.tagName("a")).click();
        browser.waitForText(By.id("page-title"), "Audit record");
        assertThat(browser.driver().getCurrentUrl()).endsWith("record.xhtml?id=" + denied.path("id").asText());
    }
}
