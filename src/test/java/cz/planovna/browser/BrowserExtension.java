package cz.planovna.browser;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Gives tests the one {@link BrowserSession} of the test run. It lives in JUnit's root store, so it
 * is started by the first browser test and closed (browser, driver, temp profile) when the whole run
 * ends. If Chromium is missing, the parameter cannot be resolved and every browser test fails with
 * the session's message: they never skip.
 *
 * <p>When a test fails, the page it was on is saved as {@code target/screenshots/<Class>-FAILED-<method>.png}
 * and {@code .html}.
 */
public class BrowserExtension implements ParameterResolver, TestWatcher, BeforeEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(BrowserExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == BrowserSession.class;
    }

    @Override
    public BrowserSession resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return extensionContext
                .getRoot()
                .getStore(NAMESPACE)
                .computeIfAbsent(BrowserSession.class, key -> BrowserSession.start(), BrowserSession.class);
    }

    /** Removes what an earlier failure of this test left, so that failure files are always current. */
    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        String name = failureName(context);
        Files.deleteIfExists(BrowserSession.SCREENSHOTS.resolve(name + ".png"));
        Files.deleteIfExists(BrowserSession.SCREENSHOTS.resolve(name + ".html"));
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        BrowserSession session = context.getRoot().getStore(NAMESPACE).get(BrowserSession.class, BrowserSession.class);
        if (session == null) {
            return;
        }
        String name = failureName(context);
        try {
            session.saveScreenshot(name);
            session.savePageSource(name);
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    private static String failureName(ExtensionContext context) {
        return context.getRequiredTestClass().getSimpleName() + "-FAILED-"
                + context.getRequiredTestMethod().getName();
    }
}
