package dev.gatehouse.it.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gatehouse.it.Gatehouse;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The policy pages in a real browser: a policy with a compile error shows it on its line; the
 * fixed policy denies a simulated call of a real server-everything's {@code echo}; it is
 * enabled from the list, then disabled and deleted (so no other test sharing the server is
 * denied); and the history shows the diff between two saves. The policies only ever match
 * this test's own backend.
 */
class PoliciesBrowserIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);
    private static final String BACKEND = "ui-policies-everything";
    private static final String POLICY = "ui-policies-echo-" + SUFFIX;
    private static final String HISTORY = "ui-policies-history-" + SUFFIX;
    private static ConsoleBrowser browser;

    @RegisterExtension
    static final ConsoleSession console = new ConsoleSession();


    @BeforeAll
    static void start() throws Exception {
        Gatehouse.send("DELETE", "/api/v1/backends/" + BACKEND, null);
        HttpResponse<String> created = Gatehouse.send("POST", "/api/v1/backends", JSON.writeValueAsString(Map.of(
                "name", BACKEND, "transport", "stdio", "command", "node",
                "args", List.of(Gatehouse.serverEverything().toString()))));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        browser = console.signIn();
        browser.find(By.id("operator"));
        awaitReady();
    }

    @AfterAll
    static void stop() throws Exception {
        Gatehouse.send("DELETE", "/api/v1/policies/" + POLICY, null);
        Gatehouse.send("DELETE", "/api/v1/policies/" + HISTORY, null);
        Gatehouse.send("DELETE", "/api/v1/backends/" + BACKEND, null);
    }

    private static void awaitReady() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        String state = "";
        while (Instant.now().isBefore(deadline) && !"READY".equals(state)) {
            Thread.sleep(250);
            state = JSON.readTree(Gatehouse.get("/api/v1/backends/" + BACKEND).body()).path("status").path("state").asText();
        }
        assertThat(state).as("state of " + BACKEND).isEqualTo("READY");
    }

    private static JsonNode policy(String name) throws Exception {
        HttpResponse<String> response = Gatehouse.get("/api/v1/policies/" + name);
        return response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
    }

    private static void setSource(String source) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.querySelector('.CodeMirror').CodeMirror.setValue(arguments[0]);", source);
    }

    private static void choose(String menuId, String label) throws InterruptedException {
        browser.chooseIn(menuId, label);
    }

    private static By row(String policy) {
        return By.xpath("//tr[.//a[normalize-space(text())='" + policy + "']]");
    }

    @Test
    void showsACompileErrorOnItsLineThenSimulatesTheFixedPolicysDenialAndEnablesIt() throws Exception {
        String pkg = "package gatehouse.ui_policies.p" + SUFFIX + "\nimport rego.v1\n\n";
        browser.open("/policies/index.xhtml");
        browser.click(By.id("new-policy"));
        browser.waitForText(By.id("page-title"), "New policy");
        browser.type(By.id("policy-form:name"), POLICY);
        setSource(pkg + "deny contains msg if input.tool.name == \"echo\"\n");
        browser.click(By.id("policy-form:save"));

        WebElement errorLine = browser.find(By.cssSelector(".CodeMirror .gh-cm-error-line"));
        assertThat(errorLine.findElement(By.cssSelector(".CodeMirror-linenumber")).getText()).isEqualTo("4");
        assertThat(errorLine.findElements(By.cssSelector(".gh-cm-error-marker"))).hasSize(1);
        assertThat(browser.find(By.cssSelector(".gh-cm-error-widget")).getText())
                .startsWith("line 4").contains("rego_unsafe_var_error").contains("msg");
        assertThat(browser.find(By.id("policy-form:problems")).getText()).contains("line 4").contains("var msg is unsafe");
        assertThat(policy(POLICY)).as("nothing saved").isNull();
        browser.screenshot("policy-editor-error");

        setSource(pkg + "deny contains \"echo is switched off\" if {\n\tinput.backend.name == \"" + BACKEND
                + "\"\n\tinput.tool.name == \"echo\"\n}\n");
        browser.click(By.id("policy-form:save"));
        browser.waitForText(By.id("page-title"), POLICY);
        assertThat(browser.find(By.id("current-version")).getText()).isEqualTo("v1");
        assertThat(browser.all(By.cssSelector(".gh-cm-error-line"))).isEmpty();
        JsonNode saved = policy(POLICY);
        assertThat(saved.path("version").asInt()).isEqualTo(1);
        assertThat(saved.path("enabled").asBoolean()).as("new policies start disabled").isFalse();
        assertThat(saved.path("author").asText()).isEqualTo(Gatehouse.ADMIN_USER);

        browser.click(By.id("policy-form:simulate-draft"));
        browser.waitForText(By.id("page-title"), "Policy simulator");
        assertThat(browser.find(By.id("sim:draft-name")).getAttribute("value")).isEqualTo(POLICY);
        browser.type(By.id("sim:user"), "alice");
        browser.find(By.id("sim:groups_input")).sendKeys("support", Keys.ENTER);
        choose("sim:backend", BACKEND);
        choose("sim:tool", "echo");
        assertThat(browser.find(By.id("sim:arguments")).getAttribute("value")).contains("\"message\"");
        browser.type(By.id("sim:arguments"), "{\"message\": \"hello\"}");
        browser.click(By.id("sim:run"));

        browser.waitForText(By.id("verdict"), "DENY");
        assertThat(browser.find(By.id("reasons")).getText()).contains("echo is switched off").contains(POLICY);
        assertThat(browser.find(By.id("sim:results")).getText()).contains(POLICY).contains("draft").contains("denies");
        assertThat(browser.find(By.id("sim-time")).getText()).matches("[0-9.]+ (µs|ms)");
        ((JavascriptExecutor) browser.driver()).executeScript("window.scrollTo(0, 0);");
        browser.screenshot("policy-simulator");

        browser.open("/policies/index.xhtml");
        browser.click(By.xpath("//tr[.//a[normalize-space(text())='" + POLICY + "']]//div[contains(@class,'ui-toggleswitch')]"));
        browser.awaitAjax();
        waitFor(() -> policy(POLICY).path("enabled").asBoolean(), "enabled");
        browser.open("/policies/index.xhtml");
        assertThat(browser.find(row(POLICY)).findElement(By.cssSelector(".ui-toggleswitch")).getAttribute("class"))
                .contains("ui-toggleswitch-checked");
        browser.screenshot("policies-list");

        // the enabled set, as enforcement sees it now, denies the call too
        browser.click(By.id("simulate"));
        browser.waitForText(By.id("page-title"), "Policy simulator");
        assertThat(browser.driver().findElement(By.cssSelector("[id='sim:against'] input[value='enabled']")).isSelected())
                .as("without a carried draft the simulator decides with the enabled policies").isTrue();
        choose("sim:backend", BACKEND);
        choose("sim:tool", "echo");
        browser.click(By.id("sim:run"));
        browser.waitForText(By.id("verdict"), "DENY");
        assertThat(browser.find(By.id("reasons")).getText()).contains("policy '" + POLICY + "': echo is switched off");
        assertThat(browser.find(By.id("sim:results")).getText()).contains(POLICY).contains("v1");
        browser.open("/policies/index.xhtml");

        // leave nothing enabled behind: disable it again, then delete it through the console
        browser.click(By.xpath("//tr[.//a[normalize-space(text())='" + POLICY + "']]//div[contains(@class,'ui-toggleswitch')]"));
        browser.awaitAjax();
        waitFor(() -> !policy(POLICY).path("enabled").asBoolean(), "disabled");
        browser.click(By.xpath("//tr[.//a[normalize-space(text())='" + POLICY + "']]//button[contains(@id,'delete')]"));
        browser.click(By.id("policies:confirm-yes"));
        browser.awaitAjax();
        waitFor(() -> policy(POLICY) == null, "deleted");
        browser.waitUntil(d -> d.findElements(row(POLICY)).isEmpty());
    }

    @Test
    void historyShowsTheLineDiffBetweenTwoSaves() throws Exception {
        String first = "package gatehouse.ui_policies.h" + SUFFIX + "\nimport rego.v1\n\n"
                + "deny contains \"no get-sum\" if {\n\tinput.backend.name == \"" + BACKEND + "\"\n"
                + "\tinput.tool.name == \"get-sum\"\n}\n";
        HttpResponse<String> created = Gatehouse.send("POST", "/api/v1/policies", JSON.writeValueAsString(Map.of(
                "name", HISTORY, "source", first, "enabled", false)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String second = first.replace("\"get-sum\"", "\"get-tiny-image\"")
                .replace("}\n", "}\n\ndeny contains \"no long runs\" if input.tool.name == \"longRunningOperation\"\n");

        browser.open("/policies/edit.xhtml?name=" + HISTORY);
        browser.find(By.cssSelector(".CodeMirror"));
        setSource(second);
        browser.click(By.id("policy-form:save"));
        browser.waitForText(By.id("current-version"), "v2");
        browser.click(By.id("policy-form:version-history"));
        browser.waitForText(By.id("page-title"), "History of " + HISTORY);

        browser.waitForText(By.id("diff-title"), "v2 compared with v1");
        assertThat(browser.all(By.cssSelector(".gh-diff-removed .gh-diff-text"))).extracting(e -> e.getText().strip())
                .containsExactly("input.tool.name == \"get-sum\"");
        assertThat(browser.all(By.cssSelector(".gh-diff-added .gh-diff-text"))).extracting(e -> e.getText().strip())
                .containsExactly("input.tool.name == \"get-tiny-image\"", "",
                        "deny contains \"no long runs\" if input.tool.name == \"longRunningOperation\"");
        assertThat(browser.find(By.id("history:versions")).getText()).contains(Gatehouse.ADMIN_USER);
        browser.screenshot("policy-history-diff");

        browser.click(By.id("history:versions:1:select"));
        browser.waitForText(By.id("diff-title"), "the first version");
        assertThat(browser.all(By.cssSelector(".gh-diff-removed"))).isEmpty();
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private static void waitFor(Check check, String what) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (!check.holds()) {
            assertThat(Instant.now()).as("waiting until the policy is " + what).isBefore(deadline);
            Thread.sleep(200);
        }
    }
}
