package cz.planovna.consultation;

import cz.planovna.identity.TerritoryAccess.Action;
import cz.planovna.shared.format.CzechFormats;
import cz.planovna.shared.web.FormRejectedException;
import cz.planovna.shared.web.NotFoundException;
import cz.planovna.shared.web.StaleEditException;
import cz.planovna.strategy.ActionItemView;
import cz.planovna.strategy.ActionPlanQueries;
import cz.planovna.strategy.ActionPlanView;
import cz.planovna.strategy.NodeKind;
import cz.planovna.strategy.NodeView;
import cz.planovna.strategy.PlanPage;
import cz.planovna.strategy.PlanState;
import cz.planovna.strategy.StrategyQueries;
import cz.planovna.strategy.StrategyService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator's changes (EDIT_PLANNING): opening a document for comment, editing the
 * consultation, hiding and showing comments. Every moderation step goes to the audit table.
 */
@Service
@Transactional
class ConsultationService {

    private final ConsultationRepository consultations;
    private final CommentRepository comments;
    private final ModerationRepository moderation;
    private final ConsultationAccess access;
    private final StrategyQueries strategy;
    private final StrategyService strategyChanges;
    private final ActionPlanQueries actionPlans;
    private final MessageSource messages;
    private final Clock clock;

    ConsultationService(
            ConsultationRepository consultations,
            CommentRepository comments,
            ModerationRepository moderation,
            ConsultationAccess access,
            StrategyQueries strategy,
            StrategyService strategyChanges,
            ActionPlanQueries actionPlans,
            MessageSource messages,
            ObjectProvider<Clock> clock) {
        this.consultations = consultations;
        this.comments = comments;
        this.moderation = moderation;
        this.access = access;
        this.strategy = strategy;
        this.strategyChanges = strategyChanges;
        this.actionPlans = actionPlans;
        this.messages = messages;
        this.clock = clock.getIfAvailable(() -> Clock.system(CzechFormats.PRAGUE));
    }

    long create(int code, ConsultationInput input) {
        access.check(code, Action.EDIT_PLANNING);
        if (input.closesOn().isBefore(today())) {
            throw new FormRejectedException("closesOn", "consultation.validation.closesOn.past");
        }
        Outline outline = outline(code, input);
        Consultation c = new Consultation(
                code,
                input.documentKind(),
                input.documentId(),
                input.planId(),
                outline.title(),
                access.userName(),
                now());
        c.describe(
                input.title(),
                input.opensOn(),
                input.closesOn(),
                input.anonymousAllowed(),
                input.intro(),
                input.consentText(),
                now());
        c.outline(outline.title(), outline.sections());
        long id = consultations.save(c).id();
        if (input.planToCommenting() && input.documentKind() == DocumentKind.PLAN) {
            PlanPage plan = strategy.plan(code, input.planId());
            if (plan.plan().state() == PlanState.DRAFT) {
                strategyChanges.transition(
                        code, input.planId(), plan.plan().version(), PlanState.PUBLIC_COMMENTING, null, null, null);
            }
        }
        return id;
    }

    /**
     * Saves the coordinator's changes. While prepared, everything may change (the outline is read
     * again); while open, the document and the opening date stay; a closed consultation is final.
     */
    void update(int code, long id, long version, ConsultationInput input) {
        access.check(code, Action.EDIT_PLANNING);
        Consultation c = consultations
                .findByIdAndDistrictCode(id, code)
                .orElseThrow(() -> new NotFoundException("consultation " + id));
        if (c.version() != version) {
            throw new StaleEditException(c.title(), input.title(), c.title(), ConsultationUrls.manage(code, id), false);
        }
        ConsultationState state = c.state(today());
        if (state == ConsultationState.CLOSED || state == ConsultationState.SETTLED) {
            throw new FormRejectedException(null, "consultation.validation.notEditable");
        }
        if (input.closesOn().isBefore(today())) {
            throw new FormRejectedException("closesOn", "consultation.validation.closesOn.past");
        }
        if (state == ConsultationState.PREPARED) {
            Outline outline = outline(code, input);
            c.describe(
                    input.title(),
                    input.opensOn(),
                    input.closesOn(),
                    input.anonymousAllowed(),
                    input.intro(),
                    input.consentText(),
                    now());
            c.outline(outline.title(), outline.sections());
            c.document(input.documentKind(), input.documentId(), input.planId());
        } else {
            c.describe(
                    input.title(),
                    c.opensOn(),
                    input.closesOn(),
                    input.anonymousAllowed(),
                    input.intro(),
                    input.consentText(),
                    now());
        }
    }

    /** Hides a comment's text from the public with a reason (the text stays stored). */
    void hide(int code, long id, long commentId, long version, String reason) {
        ConsultationComment comment = comment(code, id, commentId, version);
        if (comment.hidden()) {
            throw new FormRejectedException(null, "consultation.moderation.alreadyHidden");
        }
        String by = access.userName();
        comment.hide(reason.strip(), by, now());
        moderation.save(new ModerationEntry(commentId, ModerationEntry.Kind.HIDDEN, reason.strip(), now(), by));
    }

    /** Shows a hidden comment's text again. */
    void show(int code, long id, long commentId, long version) {
        ConsultationComment comment = comment(code, id, commentId, version);
        if (!comment.hidden()) {
            throw new FormRejectedException(null, "consultation.moderation.notHidden");
        }
        comment.show();
        moderation.save(new ModerationEntry(commentId, ModerationEntry.Kind.SHOWN, null, now(), access.userName()));
    }

    private ConsultationComment comment(int code, long id, long commentId, long version) {
        access.check(code, Action.EDIT_PLANNING);
        consultations.findByIdAndDistrictCode(id, code).orElseThrow(() -> new NotFoundException("consultation " + id));
        ConsultationComment comment = comments.findByIdAndConsultationId(commentId, id)
                .orElseThrow(() -> new NotFoundException("comment " + commentId));
        if (comment.version() != version) {
            throw new StaleEditException(
                    "#" + comment.number(),
                    comment.hidden() ? "consultation.moderation.shown" : "consultation.moderation.hidden",
                    comment.hidden() ? "consultation.moderation.hidden" : "consultation.moderation.shown",
                    ConsultationUrls.manage(code, id),
                    true);
        }
        return comment;
    }

    record Outline(String title, List<ConsultationSection> sections) {}

    /** The document's title and numbered items, read through strategy's API (own ORP only). */
    Outline outline(int code, ConsultationInput input) {
        List<ConsultationSection> sections = new ArrayList<>();
        try {
            if (input.documentKind() == DocumentKind.PLAN) {
                PlanPage plan = strategy.plan(code, input.planId());
                if (plan.plan().state() == PlanState.EVALUATED) {
                    throw new FormRejectedException("document", "consultation.validation.document.evaluated");
                }
                List<NodeView> flat = new ArrayList<>();
                plan.tree().forEach(n -> walk(n, flat));
                for (NodeView n : flat) {
                    if (n.kind() != NodeKind.ACTIVITY) {
                        sections.add(new ConsultationSection(
                                sections.size(), n.id(), n.kind(), n.number(), n.title(), n.description()));
                    }
                }
                return new Outline(plan.plan().title(), sections);
            }
            ActionPlanView view = actionPlans.actionPlan(code, input.planId(), input.actionPlanId());
            for (ActionItemView item : view.activeItems()) {
                sections.add(new ConsultationSection(
                        sections.size(), item.nodeId(), item.kind(), item.number(), item.title(), item.note()));
            }
            String title = messages.getMessage(
                    "consultation.document.actionPlan.title",
                    new Object[] {String.valueOf(view.year()), view.plan().planTitle()},
                    Locale.forLanguageTag("cs"));
            return new Outline(title, sections);
        } catch (NotFoundException e) {
            throw new FormRejectedException("document", "consultation.validation.document.foreign");
        }
    }

    private static void walk(NodeView node, List<NodeView> out) {
        out.add(node);
        node.children().forEach(c -> walk(c, out));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(CzechFormats.PRAGUE));
    }

    private Instant now() {
        return clock.instant();
    }
}
