package dev.gatehouse.it.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gatehouse.it.Gatehouse;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The credentials pages in a browser: creating bearer and headers credentials through the form,
 * secrets never coming back into any page, editing that keeps a secret left empty, and deleting
 * (refused while a backend uses the credential).
 */
class CredentialsBrowserIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static ConsoleBrowser browser;

    @RegisterExtension
    static final ConsoleSession console = new ConsoleSession();

    @BeforeAll
    static void signIn() {
        browser = console.signIn();
        browser.find(By.id("operator"));
    }

    private static String unique(String what) {
        return "ui-access-" + what + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static JsonNode credential(String name) throws Exception {
        HttpResponse<String> response = Gatehouse.get("/api/v1/credentials/" + name);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static void chooseKind(String label) {
        browser.click(By.id("form:kind"));
        browser.waitUntil(d -> d.findElement(By.id("form:kind_panel")).isDisplayed()
                && "1".equals(d.findElement(By.id("form:kind_panel")).getCssValue("opacity")));
        browser.click(By.cssSelector("[id='form:kind_items'] li[data-label^='" + label + "']"));
        browser.waitForText(By.id("form:kind_label"), label);
        browser.awaitAjax();
    }

    private static void save() {
        browser.click(By.id("form:save"));
    }

    @Test
    void createsBearerAndHeadersCredentialsWithoutEverShowingTheirSecrets() throws Exception {
        String bearer = unique("bearer");
        String headers = unique("headers");
        String token = "tok-" + UUID.randomUUID();
        String apiKey = "hdr-key-" + UUID.randomUUID();
        String tenant = "hdr-tenant-" + UUID.randomUUID();

        browser.open("/credentials/edit.xhtml");
        browser.type(By.id("form:name"), bearer);
        save();
        browser.waitForText(By.id("form:tokenMessage"), "token is required");
        browser.type(By.id("form:token"), token);
        save();
        browser.waitForText(By.id("page-title"), "Credentials");
        assertThat(browser.find(By.id("credentials:list")).getText()).contains(bearer).contains("bearer");
        assertThat(browser.source()).doesNotContain(token);

        browser.open("/credentials/edit.xhtml");
        browser.type(By.id("form:name"), headers);
        chooseKind("HTTP headers");
        browser.type(By.id("form:rows:0:rowName"), "X-Ui-Key");
        browser.type(By.id("form:rows:0:rowValue"), apiKey);
        browser.click(By.id("form:addRow"));
        browser.awaitAjax();
        browser.type(By.id("form:rows:1:rowValue"), tenant);
        save();
        browser.waitForText(By.id("form:rowsMessage"), "needs a header name");
        assertThat(browser.source()).doesNotContain(apiKey).doesNotContain(tenant);
        assertThat(browser.find(By.id("form:rows:1:rowValue")).getAttribute("placeholder")).contains("entered");
        browser.type(By.id("form:rows:1:rowName"), "X-Ui-Tenant");
        save();
        browser.waitForText(By.id("page-title"), "Credentials");
        String list = browser.find(By.id("credentials:list")).getText();
        assertThat(list).contains(headers).contains("X-Ui-Key").contains("X-Ui-Tenant");
        assertThat(browser.source()).doesNotContain(token).doesNotContain(apiKey).doesNotContain(tenant);
        assertThat(credential(headers).path("secretsSet").toString()).contains("headers.X-Ui-Key", "headers.X-Ui-Tenant");
        browser.open("/credentials/index.xhtml");
        assertThat(browser.source()).doesNotContain(token).doesNotContain(apiKey).doesNotContain(tenant);
        browser.screenshot("credentials-list");

        browser.open("/credentials/edit.xhtml?name=" + headers);
        assertThat(browser.find(By.id("form:rows:0:storedName")).getText()).isEqualTo("X-Ui-Key");
        assertThat(browser.find(By.id("form:rows:0:rowValue")).getAttribute("value")).isEmpty();
        assertThat(browser.source()).doesNotContain(apiKey).doesNotContain(tenant);
        browser.screenshot("credential-form");
    }

    @Test
    void editingKeepsASecretLeftEmptyAndReplacesAnEnteredOne() throws Exception {
        String name = unique("edit");
        String apiKey = "keep-me-" + UUID.randomUUID();
        String tenant = "tenant-" + UUID.randomUUID();
        Gatehouse.send("POST", "/api/v1/credentials", """
                {"name":"%s","kind":"headers","headers":{"X-Ui-Key":"%s","X-Ui-Tenant":"old"}}""".formatted(name, apiKey));

        browser.open("/credentials/edit.xhtml?name=" + name);
        assertThat(browser.find(By.id("form:kind_input")).getAttribute("disabled")).isNotNull();
        browser.type(By.id("form:rows:1:rowValue"), tenant);
        save();
        browser.waitForText(By.id("page-title"), "Credentials");
        assertThat(browser.source()).doesNotContain(apiKey).doesNotContain(tenant);

        long version = credential(name).path("version").asLong();
        HttpResponse<String> same = Gatehouse.send("PUT", "/api/v1/credentials/" + name, """
                {"kind":"headers","headers":{"X-Ui-Key":"%s","X-Ui-Tenant":"%s"}}""".formatted(apiKey, tenant));
        assertThat(same.statusCode()).as(same.body()).isEqualTo(200);
        assertThat(JSON.readTree(same.body()).path("version").asLong())
                .as("storing the kept key and the new tenant again changes nothing: that is what is stored").isEqualTo(version);
        browser.screenshot("credentials-secret-kept");
    }

    @Test
    void deletingIsRefusedWhileABackendUsesTheCredential() throws Exception {
        String name = unique("used");
        String backend = unique("backend");
        Gatehouse.send("POST", "/api/v1/credentials", "{\"name\":\"%s\",\"kind\":\"bearer\",\"token\":\"t-%s\"}".formatted(name, name));
        HttpResponse<String> created = Gatehouse.send("POST", "/api/v1/backends", """
                {"name":"%s","transport":"http","url":"http://127.0.0.1:1/mcp","credential":"%s","enabled":false}"""
                .formatted(backend, name));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        browser.open("/credentials/index.xhtml");
        By row = By.cssSelector("tr.credential-" + name);
        assertThat(browser.find(row).getText()).contains(backend);
        browser.find(row).findElement(By.cssSelector("button[id$=':delete']")).click();
        browser.click(By.id("confirm:confirmYes"));
        browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
        browser.waitForText(By.id("growl_container"), "is used by backend(s) " + backend);
        assertThat(browser.find(row).isDisplayed()).isTrue();

        Gatehouse.send("DELETE", "/api/v1/backends/" + backend, null);
        browser.open("/credentials/index.xhtml");
        browser.find(row).findElement(By.cssSelector("button[id$=':delete']")).click();
        browser.click(By.id("confirm:confirmYes"));
        browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
        browser.waitForText(By.id("growl_container"), "deleted");
        browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(row));
        assertThat(Gatehouse.get("/api/v1/credentials/" + name).statusCode()).isEqualTo(404);
        browser.screenshot("credentials-delete-refused");
    }
}
