package dev.gatehouse.it.console;

import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Saves what the browser showed when a test failed, as {@code <Class>-failed-<method>.png}
 * beside the other screenshots. Register it with
 * {@code @RegisterExtension final ScreenshotOnFailure failures = new ScreenshotOnFailure(() -> browser);}.
 */
final class ScreenshotOnFailure implements TestWatcher {
    private final Supplier<ConsoleBrowser> browser;

    ScreenshotOnFailure(Supplier<ConsoleBrowser> browser) {
        this.browser = browser;
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        ConsoleBrowser current = browser.get();
        if (current == null) {
            return;
        }
        try {
            current.screenshot(context.getRequiredTestClass().getSimpleName() + "-failed-" + context.getRequiredTestMethod().getName());
        } catch (RuntimeException e) {
            // the browser itself may be what failed; the test's own error says more
        }
    }
}
