package dev.gatehouse.it.console;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * The console browser of one test class, as an extension on a static field:
 * {@code @RegisterExtension static final ConsoleSession console = new ConsoleSession();}.
 * {@link #signIn()} or {@link #start()} opens the browser, in the class's {@code @BeforeAll}
 * after whatever data the class needs. A failed test saves what the browser showed as
 * {@code <Class>-failed-<method>.png} beside the other screenshots. The browser is closed after
 * the class's own {@code @AfterAll} methods, which may still use it.
 */
final class ConsoleSession implements TestWatcher, AfterAllCallback {
    private ConsoleBrowser browser;

    /** Opens the browser, not signed in. */
    ConsoleBrowser start() {
        browser = new ConsoleBrowser();
        return browser;
    }

    /** Opens the browser with the administrator signed in. */
    ConsoleBrowser signIn() {
        start().signIn();
        return browser;
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        if (browser == null) {
            return;
        }
        try {
            browser.screenshot(context.getRequiredTestClass().getSimpleName() + "-failed-" + context.getRequiredTestMethod().getName());
        } catch (RuntimeException e) {
            // the browser itself may be what failed; the test's own error says more
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
