package cz.planovna.process;

import static org.assertj.core.api.Assertions.assertThat;

import cz.planovna.identity.Grant;
import cz.planovna.identity.NewUser;
import cz.planovna.identity.UserAdministration;
import cz.planovna.territory.TerritoryQueries;
import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An upload over the multipart limit in the real server (Tomcat 11, which refuses to parse such a
 * body and fails the CSRF check's parameter read): the coordinator gets the form back with a Czech
 * reason — not an error without words, not a reset connection, not a stack trace.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UploadLimitTest {

    static final int ORP = ProcessMother.PRACHATICE;

    @LocalServerPort
    int port;

    @Autowired
    UserAdministration users;

    @Autowired
    TerritoryQueries territory;

    final HttpClient http =
            HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void aRequestOverTheMultipartLimitComesBackToTheFormWithTheReason() throws Exception {
        String email = "koordinator.limit." + UUID.randomUUID().toString().substring(0, 8) + "@test.planovna.cz";
        users.createUser(new NewUser(
                email,
                "Koordinátor",
                "Limit-heslo-2026",
                Grant.districtCoordinator(territory.districtRef(ORP).orElseThrow())));
        String loginToken = csrf(get("/login").body());
        HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                        + "&password=Limit-heslo-2026&_csrf=" + loginToken)));
        assertThat(login.statusCode()).isEqualTo(302);
        String form = "/orp/" + ORP + "/planovani/dokumenty/novy";
        org.jsoup.nodes.Document page = Jsoup.parse(get(form).body());
        String action = page.select("main form").attr("action");
        assertThat(action).isEqualTo(form);

        String boundary = "----planovna" + UUID.randomUUID();
        HttpResponse<String> upload = send(HttpRequest.newBuilder(uri(action))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Referer", uri(form).toString())
                .POST(HttpRequest.BodyPublishers.ofByteArray(
                        multipart(boundary, csrf(page.outerHtml()), 52 * 1024 * 1024))));

        assertThat(upload.statusCode()).isEqualTo(302);
        assertThat(upload.headers().firstValue("Location").orElseThrow()).endsWith(form);
        assertThat(Jsoup.parse(get(form).body()).select("main .alert-error").text())
                .isEqualTo(
                        "Soubor je příliš velký, proto nebyl přijat. Vyberte menší soubor a formulář odešlete znovu.");
    }

    private static byte[] multipart(String boundary, String token, int fileSize) {
        ByteArrayOutputStream body = new ByteArrayOutputStream(fileSize + 1024);
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nVelký\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"velky.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(new byte[fileSize]);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private String csrf(String html) {
        return Jsoup.parse(html).select("input[name=_csrf]").val();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
