package dev.gatehouse.it.console;

import dev.gatehouse.it.Gatehouse;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium driven through chromedriver, pointed at the started Gatehouse's
 * console. One per test class, opened and closed by {@link ConsoleSession}:
 * starting Chromium costs about a second. Screenshots are full-page PNGs under
 * {@code it/target/screenshots/}.
 */
public final class ConsoleBrowser implements AutoCloseable {
    /** Where screenshots go (the README shows some of them). */
    public static final Path SCREENSHOTS = Path.of(System.getProperty("gatehouse.it.screenshots", "target/screenshots"));
    private static final Duration WAIT = Duration.ofSeconds(Long.getLong("gatehouse.it.browser.wait", 30));

    private final ChromeDriver driver;
    private final Path profile;

    public ConsoleBrowser() {
        try {
            profile = Files.createTempDirectory("gatehouse-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("gatehouse.it.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1440,1000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("gatehouse.it.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a console path ({@code /backends/index.xhtml}). */
    public ConsoleBrowser open(String consolePath) {
        driver.get(Gatehouse.BASE + "/console" + consolePath);
        return this;
    }

    /**
     * Signs in as the IT administrator through the sign-in form and waits until the page it
     * leads to shows the operator (so the redirect cannot land after the test's next navigation).
     */
    public ConsoleBrowser signIn() {
        open("/signin.xhtml");
        signInHere(Gatehouse.ADMIN_USER, Gatehouse.ADMIN_PASSWORD);
        find(By.id("operator"));
        return this;
    }

    /** Fills and submits the sign-in form on the current page. */
    public ConsoleBrowser signInHere(String user, String password) {
        type(By.id("signin:user"), user);
        type(By.id("signin:password"), password);
        click(By.id("signin:submit"));
        return this;
    }

    public WebElement find(By by) {
        return waitUntil(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    /** Clears a field and types into it. */
    public void type(By by, String text) {
        WebElement field = find(by);
        field.clear();
        field.sendKeys(text);
    }

    public void click(By by) {
        waitUntil(ExpectedConditions.elementToBeClickable(by)).click();
    }

    /**
     * Waits until the element's text contains {@code text} (AJAX updates, polling, a navigation
     * still on its way). The element is looked up afresh each time: one that a navigation
     * replaces between being found and being read is simply looked up again.
     */
    public WebElement waitForText(By by, String text) {
        waitUntil(d -> {
            try {
                return d.findElement(by).getText().contains(text);
            } catch (WebDriverException e) {
                if (replacedMeanwhile(e)) {
                    return false;
                }
                throw e;
            }
        });
        return driver.findElement(by);
    }

    /** Whether the failure only says the element went away (not found yet, stale, or its node left the document). */
    private static boolean replacedMeanwhile(WebDriverException e) {
        return e instanceof NoSuchElementException || e instanceof StaleElementReferenceException
                || String.valueOf(e.getMessage()).contains("does not belong to the document");
    }

    public <T> T waitUntil(Function<? super WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class).until(condition);
    }

    /** Waits for PrimeFaces' AJAX queue to drain (after a partial submit). */
    public void awaitAjax() {
        waitUntil(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty());"));
    }

    /**
     * Chooses an item of the PrimeFaces select-one menu {@code menuId} the way a person does:
     * open it, wait for the panel, narrow it with its filter when it has one, click the label;
     * again if the menu did not take it (a click while the page still initialises or the panel
     * still animates).
     */
    public void chooseIn(String menuId, String label) throws InterruptedException {
        By panel = By.id(menuId + "_panel");
        By item = By.cssSelector("[id='" + menuId + "_items'] li[data-label='" + label + "']");
        WebDriverException last = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                awaitAjax();
                if (!driver.findElement(panel).isDisplayed()) {
                    click(By.id(menuId));
                }
                find(panel);
                Thread.sleep(300);
                for (WebElement filter : all(By.id(menuId + "_filter"))) {
                    filter.clear();
                    filter.sendKeys(label);
                }
                click(item);
                awaitAjax();
                if (label.equals(driver.findElement(By.id(menuId + "_label")).getText())) {
                    return;
                }
            } catch (WebDriverException e) {
                last = e;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("could not choose '" + label + "' in " + menuId, last);
    }

    public String source() {
        return driver.getPageSource();
    }

    /** Saves a full-page PNG as {@code target/screenshots/<name>.png} and returns its path. */
    @SuppressWarnings("unchecked")
    public Path screenshot(String name) {
        try {
            // Chromium's own full-page capture: the whole document, not just the viewport
            Map<String, Object> size = (Map<String, Object>) ((JavascriptExecutor) driver).executeScript(
                    "return {w: Math.max(document.body.scrollWidth, document.documentElement.clientWidth),"
                            + " h: Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)};");
            Map<String, Object> clip = Map.of("x", 0, "y", 0, "scale", 1,
                    "width", ((Number) size.get("w")).intValue(), "height", Math.min(((Number) size.get("h")).intValue(), 8000));
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                    Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a leftover temp profile is harmless
            }
        }
    }
}
