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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cz.planovna.identity.UserAdministration;
import cz.planovna.process.SubscriptionMother.Created;
import cz.planovna.territory.TerritoryQueries;
import cz.planovna.testing.TestUser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

/** The coordinator's side: a group's subscribers, removing one, and GDPR export and erasure. */
@ProcessWebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SubscriberGdprTest {

    static final String BASE = "/orp/" + STRAKONICE + "/planovani";

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
    SubscriptionAuditRepository audit;

    @Autowired
    SubscriptionLinks links;

    @Autowired
    GroupSubscriptions subscriptions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    ProcessMother mother;
    SubscriptionMother subscribers;
    TestUser coordinator;
    TestUser member;

    @BeforeAll
    void setUp() {
        mother = new ProcessMother(users, territory, rounds, groups, tx);
        subscribers = new SubscriptionMother(subscriptionRepository, groups, links, tx);
        coordinator = mother.districtCoordinator(STRAKONICE);
        member = mother.groupMember(STRAKONICE);
    }

    @Test
    void theGroupPageListsSubscribersAndTheCoordinatorRemovesOneAfterConfirming() throws Exception {
        long group = mother.workingGroup(STRAKONICE, ProcessMother.unique("PS seznam"));
        Created stays = subscribers.confirmed(group, SubscriptionMother.uniqueEmail("zustava"));
        Created leaves = subscribers.pending(group, SubscriptionMother.uniqueEmail("odchazi"));
        String list = BASE + "/skupiny/" + group + "/odberatele";

        mvc.perform(get(BASE + "/skupiny/" + group).with(coordinator.signedIn()))
                .andExpect(content().string(containsString("href=\"" + list + "\"")));
        mvc.perform(get(list).with(member.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(stays.email())))
                .andExpect(content().string(containsString("čeká na potvrzení")))
                .andExpect(content().string(not(containsString("/odebrat"))));
        mvc.perform(get(list + "/" + leaves.id() + "/odebrat").with(coordinator.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Opravdu odebrat adresu " + leaves.email())));
        assertThat(subscriptionRepository.findById(leaves.id())).isPresent();

        mvc.perform(post(list + "/" + leaves.id() + "/odebrat")
                        .with(csrf())
                        .with(coordinator.signedIn())
                        .param("version", String.valueOf(subscribers.version(leaves.id()) + 1)))
                .andExpect(status().isConflict());
        mvc.perform(post(list + "/" + leaves.id() + "/odebrat")
                        .with(csrf())
                        .with(coordinator.signedIn())
                        .param("version", String.valueOf(subscribers.version(leaves.id()))))
                .andExpect(redirectedUrl(list));
        assertThat(subscriptionRepository.findById(leaves.id())).isEmpty();
        assertThat(subscriptionRepository.findById(stays.id())).isPresent();
        assertThat(audit.findByEmailHash(SubscriptionLinks.hash(leaves.email())))
                .extracting(SubscriptionAudit::action)
                .containsExactly(SubscriptionAudit.Action.REMOVED);
        // a subscriber of another group cannot be removed through this group's URL
        long other = mother.workingGroup(STRAKONICE, ProcessMother.unique("PS jiná"));
        mvc.perform(get(BASE + "/skupiny/" + other + "/odberatele/" + stays.id() + "/odebrat")
                        .with(coordinator.signedIn()))
                .andExpect(status().isNotFound());
    }

    @Test
    void exportShowsEverySubscriptionOfTheAddressInTheOrpAndErasureDeletesThem() throws Exception {
        long seniors = mother.workingGroup(STRAKONICE, ProcessMother.unique("PS senioři"));
        long families = mother.workingGroup(STRAKONICE, ProcessMother.unique("PS rodiny"));
        long foreign = mother.workingGroup(PISEK, ProcessMother.unique("PS Písek"));
        String email = SubscriptionMother.uniqueEmail("gdpr");
        Created one = subscribers.confirmed(seniors, email);
        subscribers.pending(families, email);
        Created elsewhere = subscribers.confirmed(foreign, email);
        String unsubscribe = links.unsubscribeUrl(one.unsubscribeToken());
        assertThat(subscriptions.confirmedSubscribers(seniors))
                .containsExactly(new GroupSubscriptions.Subscriber(email, unsubscribe));

        mvc.perform(post(BASE + "/odberatele")
                        .with(csrf())
                        .with(coordinator.signedIn())
                        .param("email", email.toUpperCase()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Odběry adresy " + email)))
                .andExpect(content().string(containsString("PS senioři")))
                .andExpect(content().string(containsString("PS rodiny")))
                .andExpect(content().string(not(containsString("PS Písek"))));

        MvcResult export = mvc.perform(post(BASE + "/odberatele/export")
                        .with(csrf())
                        .with(coordinator.signedIn())
                        .param("email", email))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"odbery-orp-3111.json\""))
                .andExpect(jsonPath("$.email").value(email))
                .andExpect(jsonPath("$.orpName").value("Strakonice"))
                .andExpect(jsonPath("$.subscriptions.length()").value(2))
                .andExpect(jsonPath("$.subscriptions[0].state").value("CONFIRMED"))
                .andExpect(jsonPath("$.subscriptions[0].consentVersion").value(GroupSubscriptions.CONSENT_VERSION))
                .andExpect(jsonPath("$.subscriptions[1].state").value("PENDING"))
                .andReturn();
        assertThat(export.getResponse().getContentAsString()).doesNotContain("PS Písek", "Hash", "token");

        mvc.perform(post(BASE + "/odberatele/vymazat/potvrdit")
                        .with(csrf())
                        .with(coordinator.signedIn())
                        .param("email", email))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Opravdu vymazat všechny odběry adresy " + email)));
        assertThat(count(email)).isEqualTo(3);

        MvcResult erased = mvc.perform(post(BASE + "/odberatele/vymazat")
                        .with(csrf())
                        .with(coordinator.signedIn())
                        .param("email", email))
                .andExpect(redirectedUrl(BASE + "/odberatele"))
                .andReturn();
        assertThat(count(email)).isEqualTo(1); // Písek's stays: not this coordinator's ORP
        assertThat(subscriptionRepository.findById(elsewhere.id())).isPresent();
        assertThat(subscriptions.confirmedSubscribers(seniors)).isEmpty();
        mvc.perform(post(SubscriptionLinks.UNSUBSCRIBE_PATH + one.unsubscribeToken())
                        .with(csrf()))
                .andExpect(status().isNotFound());

        String masked = "g***@example.cz";
        mvc.perform(get(BASE + "/odberatele").with(coordinator.signedIn()).flashAttrs(erased.getFlashMap()))
                .andExpect(content().string(containsString("Vymazáno odběrů: 2.")))
                .andExpect(content().string(containsString("výmaz na žádost (GDPR)")))
                .andExpect(content().string(containsString(masked)))
                .andExpect(content().string(not(containsString(email))));
        assertThat(audit.findByEmailHash(SubscriptionLinks.hash(email)))
                .extracting(SubscriptionAudit::action)
                .containsExactly(SubscriptionAudit.Action.ERASED);
        assertThat(jdbc.queryForObject(
                        "select count(*) from subscription_audit where email_masked like ?",
                        Integer.class,
                        "%" + email + "%"))
                .isZero();
    }

    @Test
    void anInvalidAddressIsExplainedOnTheGdprPage() throws Exception {
        mvc.perform(post(BASE + "/odberatele")
                        .with(csrf())
                        .with(coordinator.signedIn())
                        .param("email", "<b>x</b>"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Zadejte e-mail ve tvaru jmeno@example.cz.")))
                .andExpect(content().string(containsString("&lt;b&gt;x&lt;/b&gt;")));
        mvc.perform(post(BASE + "/odberatele/vymazat")
                        .with(csrf())
                        .with(coordinator.signedIn())
                        .param("email", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vyplňte e-mail odběratele.")));
    }

    private int count(String email) {
        return jdbc.queryForObject("select count(*) from group_subscription where email = ?", Integer.class, email);
    }
}
