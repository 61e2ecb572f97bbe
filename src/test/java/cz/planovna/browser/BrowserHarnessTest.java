package cz.planovna.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The harness itself: axe really runs under the application's CSP, and missing browsers fail loudly. */
class BrowserHarnessTest extends BrowserTestSupport {

    @Test
    void axeRunsUnderTheStrictCspAndReportsViolationsReadably() throws Exception {
        HttpResponse<Void> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url("/uzemi"))).build(),
                        HttpResponse.BodyHandlers.discarding());
        assertThat(response.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'"));

        open("/uzemi");
        assertAccessible();

        // A deliberate violation proves axe checks the page rather than passing vacuously.
        js("const img = document.createElement('img'); img.src = '/favicon.svg'; img.id = 'no-alt';"
                + " document.querySelector('main').append(img);");
        assertThatThrownBy(this::assertAccessible)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("/uzemi")
                .hasMessageContaining("image-alt [critical]")
                .hasMessageContaining("#no-alt");
    }

    @Test
    void aMissingBrowserFailsWithInstructionsInsteadOfSkipping() {
        assertThatThrownBy(() -> BrowserSession.requireExecutable("/nonexistent/chromium", "chromium"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("/nonexistent/chromium")
                .hasMessageContaining("apt-get install -y chromium chromium-driver");
    }
}
