package dev.gatehouse.it.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.it.Gatehouse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** The console's door: sign-in, the session cookie, security headers, sign-out. */
class ConsoleSignInIT {
    private static ConsoleBrowser browser;

    @RegisterExtension
    static final ConsoleSession console = new ConsoleSession();

    @BeforeAll
    static void startBrowser() {
        browser = console.start();
    }

    @Test
    void sendsAnOperatorWithoutSessionToSignInAndBackToThePageAskedFor() {
        browser.driver().manage().deleteAllCookies();
        browser.open("/audit/index.xhtml");
        browser.find(By.id("signin:user"));
        assertThat(browser.driver().getCurrentUrl()).contains("/console/signin.xhtml?next=");

        browser.signInHere(Gatehouse.ADMIN_USER, "not-the-password");
        assertThat(browser.find(By.id("signin:messages")).getText()).contains("Wrong user or password");
        browser.screenshot("signin-refused");

        browser.signInHere(Gatehouse.ADMIN_USER, Gatehouse.ADMIN_PASSWORD);
        browser.waitForText(By.id("page-title"), "Audit");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/console/audit/index.xhtml");
        assertThat(browser.find(By.id("operator")).getText()).isEqualTo(Gatehouse.ADMIN_USER);
        assertThat(browser.source()).doesNotContain(Gatehouse.ADMIN_PASSWORD);
        browser.screenshot("signed-in");

        browser.click(By.id("session:signOut"));
        browser.find(By.id("signin:user"));
        browser.open("/index.xhtml");
        browser.find(By.id("signin:user"));
        assertThat(browser.driver().getCurrentUrl()).contains("/signin.xhtml");
    }

    @Test
    void signInPageRefusesFramingAndSetsAStrictSessionCookie() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(Gatehouse.BASE + "/console/signin.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("Content-Security-Policy")).get().asString().contains("frame-ancestors 'none'");
        assertThat(page.headers().firstValue("Cache-Control")).get().asString().contains("no-store");
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("GATEHOUSE_CONSOLE="))
                .findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("SameSite=Strict").containsIgnoringCase("HttpOnly").contains("Path=/console");
    }

    @Test
    void refusesACrossSitePost() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(Gatehouse.BASE + "/console/signin.xhtml"))
                        .header("Origin", "https://attacker.example").header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("signin=signin&signin%3Auser=x")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(post.statusCode()).isEqualTo(403);
    }

    @Test
    void unknownPageShowsTheConsolesNotFoundPage() {
        browser.signIn();
        browser.find(By.id("operator"));
        browser.open("/no-such-page.xhtml");
        assertThat(browser.find(By.id("error-title")).getText()).isEqualTo("Not found");
        assertThat(browser.source()).doesNotContain("at dev.gatehouse").doesNotContain("at jakarta.faces").doesNotContain("FileNotFound");
        browser.screenshot("not-found");
    }
}
