package cz.planovna.consultation;

import cz.planovna.shared.format.CzechFormats;
import cz.planovna.shared.web.FormRejectedException;
import cz.planovna.shared.web.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public comments: anyone may comment on an open consultation. The consultation row is locked
 * while the comment gets its number, so numbers are 1…n without duplicates. Refused: a prepared
 * consultation (not public yet), a closed one, a target outside the outline, a missing name or
 * e-mail where the consultation requires them, and more than the hourly limit per e-mail or
 * network address. A confirmation is mailed after the commit when an e-mail was given.
 */
@Service
@Transactional
class CommentService {

    private final ConsultationRepository consultations;
    private final CommentRepository comments;
    private final ConsultationAccess access;
    private final CommentRateLimit rateLimit;
    private final ConsultationMails mails;
    private final Clock clock;

    CommentService(
            ConsultationRepository consultations,
            CommentRepository comments,
            ConsultationAccess access,
            CommentRateLimit rateLimit,
            ConsultationMails mails,
            ObjectProvider<Clock> clock) {
        this.consultations = consultations;
        this.comments = comments;
        this.access = access;
        this.rateLimit = rateLimit;
        this.mails = mails;
        this.clock = clock.getIfAvailable(() -> Clock.system(CzechFormats.PRAGUE));
    }

    CommentReceipt submit(int code, long id, CommentInput input, String clientAddress) {
        access.orp(code);
        Consultation consultation = consultations
                .findByIdAndDistrictCode(id, code)
                .flatMap(c -> consultations.lockById(c.id()))
                .orElseThrow(() -> new NotFoundException("consultation " + id));
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, CzechFormats.PRAGUE);
        ConsultationState state = consultation.state(today);
        if (state == ConsultationState.PREPARED) {
            throw new NotOpenYetException(id);
        }
        if (state != ConsultationState.OPEN) {
            throw new FormRejectedException(null, "consultation.comment.validation.closed");
        }
        if (!consultation.anonymousAllowed()) {
            if (input.name() == null) {
                throw new FormRejectedException("name", "consultation.comment.validation.name.required");
            }
            if (input.email() == null) {
                throw new FormRejectedException("email", "consultation.comment.validation.email.required");
            }
        }
        CommentTarget target = CommentTarget.wholeDocument();
        if (input.targetNodeId() != null) {
            target = consultation.sections().stream()
                    .filter(s -> s.nodeId() == input.targetNodeId())
                    .findFirst()
                    .map(ConsultationSection::target)
                    .orElseThrow(() -> new FormRejectedException("target", "consultation.comment.validation.target"));
        }
        String ipHash = CommentRateLimit.hash(clientAddress);
        if (rateLimit.exceeded(input.email(), ipHash, now)) {
            throw new FormRejectedException(null, "consultation.comment.validation.rateLimit");
        }
        int number = comments.maxNumber(id) + 1;
        ConsultationComment comment = comments.save(new ConsultationComment(
                id, number, target, input.text(), input.name(), input.email(), input.namePublic(), ipHash, now));
        boolean mailed = false;
        if (input.email() != null) {
            mails.confirmation(consultation, comment);
            comment.confirmationMailed(now);
            mailed = true;
        }
        return new CommentReceipt(id, number, mailed);
    }
}
