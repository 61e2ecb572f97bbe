package cz.planovna.consultation;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Consultations in the states settlement tests need (closed, all settled, published), built on
 * {@link ConsultationMother}; comments are settled and tables published through the entities.
 */
class SettlementMother {

    final ConsultationMother base;
    private final ConsultationRepository consultations;
    private final CommentRepository comments;
    private final TransactionTemplate tx;

    SettlementMother(
            ConsultationMother base,
            ConsultationRepository consultations,
            CommentRepository comments,
            TransactionTemplate tx) {
        this.base = base;
        this.consultations = consultations;
        this.comments = comments;
        this.tx = tx;
    }

    /** A consultation that closed two days ago. */
    long closed(int orp, ConsultationMother.Sample plan, String title) {
        LocalDate today = LocalDate.now(cz.planovna.shared.format.CzechFormats.PRAGUE);
        return base.consultation(orp, plan, title, today.minusDays(30), today.minusDays(2), false);
    }

    /** A consultation still open (closes in ten days). */
    long open(int orp, ConsultationMother.Sample plan, String title) {
        LocalDate today = LocalDate.now(cz.planovna.shared.format.CzechFormats.PRAGUE);
        return base.consultation(orp, plan, title, today.minusDays(3), today.plusDays(10), false);
    }

    void settle(long commentId, CommentOutcome outcome, String reasoning) {
        tx.executeWithoutResult(s -> comments.findById(commentId)
                .orElseThrow()
                .settle(outcome, reasoning, null, null, "test", Instant.now()));
    }

    void hide(long commentId, String reason) {
        tx.executeWithoutResult(
                s -> comments.findById(commentId).orElseThrow().hide(reason, "moderátor", Instant.now()));
    }

    void publish(long consultationId) {
        tx.executeWithoutResult(
                s -> consultations.findById(consultationId).orElseThrow().publishSettlement(Instant.now()));
    }

    /** A closed consultation with one comment, settled and published. */
    long published(int orp, ConsultationMother.Sample plan, String title) {
        long id = closed(orp, plan, title);
        long comment = base.comment(id, "Připomínka " + title, "Jan Novák", null);
        settle(comment, CommentOutcome.NOTED, null);
        publish(id);
        return id;
    }

    ConsultationComment comment(long commentId) {
        return tx.execute(s -> comments.findById(commentId).orElseThrow());
    }

    Consultation consultation(long id) {
        return tx.execute(s -> consultations.findById(id).orElseThrow());
    }

    long version(long commentId) {
        return comment(commentId).version();
    }
}
