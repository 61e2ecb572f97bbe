package cz.planovna.consultation;

import static cz.planovna.consultation.ConsultationMother.BLATNA;
import static cz.planovna.consultation.ConsultationMother.VIMPERK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cz.planovna.consultation.ConsultationActivity.HeldConsultation;
import cz.planovna.identity.UserAdministration;
import cz.planovna.shared.format.CzechFormats;
import cz.planovna.territory.TerritoryQueries;
import cz.planovna.testing.TestUser;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/** The consultations an ORP held and their comments' days, for the grant report's KA4. */
@SpringBootTest
class ConsultationActivityTest {

    @Autowired
    ConsultationActivity activity;

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

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void signIn(TestUser user) {
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user.email(), null, List.of()));
    }

    @Test
    void listsTheConsultationsWithTheDaysOfTheirVisibleCommentsForTheOrpsTeamOnly() {
        ConsultationMother mother = new ConsultationMother(users, territory, jdbc, consultations, comments, tx);
        long id = mother.open(VIMPERK, true);
        mother.comment(id, "První připomínka.", "Jana", null);
        mother.comment(id, "Druhá připomínka.", null, null);
        mother.hiddenComment(id, "Reklama.", "Spam");

        signIn(mother.districtCoordinator(VIMPERK));
        HeldConsultation held = activity.consultations(VIMPERK).stream()
                .filter(c -> c.id() == id)
                .findFirst()
                .orElseThrow();
        LocalDate today = LocalDate.now(CzechFormats.PRAGUE);
        assertThat(held.comments()).containsExactly(today, today);
        assertThat(held.commentsBetween(today, today)).isEqualTo(2);
        assertThat(held.commentsBetween(today.minusDays(10), today.minusDays(1)))
                .isZero();
        assertThat(held.openDuring(today, today.plusDays(1))).isTrue();
        assertThat(held.openDuring(today.plusDays(31), today.plusDays(40))).isFalse();
        assertThat(held.url()).isEqualTo("/orp/" + VIMPERK + "/pripominky/sprava/" + id);

        // a coordinator of another ORP may not read them
        signIn(mother.districtCoordinator(BLATNA));
        assertThatThrownBy(() -> activity.consultations(VIMPERK)).isInstanceOf(AccessDeniedException.class);
    }
}
