package cz.planovna.strategy;

import cz.planovna.catalogue.LifeSituations;
import cz.planovna.identity.TerritoryAccess.Action;
import cz.planovna.shared.format.CzechFormats;
import cz.planovna.shared.web.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts the plan document together from every {@link PlanDocumentSection} in their order. The
 * document is Czech (the language of the plan and of the law) whatever the coordinator's locale.
 */
@Component
class PlanDocumentGenerator {

    static final Locale CZECH = Locale.forLanguageTag("cs");

    private final PlanRepository plans;
    private final AmendmentRepository amendments;
    private final StrategyService service;
    private final StrategyAccess access;
    private final LifeSituations codeLists;
    private final List<PlanDocumentSection> sections;
    private final MessageSource messages;
    private final CzechFormats fmt;
    private final Clock clock;

    PlanDocumentGenerator(
            PlanRepository plans,
            AmendmentRepository amendments,
            StrategyService service,
            StrategyAccess access,
            LifeSituations codeLists,
            List<PlanDocumentSection> sections,
            MessageSource messages,
            CzechFormats fmt,
            ObjectProvider<Clock> clock) {
        this.plans = plans;
        this.amendments = amendments;
        this.service = service;
        this.access = access;
        this.codeLists = codeLists;
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(PlanDocumentSection::order))
                .toList();
        this.messages = messages;
        this.fmt = fmt;
        this.clock = clock.getIfAvailable(() -> Clock.system(CzechFormats.PRAGUE));
    }

    @Transactional(readOnly = true)
    PlanDocumentModel model(int code, long planId) {
        access.check(code, Action.EDIT_PLANNING);
        StrategicPlan plan =
                plans.findByIdAndDistrictCode(planId, code).orElseThrow(() -> new NotFoundException("plan " + planId));
        Map<String, String> labels = new HashMap<>();
        codeLists.serviceTypeOptions().forEach(c -> labels.put(c.code(), c.name()));
        codeLists.targetGroupOptions().forEach(c -> labels.put(c.code(), c.name()));
        PlanSummary summary = plan.toSummary();
        OrpView orp = access.orp(code);
        PlanDocumentInput input = new PlanDocumentInput(
                orp,
                summary,
                service.tree(planId),
                amendments.findByPlanIdOrderByNumberDesc(planId).stream()
                        .map(PlanAmendment::toView)
                        .toList(),
                labels,
                access.municipalities(code),
                LocalDate.now(clock),
                messages,
                CZECH,
                fmt);
        List<PlanDocumentModel.Section> chapters = new ArrayList<>();
        sections.forEach(s -> chapters.addAll(s.chapters(input)));
        List<String> facts = new ArrayList<>();
        facts.add(input.msg("strategy.doc.title.orp", orp.name(), orp.regionName()));
        facts.add(input.msg(
                "strategy.doc.title.span", String.valueOf(summary.yearFrom()), String.valueOf(summary.yearTo())));
        facts.add(
                input.msg("strategy.doc.title.state", input.msg(summary.state().messageKey())));
        if (summary.approvedOn() != null) {
            facts.add(input.msg(
                    "strategy.doc.title.approved",
                    summary.approvedBy(),
                    fmt.date(summary.approvedOn()),
                    summary.resolution()));
        }
        facts.add(input.msg(
                "strategy.doc.title.generated", fmt.date(input.generatedOn()), String.valueOf(summary.version())));
        return new PlanDocumentModel(
                summary.title(),
                orp.name(),
                input.msg("strategy.doc.title.subtitle"),
                facts,
                input.msg("strategy.doc.footer", summary.title()),
                chapters);
    }
}
