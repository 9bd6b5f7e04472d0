package dev.gatehouse.it.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gatehouse.it.Gatehouse;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The agents pages in a browser: register an agent, scope it to one backend, issue a key that
 * is shown once and works on {@code /mcp}, revoke it in the console and see it refused.
 */
class AgentsBrowserIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INITIALIZE = """
            {"jsonrpc":"2.0","id":0,"method":"initialize","params":{"protocolVersion":"2025-06-18",
             "capabilities":{},"clientInfo":{"name":"console-it","version":"1"}}}""";
    private static final String AGENT = "ui-access-agent-" + UUID.randomUUID().toString().substring(0, 8);
    private static final String BACKEND = "ui-access-scope-" + UUID.randomUUID().toString().substring(0, 8);
    private static ConsoleBrowser browser;

    @RegisterExtension
    static final ConsoleSession console = new ConsoleSession();

    @BeforeAll
    static void setUp() throws Exception {
        HttpResponse<String> created = Gatehouse.send("POST", "/api/v1/backends", """
                {"name":"%s","transport":"http","url":"http://127.0.0.1:1/mcp","enabled":false}""".formatted(BACKEND));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        browser = console.signIn();
        browser.find(By.id("operator"));
    }

    @AfterAll
    static void tearDown() throws Exception {
        Gatehouse.send("DELETE", "/api/v1/agents/" + AGENT, null);
        Gatehouse.send("DELETE", "/api/v1/backends/" + BACKEND, null);
    }

    private static HttpResponse<String> initialize(String key) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(Gatehouse.uri("/mcp")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Accept", "application/json, text/event-stream")
                .header("Authorization", "Bearer " + key).POST(HttpRequest.BodyPublishers.ofString(INITIALIZE)).build();
        return Gatehouse.HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void issuesAScopedKeyOnceThatWorksUntilItIsRevoked() throws Exception {
        browser.open("/agents/index.xhtml");
        browser.type(By.id("create:newName"), AGENT);
        browser.type(By.id("create:newDescription"), "registered by the console test");
        browser.click(By.id("create:register"));
        browser.waitForText(By.id("page-title"), "Agent " + AGENT);

        browser.click(By.cssSelector("[id='agent:allBackends'] .ui-chkbox-box"));
        browser.awaitAjax();
        browser.click(By.id("agent:backends"));
        browser.waitUntil(d -> d.findElement(By.id("agent:backends_panel")).isDisplayed()
                && "1".equals(d.findElement(By.id("agent:backends_panel")).getCssValue("opacity")));
        browser.click(By.xpath("//div[@id='agent:backends_panel']//li[label[text()='" + BACKEND + "']]//div[contains(@class,'ui-chkbox-box')]"));
        browser.click(By.cssSelector("[id='agent:backends_panel'] .ui-selectcheckboxmenu-close"));
        browser.click(By.id("agent:save"));
        browser.waitForText(By.id("growl_container"), "saved");
        JsonNode agent = JSON.readTree(Gatehouse.get("/api/v1/agents/" + AGENT).body());
        assertThat(agent.path("backends").toString()).isEqualTo("[\"" + BACKEND + "\"]");

        browser.click(By.id("keys:issue"));
        String key = browser.find(By.id("issued:key")).getAttribute("value");
        String snippet = browser.find(By.id("issued:snippet")).getAttribute("value");
        assertThat(key).startsWith("ghk_");
        JsonNode server = JSON.readTree(snippet).path("mcpServers").path("gatehouse");
        assertThat(server.path("url").asText()).isEqualTo(Gatehouse.BASE + "/mcp");
        assertThat(server.path("headers").path("Authorization").asText()).isEqualTo("Bearer " + key);
        assertThat(browser.find(By.id("issued:dialog")).getText()).contains("shown only this once");
        browser.screenshot("agent-key-issued");

        HttpResponse<String> accepted = initialize(key);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);

        browser.click(By.id("issued:done"));
        browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.id("issued:dialog")));
        browser.awaitAjax();
        assertThat(browser.source()).doesNotContain(key);
        browser.open("/agents/agent.xhtml?name=" + AGENT);
        assertThat(browser.find(By.id("keys:list")).getText()).contains("active");
        assertThat(browser.source()).doesNotContain(key);

        browser.open("/agents/index.xhtml");
        By row = By.cssSelector("tr.agent-" + AGENT);
        assertThat(browser.find(row).getText()).contains(BACKEND).contains("1");
        assertThat(browser.source()).doesNotContain(key);
        browser.screenshot("agents-list");

        browser.open("/agents/agent.xhtml?name=" + AGENT);
        browser.find(By.cssSelector("[id='keys:list'] button[id$=':revoke']")).click();
        browser.click(By.id("confirm:confirmYes"));
        browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
        browser.waitForText(By.id("growl_container"), "revoked");
        browser.waitForText(By.id("keys:list"), "No keys");
        assertThat(browser.all(By.cssSelector(".ui-confirm-dialog"))).noneMatch(WebElement::isDisplayed);
        browser.screenshot("agent-key-revoked");

        HttpResponse<String> refused = initialize(key);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(401);
    }

    @Test
    void disablesAnAgentFromTheListAndDeletesOne() throws Exception {
        String name = "ui-access-toggle-" + UUID.randomUUID().toString().substring(0, 8);
        Gatehouse.createAgent(name, "{\"name\":\"" + name + "\"}");

        browser.open("/agents/index.xhtml");
        By row = By.cssSelector("tr.agent-" + name);
        assertThat(browser.find(row).getText()).contains("all backends");
        browser.find(row).findElement(By.cssSelector(".ui-toggleswitch-slider")).click();
        browser.waitForText(By.id("growl_container"), "disabled");
        assertThat(JSON.readTree(Gatehouse.get("/api/v1/agents/" + name).body()).path("enabled").asBoolean()).isFalse();

        browser.find(row).findElement(By.cssSelector("button[id$=':delete']")).click();
        browser.click(By.id("confirm:confirmYes"));
        browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
        browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(row));
        assertThat(Gatehouse.get("/api/v1/agents/" + name).statusCode()).isEqualTo(404);
        browser.screenshot("agents-disabled-deleted");
    }
}
