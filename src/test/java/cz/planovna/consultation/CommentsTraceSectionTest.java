package cz.planovna.consultation;

import static cz.planovna.consultation.ConsultationMother.STRAKONICE;
import static org.assertj.core.api.Assertions.assertThat;

import cz.planovna.identity.UserAdministration;
import cz.planovna.strategy.MeasureTraceSection;
import cz.planovna.strategy.MeasureTraceSection.TraceEntry;
import cz.planovna.territory.TerritoryQueries;
import cz.planovna.testing.TestUser;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The consultation's part of a measure's trace page: settled comments that changed the measure,
 * for the ORP's team at once (linked to the settlement overview), for the public only once the
 * table is published (linked to the public table).
 */
@SpringBootTest
@AutoConfigureMockMvc
class CommentsTraceSectionTest {

    @Autowired
    List<MeasureTraceSection> sections;

    @Autowired
    UserAdministration users;

    @Autowired
    TerritoryQueries territory;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ConsultationRepository consultations;

    @Autowired
    CommentRepository comments;

    @Autowired
    TransactionTemplate tx;

    @org.junit.jupiter.api.BeforeEach
    void czech() {
        org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.forLanguageTag("cs"));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void settledCommentsThatChangedTheMeasureAreTracedPublicOnlyOncePublished() {
        ConsultationMother base = new ConsultationMother(users, territory, jdbc, consultations, comments, tx);
        SettlementMother mother = new SettlementMother(base, consultations, comments, tx);
        ConsultationMother.Sample plan =
                base.plan(STRAKONICE, ConsultationMother.unique("Plán stopy"), "PUBLIC_COMMENTING");
        long id = mother.closed(STRAKONICE, plan, ConsultationMother.unique("Stopa"));
        long changing = base.comment(id, "Změňte opatření.", "Jan", null);
        long other = base.comment(id, "Jen poznámka.", null, null);
        tx.executeWithoutResult(s -> {
            comments.findById(changing)
                    .orElseThrow()
                    .settle(
                            CommentOutcome.ACCEPTED,
                            "Opatření rozšířeno.",
                            plan.measureId(),
                            "1.1.1 X",
                            "t",
                            Instant.now());
            comments.findById(other)
                    .orElseThrow()
                    .settle(CommentOutcome.NOTED, null, plan.goalId(), "1.1 Y", "t", Instant.now());
        });
        MeasureTraceSection section = sections.stream()
                .filter(s -> s instanceof CommentsTraceSection)
                .findFirst()
                .orElseThrow();
        assertThat(section.titleKey()).isEqualTo("consultation.settlement.trace.title");

        // the public: nothing before publishing
        assertThat(section.entries(STRAKONICE, plan.planId(), plan.measureId(), false))
                .isEmpty();

        // the team: the comment at once, linked to the settlement overview
        TestUser coordinator = base.districtCoordinator(STRAKONICE);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(coordinator.email(), null, List.of()));
        List<TraceEntry> internal = section.entries(STRAKONICE, plan.planId(), plan.measureId(), true);
        assertThat(internal)
                .containsExactly(new TraceEntry(
                        "Připomínka č. 1 – přijato",
                        "Opatření rozšířeno.",
                        "/orp/" + STRAKONICE + "/pripominky/sprava/" + id + "/vyporadani#pripominka-" + changing,
                        mother.consultation(id).closesOn().getYear()));
        SecurityContextHolder.clearContext();

        // published: the public sees it, linked to the public table
        mother.publish(id);
        assertThat(section.entries(STRAKONICE, plan.planId(), plan.measureId(), false))
                .extracting(TraceEntry::label, TraceEntry::href)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "Připomínka č. 1 – přijato",
                        "/orp/" + STRAKONICE + "/pripominky/" + id + "/vyporadani#pripominka-1"));
        // a measure of another plan has none
        ConsultationMother.Sample another =
                base.plan(STRAKONICE, ConsultationMother.unique("Jiný plán stopy"), "PUBLIC_COMMENTING");
        assertThat(section.entries(STRAKONICE, another.planId(), another.measureId(), false))
                .isEmpty();
    }
}
