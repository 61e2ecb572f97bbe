package cz.planovna.consultation;

import static cz.planovna.consultation.ConsultationMother.STRAKONICE;
import static org.assertj.core.api.Assertions.assertThat;

import cz.planovna.identity.UserAdministration;
import cz.planovna.territory.TerritoryQueries;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The schema of V60 maps to the entities: a consultation with its outline, comments, moderation. */
@SpringBootTest
@AutoConfigureMockMvc
class ConsultationSchemaTest {

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
    ModerationRepository moderation;

    @Autowired
    TransactionTemplate tx;

    @Test
    void storesConsultationCommentsAndModeration() {
        var mother = new ConsultationMother(users, territory, jdbc, consultations, comments, tx);
        var plan = mother.plan(STRAKONICE, ConsultationMother.unique("Plán schématu"), "DRAFT");
        LocalDate today = LocalDate.now();
        long id = mother.consultation(
                STRAKONICE, plan, ConsultationMother.unique("Schéma"), today.minusDays(1), today.plusDays(5), false);
        long first = mother.comment(id, "Celý dokument je dobrý.", "Jana Nová", "jana@example.cz");
        long second = mother.comment(id, "Anonymní", null, null);
        tx.executeWithoutResult(s -> {
            ConsultationComment c = comments.findById(second).orElseThrow();
            c.hide("Urážlivý text", "moderátor", Instant.now());
            moderation.save(new ModerationEntry(
                    second, ModerationEntry.Kind.HIDDEN, "Urážlivý text", Instant.now(), "moderátor"));
        });
        tx.executeWithoutResult(s -> {
            Consultation c = consultations.findById(id).orElseThrow();
            assertThat(c.sections()).extracting(ConsultationSection::number).containsExactly("1", "1.1", "1.1.1");
            assertThat(c.state(today)).isEqualTo(ConsultationState.OPEN);
            assertThat(c.settlementPublishedAt()).isNull();
            var list = comments.findByConsultationIdOrderByNumberAsc(id);
            assertThat(list).extracting(ConsultationComment::number).containsExactly(1, 2);
            assertThat(list.get(0).target().isWhole()).isTrue();
            assertThat(list.get(0).outcome()).isNull();
            assertThat(list.get(1).hidden()).isTrue();
            assertThat(list.get(1).hiddenReason()).isEqualTo("Urážlivý text");
            assertThat(moderation.findByCommentIdInOrderByActedAtDescIdDesc(java.util.List.of(first, second)))
                    .extracting(ModerationEntry::action)
                    .containsExactly(ModerationEntry.Kind.HIDDEN);
            assertThat(comments.countRecent(
                            "jana@example.cz", "none", Instant.now().minusSeconds(3600)))
                    .isEqualTo(1);
        });
    }
}
