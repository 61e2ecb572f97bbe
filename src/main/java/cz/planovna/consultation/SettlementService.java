package cz.planovna.consultation;

import cz.planovna.identity.CurrentUsers;
import cz.planovna.identity.TerritoryAccess.Action;
import cz.planovna.shared.format.CzechFormats;
import cz.planovna.shared.mail.Mailer;
import cz.planovna.shared.web.NotFoundException;
import cz.planovna.shared.web.StaleEditException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Settling comments and publishing the settlement table. A comment is settled only after the
 * closing date; settling it again is an explicit change against the version the coordinator saw
 * (two coordinators at once: the second gets the 409 page). Every settlement, change and
 * publication is written to the audit trail. Publishing needs every comment settled, and mails
 * every commenter who left an address the outcome of their comments, once.
 */
@Service
@Transactional
class SettlementService {

    /** What the coordinator submitted ({@code outcome} null when none or not an outcome). */
    record Command(CommentOutcome outcome, String reasoning, Long changedNodeId, long version, boolean change) {}

    /** The submitted settlement breaks rules; the form shows every problem and keeps what was typed. */
    static class Rejected extends RuntimeException {
        private final List<SettlementRules.Problem> problems;

        Rejected(List<SettlementRules.Problem> problems) {
            super("settlement rejected: " + problems);
            this.problems = List.copyOf(problems);
        }

        List<SettlementRules.Problem> problems() {
            return problems;
        }
    }

    /** The table cannot be published now: the message key and the number of comments left. */
    static class PublishRefused extends RuntimeException {
        private final String messageKey;
        private final long unsettled;

        PublishRefused(String messageKey, long unsettled) {
            super(messageKey);
            this.messageKey = messageKey;
            this.unsettled = unsettled;
        }

        String messageKey() {
            return messageKey;
        }

        long unsettled() {
            return unsettled;
        }
    }

    /** What publishing did: whether it was the first time and how many e-mails went out. */
    record Published(boolean first, int mails) {}

    private final SettlementQueries queries;
    private final CommentRepository comments;
    private final SettlementAuditRepository audits;
    private final SettlementMails mails;
    private final Mailer mailer;
    private final CurrentUsers users;
    private final MessageSource messages;
    private final Clock clock;

    SettlementService(
            SettlementQueries queries,
            CommentRepository comments,
            SettlementAuditRepository audits,
            SettlementMails mails,
            Mailer mailer,
            CurrentUsers users,
            MessageSource messages,
            ObjectProvider<Clock> clock) {
        this.queries = queries;
        this.comments = comments;
        this.audits = audits;
        this.mails = mails;
        this.mailer = mailer;
        this.users = users;
        this.messages = messages;
        this.clock = clock.getIfAvailable(() -> Clock.system(CzechFormats.PRAGUE));
    }

    void settle(int code, long id, long commentId, Command command) {
        queries.check(code, Action.EDIT_PLANNING);
        Consultation consultation = queries.consultation(code, id);
        ConsultationComment comment = comments.findByIdAndConsultationId(commentId, id)
                .orElseThrow(() -> new NotFoundException("comment " + commentId));
        if (command.version() != comment.version()) {
            throw stale(code, id, comment, command);
        }
        List<SettlementViews.NodeOption> nodes = queries.nodeOptions(code, consultation.planId());
        List<SettlementRules.Problem> problems = SettlementRules.settle(
                consultation.state(queries.today()),
                comment.outcome() != null,
                command.change(),
                command.outcome(),
                command.reasoning(),
                command.changedNodeId(),
                queries.nodeIds(nodes));
        if (!problems.isEmpty()) {
            throw new Rejected(problems);
        }
        String reasoning = command.reasoning() == null || command.reasoning().isBlank()
                ? null
                : command.reasoning().strip();
        String label = command.changedNodeId() == null
                ? null
                : nodes.stream()
                        .filter(n -> n.id() == command.changedNodeId())
                        .map(SettlementViews.NodeOption::label)
                        .findFirst()
                        .orElseThrow();
        Instant now = clock.instant();
        String by = userName();
        audits.save(SettlementAudit.settled(
                id,
                commentId,
                comment.outcome(),
                comment.reasoning(),
                command.outcome(),
                reasoning,
                command.changedNodeId(),
                by,
                now));
        comment.settle(command.outcome(), reasoning, command.changedNodeId(), label, by, now);
        comments.flush();
    }

    /**
     * Publishes the table (again: the first date stays) and mails the outcome to every address
     * that has not been told yet, one mail per address with all its comments.
     */
    Published publish(int code, long id) {
        queries.check(code, Action.EDIT_PLANNING);
        Consultation consultation = queries.consultation(code, id);
        List<ConsultationComment> list = comments.findByConsultationIdOrderByNumberAsc(id);
        long unsettled = list.stream().filter(c -> c.outcome() == null).count();
        String refusal = SettlementRules.publish(consultation.state(queries.today()), unsettled);
        if (refusal != null) {
            throw new PublishRefused(refusal, unsettled);
        }
        Instant now = clock.instant();
        boolean first = consultation.settlementPublishedAt() == null;
        consultation.publishSettlement(now);
        audits.save(SettlementAudit.published(id, userName(), now));

        SettlementTable table = queries.table(consultation, list, true);
        Map<String, List<ConsultationComment>> byAddress = new LinkedHashMap<>();
        for (ConsultationComment c : list) {
            if (c.authorEmail() != null && !c.authorEmail().isBlank() && c.outcomeMailedAt() == null) {
                byAddress
                        .computeIfAbsent(c.authorEmail().strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(c);
            }
        }
        String tableUrl = mailer.link(SettlementQueries.publicPath(code, id));
        for (var entry : byAddress.entrySet()) {
            List<SettlementRow> rows = entry.getValue().stream()
                    .map(c -> table.rows().stream()
                            .filter(r -> r.commentId() == c.id())
                            .findFirst()
                            .orElseThrow())
                    .toList();
            mailer.sendAfterCommit(
                    mails.outcome(table, entry.getValue().get(0).authorEmail().strip(), rows, tableUrl));
            entry.getValue().forEach(c -> c.outcomeMailed(now));
        }
        return new Published(first, byAddress.size());
    }

    private StaleEditException stale(int code, long id, ConsultationComment comment, Command command) {
        Locale locale = LocaleContextHolder.getLocale();
        return new StaleEditException(
                messages.getMessage(
                        "consultation.settlement.stale.record",
                        new Object[] {String.valueOf(comment.number())},
                        locale),
                describe(command.outcome(), command.reasoning(), locale),
                describe(comment.outcome(), comment.reasoning(), locale),
                SettlementQueries.overviewPath(code, id) + "/" + comment.id(),
                false);
    }

    private String describe(CommentOutcome outcome, String reasoning, Locale locale) {
        String words = outcome == null
                ? messages.getMessage("consultation.settlement.unsettled", null, locale)
                : messages.getMessage(SettlementRules.outcomeKey(outcome), null, locale);
        return reasoning == null || reasoning.isBlank() ? words : words + ": " + reasoning.strip();
    }

    private String userName() {
        var user = users.current();
        return user.isAnonymous() ? "?" : user.fullName() + " (" + user.email() + ")";
    }
}
