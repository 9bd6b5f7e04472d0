package dev.gatehouse.it.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gatehouse.it.Gatehouse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The backend pages as an operator uses them: register server-everything over stdio through the
 * form, watch it become ready, browse its tools, resources and prompts, call {@code echo} from
 * the form generated from its schema (audited with the operator as user); edit, fail, delete.
 */
class BackendsBrowserIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static ConsoleBrowser browser;

    @RegisterExtension
    static final ConsoleSession console = new ConsoleSession();

    @BeforeAll
    static void signIn() {
        browser = console.signIn();
        browser.waitForText(By.id("page-title"), "Overview");
    }

    private static String unique(String what) {
        return "ui-backends-" + what + "-" + UUID.randomUUID().toString().substring(0, 6);
    }

    private static By row(String name) {
        return By.xpath("//tr[.//a[text()='" + name + "']]");
    }

    private static By tab(String label) {
        return By.xpath("//ul[@role='tablist']//a[starts-with(normalize-space(.), '" + label + " (')]");
    }

    @Test
    void registersServerEverythingThenBrowsesItAndCallsEchoFromTheGeneratedForm() throws Exception {
        String name = unique("everything");
        browser.open("/backends/index.xhtml");
        browser.click(By.id("register"));
        browser.waitForText(By.id("page-title"), "Register backend");
        browser.type(By.id("form:name"), name);
        browser.type(By.id("form:command"), "node");
        browser.type(By.id("form:args"), Gatehouse.serverEverything().toString());
        browser.type(By.id("form:env"), "GREETING=hello");
        browser.screenshot("backend-form");
        browser.click(By.id("form:save"));

        browser.waitForText(By.id("page-title"), "Backends");
        browser.waitForText(row(name), "Ready");
        WebElement listed = browser.find(row(name));
        assertThat(listed.getText()).contains("stdio", "node");
        browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-growl-item")));
        browser.screenshot("backends-list");

        browser.click(By.linkText(name));
        browser.waitForText(By.id("page-title"), name);
        assertThat(browser.find(By.id("protocol")).getText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(browser.find(By.id("server")).getText()).isNotBlank();
        WebElement echo = browser.find(By.cssSelector("[data-tool='echo']"));
        assertThat(echo.getText()).contains("message", "string");
        browser.screenshot("backend-tools");

        browser.click(tab("Resources"));
        browser.find(By.cssSelector("[id$='resourceTable_data'] tr"));
        browser.click(By.cssSelector("[id$='resourceTable_data'] tr:first-child .gh-read"));
        browser.awaitAjax();
        String reading = browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".gh-reading"))).getText();
        assertThat(reading).containsAnyOf("bytes", "\n");
        browser.screenshot("backend-resources");

        browser.click(tab("Prompts"));
        assertThat(browser.all(By.cssSelector("[id$='promptTable_data'] tr"))).isNotEmpty();
        assertThat(browser.find(By.cssSelector("[id$='promptTable_data']")).getText()).isNotBlank();

        browser.click(tab("Tools"));
        browser.click(By.cssSelector("[data-tool='echo'] .gh-try"));
        browser.waitForText(By.id("page-title"), "Try echo");
        browser.find(By.cssSelector("[data-field='message']")).clear();
        browser.click(By.id("call:run"));
        browser.waitForText(By.cssSelector("[data-field-box='message']"), "is required");

        String marker = "hello from the console " + UUID.randomUUID().toString().substring(0, 8);
        browser.type(By.cssSelector("[data-field='message']"), marker);
        browser.click(By.id("call:run"));
        browser.waitForText(By.id("call:outcome"), "Echo: " + marker);
        assertThat(browser.find(By.id("duration")).getText()).matches("\\d+ ms");
        assertThat(browser.find(By.id("resultState")).getText()).isEqualTo("OK");
        browser.screenshot("tool-call-result");

        JsonNode record = audited("user=" + Gatehouse.ADMIN_USER + "&backend=" + name + "&tool=echo&q="
                + URLEncoder.encode(marker, StandardCharsets.UTF_8));
        assertThat(record.path("decision").asText()).isEqualTo("allow");
        assertThat(record.path("action").asText()).isEqualTo("tools/call");
        assertThat(record.path("agent").isMissingNode() || record.path("agent").isNull()).isTrue();
        assertThat(record.path("argumentsPreview").asText()).contains(marker);

        browser.open("/backends/call.xhtml?name=" + name + "&tool=get-tiny-image");
        browser.click(By.id("call:run"));
        WebElement image = browser.find(By.cssSelector("#call\\:outcome img.gh-result-image"));
        assertThat(image.getAttribute("src")).startsWith("data:image/png;base64,");
        assertThat((Boolean) ((JavascriptExecutor) browser.driver())
                .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0;", image)).isTrue();

        browser.open("/backends/call.xhtml?name=" + name + "&tool=get-structured-content");
        assertThat(browser.find(By.cssSelector("[data-field-box='location']")).getText()).contains("location");
        choose("location", "Chicago");
        browser.click(By.id("call:run"));
        browser.waitForText(By.id("structured"), "temperature");
        browser.screenshot("tool-call-structured");

        String policy = "ui-backends-deny-" + UUID.randomUUID().toString().substring(0, 6);
        String source = """
                package gatehouse.uibackends.p%s
                import rego.v1
                deny contains sprintf("echo is switched off for %%s", [input.principal.user]) if {
                    input.backend.name == "%s"
                    input.tool.name == "echo"
                }
                """.formatted(policy.substring(policy.length() - 6), name);
        var stored = Gatehouse.send("POST", "/api/v1/policies", JSON.writeValueAsString(
                Map.of("name", policy, "source", source)));
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
        try {
            browser.open("/backends/call.xhtml?name=" + name + "&tool=echo");
            browser.type(By.cssSelector("[data-field='message']"), marker);
            browser.click(By.id("call:run"));
            browser.waitForText(By.id("call:denied"), "echo is switched off for " + Gatehouse.ADMIN_USER);
            browser.screenshot("tool-call-denied");
            var viaApi = Gatehouse.send("POST", "/api/v1/backends/" + name + "/tools/echo/call", "{\"message\":\"api\"}");
            assertThat(viaApi.statusCode()).isEqualTo(403);
            assertThat(viaApi.body()).contains("echo is switched off for " + Gatehouse.ADMIN_USER);
            JsonNode denied = audited("user=" + Gatehouse.ADMIN_USER + "&backend=" + name + "&decision=deny&q="
                    + URLEncoder.encode(marker, StandardCharsets.UTF_8));
            assertThat(denied.path("reasons").get(0).asText()).contains("echo is switched off");
        } finally {
            Gatehouse.send("DELETE", "/api/v1/policies/" + policy, null);
            Gatehouse.send("DELETE", "/api/v1/backends/" + name, null);
        }
    }

    @Test
    void showsAFailedBackendsErrorThenEditsDisablesAndDeletesIt() throws Exception {
        String name = unique("down");
        var created = Gatehouse.send("POST", "/api/v1/backends",
                "{\"name\":\"" + name + "\",\"transport\":\"http\",\"url\":\"http://127.0.0.1:1/mcp\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        browser.open("/backends/index.xhtml");
        browser.waitForText(row(name), "Failed");
        assertThat(browser.find(row(name)).getText()).contains("http", "127.0.0.1:1");

        browser.find(row(name)).findElement(By.cssSelector("[title='Edit']")).click();
        browser.waitForText(By.id("page-title"), "Edit backend");
        assertThat(browser.find(By.id("form:url")).getAttribute("value")).isEqualTo("http://127.0.0.1:1/mcp");
        browser.type(By.id("form:url"), "not a url");
        browser.click(By.id("form:save"));
        browser.waitForText(By.xpath("//input[@id='form:url']/ancestor::div[contains(@class,'gh-field')]"), "url must be");
        browser.screenshot("backend-form-error");

        browser.open("/backends/index.xhtml");
        browser.find(row(name)).findElement(By.cssSelector("button[title='Disable']")).click();
        browser.waitForText(row(name), "Disabled");
        browser.find(row(name)).findElement(By.cssSelector("button[title='Delete']")).click();
        browser.click(By.id("backends:confirmYes"));
        browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(row(name)));
        assertThat(Gatehouse.get("/api/v1/backends/" + name).statusCode()).isEqualTo(404);
    }

    /** Picks an option of a generated select (a PrimeFaces menu: opening and closing are animated, so retry). */
    private static void choose(String field, String label) {
        By menu = By.cssSelector("[data-field-box='" + field + "'] .ui-selectonemenu");
        By option = By.cssSelector("li.ui-selectonemenu-item[data-label='" + label + "']");
        browser.waitUntil(d -> {
            try {
                var items = d.findElements(option);
                if (items.isEmpty() || !items.getFirst().isDisplayed()) {
                    d.findElement(menu).click();
                    return false;
                }
                items.getFirst().click();
                return "true".equals(d.findElement(option).getDomAttribute("aria-selected"));
            } catch (WebDriverException e) {
                return false;
            }
        });
        browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(option));
    }

    /** The newest audit record matching the query, waiting for the batched writer. */
    private static JsonNode audited(String query) throws Exception {
        for (int attempt = 0; attempt < 50; attempt++) {
            JsonNode records = JSON.readTree(Gatehouse.get("/api/v1/audit?" + query).body()).path("records");
            if (records.size() > 0) {
                return records.get(0);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no audit record for " + query);
    }
}
