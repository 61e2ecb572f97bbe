package cz.planovna.process;

import static org.assertj.core.api.Assertions.assertThat;

import cz.planovna.territory.TerritoryQueries;
import java.time.Clock;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Profiles;
import org.springframework.transaction.support.TransactionTemplate;

/** The demo data replays the seeds, adds nothing when run again, and never runs on PostgreSQL. */
@ProcessWebTest
class ProcessDemoDataTest {

    @Autowired
    PlanningQueries queries;

    @Autowired
    PlanningGroupRepository groups;

    @Autowired
    PlanningRoundRepository rounds;

    @Autowired
    GroupSubscriptionRepository subscriptionRepository;

    @Autowired
    SubscriptionLinks links;

    @Autowired
    GroupSubscriptions subscriptions;

    @Autowired
    TerritoryQueries territory;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    ApplicationContext context;

    @Test
    void blatnaHasItsGroupsAndRoundAndDomazliceItsThirdStageOnlyOnce() throws Exception {
        ProcessDemoData demo = new ProcessDemoData(
                rounds, groups, subscriptionRepository, links, territory, tx, context.getBeanProvider(Clock.class));

        demo.run(null);
        demo.run(null);

        PublicProcess blatna = queries.publicProcess(ProcessDemoData.BLATNA);
        assertThat(blatna.groups())
                .extracting(PublicGroup::name)
                .containsExactly(
                        "Řídící skupina",
                        "Osoby v krizi",
                        "Rodiny, děti a mládež",
                        "Senioři a osoby se zdravotním postižením");
        assertThat(blatna.groups().get(0).members()).hasSize(6);
        assertThat(blatna.groups().get(0).members()).filteredOn(m -> !m.named()).hasSize(1);
        assertThat(blatna.currentRound().grantProject().registrationNumber())
                .isEqualTo("CZ.03.2.63/0.0/0.0/16_063/0006575");
        assertThat(blatna.currentRound().grantProject().keyActivities()).hasSize(5);
        assertThat(blatna.otherRounds()).isEmpty();

        PublicProcess domazlice = queries.publicProcess(ProcessDemoData.DOMAZLICE);
        assertThat(domazlice.currentRound().name()).isEqualTo("3. etapa 2018–2019");
        assertThat(domazlice.currentRound().milestones()).hasSize(6);
        assertThat(domazlice.otherRounds()).isEmpty();
        assertThat(domazlice.groups()).hasSize(2).allMatch(PublicGroup::openForSubscription);
        PublicGroup seniors = domazlice.groups().stream()
                .filter(g -> g.name().startsWith("Senioři"))
                .findFirst()
                .orElseThrow();
        assertThat(subscriptions.confirmedSubscribers(seniors.id()))
                .extracting(GroupSubscriptions.Subscriber::email)
                .containsExactly("marie.vesela@example.cz", "spolek.seniori@example.cz");
    }

    @Test
    void isActiveInTheDemoProfileOnly() {
        Profiles profiles =
                Profiles.of(ProcessDemoData.class.getAnnotation(Profile.class).value());

        assertThat(profiles.matches(Set.of("demo")::contains)).isTrue();
        assertThat(profiles.matches(Set.of("demo", "postgres")::contains)).isFalse();
        assertThat(profiles.matches(Set.of("test")::contains)).isFalse();
    }
}
