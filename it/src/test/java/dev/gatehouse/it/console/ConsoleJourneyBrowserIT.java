package dev.gatehouse.it.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gatehouse.it.Gatehouse;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * An operator's whole path through the console, in one browser session and only through its
 * pages: sign in, register server-everything over stdio, see it become ready, browse it, call
 * {@code echo} from the generated form, write a policy with a syntax error and see the error on
 * its line, fix it, simulate the denied call, enable it, call {@code echo} again and find the
 * denial with its reason in the audit feed. The policy only matches this test's backend and is
 * deleted at the end.
 */
class ConsoleJourneyBrowserIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 6);
    private static final String BACKEND = "ui-journey-" + SUFFIX;
    private static final String POLICY = "ui-journey-deny-" + SUFFIX;
    private static final String REASON = "echo is closed for maintenance";
    private static ConsoleBrowser browser;

    @RegisterExtension
    static final ConsoleSession console = new ConsoleSession();

    @BeforeAll
    static void start() {
        browser = console.start();
    }

    @AfterAll
    static void stop() throws Exception {
        Gatehouse.send("DELETE", "/api/v1/policies/" + POLICY, null);
        Gatehouse.send("DELETE", "/api/v1/backends/" + BACKEND, null);
    }

    private static By backendRow() {
        return By.xpath("//tr[.//a[text()='" + BACKEND + "']]");
    }

    private static By policyRow() {
        return By.xpath("//tr[.//a[normalize-space(text())='" + POLICY + "']]");
    }

    private static void setSource(String source) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.querySelector('.CodeMirror').CodeMirror.setValue(arguments[0]);", source);
    }

    private static void callEcho(String message) {
        browser.open("/backends/call.xhtml?name=" + BACKEND + "&tool=echo");
        browser.waitForText(By.id("page-title"), "Try echo");
        browser.type(By.cssSelector("[data-field='message']"), message);
        browser.click(By.id("call:run"));
    }

    @Test
    void registersABackendCallsItThenDeniesItByPolicyAndFindsTheDenialInTheAuditFeed() throws Exception {
        browser.signIn();
        browser.waitForText(By.id("page-title"), "Overview");

        // register server-everything over stdio and see it become ready
        browser.click(By.id("nav-backends"));
        browser.click(By.id("register"));
        browser.waitForText(By.id("page-title"), "Register backend");
        browser.type(By.id("form:name"), BACKEND);
        browser.type(By.id("form:command"), "node");
        browser.type(By.id("form:args"), Gatehouse.serverEverything().toString());
        browser.click(By.id("form:save"));
        browser.waitForText(backendRow(), "Ready");

        // browse what it exposes
        browser.click(By.linkText(BACKEND));
        browser.waitForText(By.id("page-title"), BACKEND);
        assertThat(browser.find(By.cssSelector("[data-tool='echo']")).getText()).contains("message");

        // call echo from the form generated from its schema
        browser.click(By.cssSelector("[data-tool='echo'] .gh-try"));
        browser.waitForText(By.id("page-title"), "Try echo");
        browser.type(By.cssSelector("[data-field='message']"), "before the policy");
        browser.click(By.id("call:run"));
        browser.waitForText(By.id("call:outcome"), "Echo: before the policy");
        browser.screenshot("journey-echo");

        // a policy with a syntax error: the error sits on its line and nothing is saved
        browser.click(By.id("nav-policies"));
        browser.click(By.id("new-policy"));
        browser.waitForText(By.id("page-title"), "New policy");
        browser.type(By.id("policy-form:name"), POLICY);
        String head = "package gatehouse.journey.p" + SUFFIX + "\nimport rego.v1\n\n";
        setSource(head + "deny contains \"" + REASON + "\" if {\n\tinput.backend.name == \"" + BACKEND
                + "\"\n\tinput.tool.name == \"echo\"\n");
        browser.click(By.id("policy-form:save"));
        assertThat(browser.find(By.id("policy-form:problems")).getText()).contains("rego_parse_error");
        String errorLine = browser.find(By.cssSelector(".CodeMirror .gh-cm-error-line .CodeMirror-linenumber")).getText();
        assertThat(browser.find(By.id("policy-form:problems")).getText()).contains("line " + errorLine);
        assertThat(Gatehouse.get("/api/v1/policies/" + POLICY).statusCode()).as("nothing saved").isEqualTo(404);
        browser.screenshot("journey-policy-error");

        // fixed: saved (disabled), and the simulator shows the call it will deny
        setSource(head + "deny contains \"" + REASON + "\" if {\n\tinput.backend.name == \"" + BACKEND
                + "\"\n\tinput.tool.name == \"echo\"\n}\n");
        browser.click(By.id("policy-form:save"));
        browser.waitForText(By.id("page-title"), POLICY);
        browser.click(By.id("policy-form:simulate-draft"));
        browser.waitForText(By.id("page-title"), "Policy simulator");
        browser.chooseIn("sim:backend", BACKEND);
        browser.chooseIn("sim:tool", "echo");
        browser.click(By.id("sim:run"));
        browser.waitForText(By.id("verdict"), "DENY");
        assertThat(browser.find(By.id("reasons")).getText()).contains(REASON);
        browser.screenshot("journey-simulated");

        // enable it from the list
        browser.click(By.id("nav-policies"));
        browser.click(By.xpath("//tr[.//a[normalize-space(text())='" + POLICY + "']]//div[contains(@class,'ui-toggleswitch')]"));
        browser.awaitAjax();
        browser.open("/policies/index.xhtml");
        assertThat(browser.find(policyRow()).findElement(By.cssSelector(".ui-toggleswitch")).getAttribute("class"))
                .contains("ui-toggleswitch-checked");

        // the same call is now denied, with the reason
        String marker = "after the policy " + SUFFIX;
        callEcho(marker);
        browser.waitForText(By.id("call:denied"), REASON);

        // and the audit feed shows the denial and its reason
        browser.open("/audit/index.xhtml?backend=" + BACKEND + "&decision=deny");
        browser.waitForText(By.id("feed:table"), REASON);
        String feed = browser.find(By.id("feed:table")).getText();
        assertThat(feed).contains("echo").contains("deny").contains(Gatehouse.ADMIN_USER);
        browser.screenshot("journey-audit-denial");

        JsonNode records = JSON.readTree(Gatehouse.get("/api/v1/audit?backend=" + BACKEND).body()).path("records");
        assertThat(records).extracting(r -> r.path("decision").asText()).containsExactly("deny", "allow");
    }
}
