package cz.planovna.shared;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cz.planovna.shared.web.StaleEditException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;

/** A stale edit anywhere in the application ends on the 409 page with both versions. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(ConflictPageTest.StaleController.class)
class ConflictPageTest {

    @Autowired
    MockMvc mvc;

    @Test
    void staleEditShowsBothVersionsInCzech() throws Exception {
        mvc.perform(get("/uzemi/test-stale-text"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Záznam mezitím změnil někdo jiný")))
                .andExpect(content().string(containsString("Nový název")))
                .andExpect(content().string(containsString("Starý název")))
                .andExpect(content().string(containsString("href=\"/orp/3108\"")));
    }

    @Test
    void valuesGivenAsMessageKeysAreTranslated() throws Exception {
        mvc.perform(get("/uzemi/test-stale-keys").param("lang", "en"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else changed this record meanwhile")))
                .andExpect(content().string(containsString("<dd>yes</dd>")))
                .andExpect(content().string(containsString("<dd>no</dd>")));
    }

    @Test
    void optimisticLockFailureIsAConflictPageToo() throws Exception {
        mvc.perform(get("/uzemi/test-stale-jpa"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Záznam mezitím změnil někdo jiný")));
    }

    @Controller
    static class StaleController {

        @GetMapping("/uzemi/test-stale-text")
        String text() {
            throw new StaleEditException("ORP Písek", "Nový název", "Starý název", "/orp/3108", false);
        }

        @GetMapping("/uzemi/test-stale-keys")
        String keys() {
            throw new StaleEditException("ORP Písek", "common.yes", "common.no", "/orp/3108", true);
        }

        @GetMapping("/uzemi/test-stale-jpa")
        String jpa() {
            throw new ObjectOptimisticLockingFailureException("District", 3108);
        }
    }
}
