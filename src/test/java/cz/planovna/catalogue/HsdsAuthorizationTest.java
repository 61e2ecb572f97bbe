package cz.planovna.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The HSDS API and its documentation are public to read; nobody writes through them: an anonymous
 * POST, PUT or DELETE is sent to login, a signed-in one is refused as a method the API lacks.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HsdsAuthorizationTest {

    static final List<String> ENDPOINTS = List.of(
            "/api/hsds/",
            "/api/hsds/services",
            "/api/hsds/organizations",
            "/api/hsds/service_at_locations",
            "/api/hsds/taxonomies",
            "/api/hsds/taxonomy_terms");

    @Autowired
    MockMvc mvc;

    int status(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    @Test
    void anonymousClientsReadEveryEndpointAndTheDocumentation() throws Exception {
        for (String url : ENDPOINTS) {
            assertThat(status(get(url))).as(url).isEqualTo(200);
        }
        String docs = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        assertThat(docs).contains("/api/hsds/services", "/api/hsds/service_at_locations/{id}", "per_page");
        assertThat(docs).doesNotContain("/katalog", "ModelAndView");
        assertThat(status(get("/swagger-ui/index.html"))).isEqualTo(200);
    }

    @Test
    void writesAreRefused() throws Exception {
        for (String url : ENDPOINTS) {
            for (MockHttpServletRequestBuilder write : List.of(post(url), put(url), delete(url))) {
                // anonymous, even with a valid CSRF token: to the login page
                int anonymous = status(write.with(csrf()));
                assertThat(anonymous).as("anonymous write " + url).isEqualTo(302);
            }
            for (MockHttpServletRequestBuilder write : List.of(post(url), put(url), delete(url))) {
                int signedIn = status(write.with(csrf()).with(user("koordinator@example.cz")));
                assertThat(signedIn).as("signed-in write " + url).isIn(403, 405);
            }
        }
    }
}
