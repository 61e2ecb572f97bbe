package cz.planovna.process;

import static cz.planovna.process.ProcessMother.PISEK;
import static cz.planovna.process.ProcessMother.STRAKONICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cz.planovna.identity.UserAdministration;
import cz.planovna.territory.TerritoryQueries;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

/** The public subscribe form: bad input, groups that take no subscribers, the public page's link. */
@ProcessWebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SubscriptionFormTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAdministration users;

    @Autowired
    TerritoryQueries territory;

    @Autowired
    PlanningRoundRepository rounds;

    @Autowired
    PlanningGroupRepository groups;

    @Autowired
    GroupSubscriptionRepository subscriptionRepository;

    @Autowired
    SubscriptionLinks links;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    ProcessMother mother;
    long openGroup;
    String form;

    @BeforeAll
    void setUp() {
        mother = new ProcessMother(users, territory, rounds, groups, tx);
        openGroup = mother.workingGroup(STRAKONICE, ProcessMother.unique("PS formulář"));
        form = formOf(STRAKONICE, openGroup);
    }

    @Test
    void thePublicPageLinksEveryOpenGroupToItsForm() throws Exception {
        mvc.perform(get("/orp/" + STRAKONICE + "/proces"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"" + form + "\"")))
                .andExpect(content().string(containsString("Odebírat pozvánky e-mailem")));
    }

    @Test
    void aMissingOrInvalidAddressIsExplainedAndNothingIsStored() throws Exception {
        submit("", true)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vyplňte svůj e-mail.")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        submit("neni-email", true)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Zadejte e-mail ve tvaru jmeno@example.cz.")));
        submit("jana@localhost", true)
                .andExpect(content().string(containsString("Zadejte e-mail ve tvaru jmeno@example.cz.")));
        submit("a".repeat(250) + "@example.cz", true)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("error-summary")));
        assertThat(subscriptionsOf(openGroup)).isZero();
    }

    @Test
    void withoutConsentNothingIsStored() throws Exception {
        mvc.perform(post(form).with(csrf()).param("email", SubscriptionMother.uniqueEmail("bez-souhlasu")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bez souhlasu se zpracováním adresy")))
                .andExpect(content().string(containsString("href=\"#consent\"")));
        assertThat(subscriptionsOf(openGroup)).isZero();
    }

    @Test
    void scriptInTheAddressIsShownEscaped() throws Exception {
        submit("<script>alert('x')</script>@example.cz", true)
                .andExpect(status().isOk())
                .andExpect(
                        content().string(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;@example.cz")))
                .andExpect(content().string(not(containsString("<script>alert"))));
    }

    @Test
    void aDoubleSubmitStoresOneSubscription() throws Exception {
        long group = mother.workingGroup(STRAKONICE, ProcessMother.unique("PS dvojklik"));
        String email = SubscriptionMother.uniqueEmail("dvojklik");
        for (int i = 0; i < 2; i++) {
            mvc.perform(post(formOf(STRAKONICE, group))
                            .with(csrf())
                            .param("email", email)
                            .param("consent", "true"))
                    .andExpect(redirectedUrl(formOf(STRAKONICE, group) + "?odeslano"));
        }
        assertThat(subscriptionsOf(group)).isEqualTo(1);
    }

    @Test
    void unconfirmedAddressesAreDeletedOnceTheirLinkExpired() throws Exception {
        SubscriptionMother subscriptions = new SubscriptionMother(subscriptionRepository, groups, links, tx);
        long group = mother.workingGroup(STRAKONICE, ProcessMother.unique("PS expirace"));
        SubscriptionMother.Created expired = subscriptions.pending(group, SubscriptionMother.uniqueEmail("stara"));
        SubscriptionMother.Created fresh = subscriptions.pending(group, SubscriptionMother.uniqueEmail("nova"));
        SubscriptionMother.Created confirmed =
                subscriptions.confirmed(group, SubscriptionMother.uniqueEmail("potvrzena"));
        jdbc.update(
                "update group_subscription set last_sent_at = last_sent_at - interval '8' day where id in (?, ?)",
                expired.id(),
                confirmed.id());
        mvc.perform(get(SubscriptionLinks.CONFIRM_PATH + expired.confirmToken()))
                .andExpect(status().isNotFound());

        submit(SubscriptionMother.uniqueEmail("kdokoli"), true).andExpect(status().is3xxRedirection());

        assertThat(subscriptionRepository.findById(expired.id())).isEmpty();
        assertThat(subscriptionRepository.findById(fresh.id())).isPresent();
        assertThat(subscriptionRepository.findById(confirmed.id())).isPresent();
    }

    @Test
    void closedSteeringUnknownAndForeignGroupsHaveNoForm() throws Exception {
        long closed = tx.execute(s -> groups.save(new PlanningGroup(
                        mother.orp(STRAKONICE),
                        GroupKind.WORKING,
                        new GroupDetails(ProcessMother.unique("PS uzavřená"), null, null, false),
                        Instant.now()))
                .id());
        long foreign = mother.workingGroup(PISEK, ProcessMother.unique("PS Písek"));
        for (String path : new String[] {
            formOf(STRAKONICE, closed),
            formOf(STRAKONICE, foreign),
            formOf(STRAKONICE, 999_999),
            formOf(9999, openGroup)
        }) {
            mvc.perform(get(path)).andExpect(status().isNotFound());
            mvc.perform(post(path)
                            .with(csrf())
                            .param("email", "jana@example.cz")
                            .param("consent", "true"))
                    .andExpect(status().isNotFound());
        }
        assertThat(subscriptionsOf(closed)).isZero();
        mvc.perform(get("/orp/" + STRAKONICE + "/proces/skupiny/abc/odber")).andExpect(status().isBadRequest());
    }

    @Test
    void withoutTheCsrfTokenNothingHappens() throws Exception {
        mvc.perform(post(form).param("email", "jana@example.cz").param("consent", "true"))
                .andExpect(status().isForbidden());
        mvc.perform(post(SubscriptionLinks.CONFIRM_PATH + "abc")).andExpect(status().isForbidden());
    }

    @Test
    void malformedLinksArePlainNotFound() throws Exception {
        mvc.perform(get(SubscriptionLinks.CONFIRM_PATH + "x".repeat(300))).andExpect(status().isNotFound());
        mvc.perform(get(SubscriptionLinks.UNSUBSCRIBE_PATH + "neexistuje"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Odkaz už neplatí")));
    }

    private ResultActions submit(String email, boolean consent) throws Exception {
        var request = post(form).with(csrf()).param("email", email);
        if (consent) {
            request.param("consent", "true");
        }
        return mvc.perform(request);
    }

    private int subscriptionsOf(long groupId) {
        return jdbc.queryForObject(
                "select count(*) from group_subscription where group_id = ?", Integer.class, groupId);
    }

    private static String formOf(int orp, long groupId) {
        return "/orp/" + orp + "/proces/skupiny/" + groupId + "/odber";
    }
}
