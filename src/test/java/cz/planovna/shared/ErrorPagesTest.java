package cz.planovna.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Through the real servlet container: bad input ends on a Czech page, never a stack trace. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorPagesTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", accept)
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void unknownOrpIsACzechNotFoundPage() throws Exception {
        HttpResponse<String> response = get("/orp/9999", "text/html");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body())
                .contains("<title>Stránka nenalezena – Plánovna</title>")
                .contains("<h1>Stránka nenalezena</h1>")
                .contains("Kód chyby: 404")
                .doesNotContain("Exception", "at cz.planovna");
    }

    @Test
    void unknownPathIsNotFoundToo() throws Exception {
        HttpResponse<String> response = get("/uzemi/neexistuje/nic", "text/html");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Stránka nenalezena");
    }

    @Test
    void malformedParameterIsACzechBadRequestPage() throws Exception {
        HttpResponse<String> response = get("/orp/abc", "text/html");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body())
                .contains("<h1>Neplatný požadavek</h1>")
                .doesNotContain("NumberFormatException", "MethodArgumentTypeMismatch");
    }

    @Test
    void errorPageInEnglishWhenChosen() throws Exception {
        HttpResponse<String> response = get("/orp/9999?lang=en", "text/html");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("<h1>Page not found</h1>");
    }

    @Test
    void machineClientsGetJsonWithoutInternals() throws Exception {
        HttpResponse<String> response = get("/orp/9999", "application/json");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("\"status\":404").doesNotContain("trace", "exception");
    }

    @Test
    void healthIsUp() throws Exception {
        HttpResponse<String> response = get("/actuator/health", "application/json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void strictSecurityHeaders() throws Exception {
        HttpResponse<String> response = get("/", "text/html");
        assertThat(response.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(
                        csp -> assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe"));
        assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }
}
