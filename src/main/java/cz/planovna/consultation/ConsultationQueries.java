package cz.planovna.consultation;

import cz.planovna.identity.TerritoryAccess.Action;
import cz.planovna.shared.format.CzechFormats;
import cz.planovna.shared.text.CzechCollation;
import cz.planovna.shared.web.NotFoundException;
import cz.planovna.strategy.ActionPlanQueries;
import cz.planovna.strategy.OrpView;
import cz.planovna.strategy.PlanState;
import cz.planovna.strategy.PlanSummary;
import cz.planovna.strategy.StrategyQueries;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading consultations: the public pages (open, closed and settled consultations; prepared ones
 * are 404), and the coordinator's pages (VIEW_INTERNAL) with filters, sorting and pages. An ORP has
 * a handful of consultations and at most hundreds of comments each, so lists are filtered,
 * sorted (Czech collation) and paged in memory.
 */
@Service
@Transactional(readOnly = true)
public class ConsultationQueries {

    public static final int PAGE_SIZE = 20;

    /** Sorting of the coordinator's list of consultations. */
    public enum ListSort {
        OPENS("zahajeni"),
        CLOSES("ukonceni"),
        TITLE("nazev");

        private final String param;

        ListSort(String param) {
            this.param = param;
        }

        public String param() {
            return param;
        }

        public String messageKey() {
            return "consultation.sort." + name();
        }

        public static ListSort of(String param) {
            for (ListSort s : values()) {
                if (s.param.equals(param)) {
                    return s;
                }
            }
            return OPENS;
        }
    }

    /** Sorting of the comments of a consultation. */
    public enum CommentSort {
        NUMBER("cislo"),
        NEWEST("nejnovejsi"),
        SECTION("cast");

        private final String param;

        CommentSort(String param) {
            this.param = param;
        }

        public String param() {
            return param;
        }

        public String messageKey() {
            return "consultation.commentSort." + name();
        }

        public static CommentSort of(String param) {
            for (CommentSort s : values()) {
                if (s.param.equals(param)) {
                    return s;
                }
            }
            return NUMBER;
        }
    }

    /** The section filter's value for comments on the whole document. */
    public static final String WHOLE = "celek";

    private final ConsultationRepository consultations;
    private final CommentRepository comments;
    private final ModerationRepository moderation;
    private final ConsultationAccess access;
    private final StrategyQueries strategy;
    private final ActionPlanQueries actionPlans;
    private final Clock clock;
    private final CommentRateLimit rateLimit;

    ConsultationQueries(
            ConsultationRepository consultations,
            CommentRepository comments,
            ModerationRepository moderation,
            ConsultationAccess access,
            StrategyQueries strategy,
            ActionPlanQueries actionPlans,
            CommentRateLimit rateLimit,
            ObjectProvider<Clock> clock) {
        this.rateLimit = rateLimit;
        this.consultations = consultations;
        this.comments = comments;
        this.moderation = moderation;
        this.access = access;
        this.strategy = strategy;
        this.actionPlans = actionPlans;
        this.clock = clock.getIfAvailable(() -> Clock.system(CzechFormats.PRAGUE));
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(CzechFormats.PRAGUE));
    }

    public OrpView orp(int code) {
        return strategy.orp(code);
    }

    /** How many comments one e-mail or network address may send per hour. */
    public int rateLimit() {
        return rateLimit.perHour();
    }

    public boolean mayEdit(int code) {
        return access.may(code, Action.EDIT_PLANNING);
    }

    public void checkEditing(int code) {
        access.check(code, Action.EDIT_PLANNING);
    }

    // ---- public ---------------------------------------------------------------------------------

    /** Open consultations first (closing soonest first), then past ones (latest closing first). */
    public List<ConsultationView> publicList(int code) {
        access.orp(code);
        LocalDate today = today();
        Map<Long, Long> counts = counts(code);
        return consultations.findByDistrictCode(code).stream()
                .filter(c -> c.state(today).isPublic())
                .map(c -> view(c, today, counts.getOrDefault(c.id(), 0L)))
                .sorted(Comparator.comparing((ConsultationView v) -> !v.open())
                        .thenComparing((a, b) -> a.open()
                                ? a.closesOn().compareTo(b.closesOn())
                                : b.closesOn().compareTo(a.closesOn()))
                        .thenComparing(ConsultationView::id))
                .toList();
    }

    /** A consultation the public may see; a prepared one, one of another ORP or none at all is 404. */
    public ConsultationView publicConsultation(int code, long id) {
        access.orp(code);
        Consultation c = find(code, id);
        LocalDate today = today();
        if (!c.state(today).isPublic()) {
            throw new NotFoundException("consultation " + id);
        }
        return view(c, today, comments.countByConsultationId(id));
    }

    /** The consultation a comment is sent to: 404 when there is none, refused when not open yet. */
    ConsultationView forComment(int code, long id) {
        access.orp(code);
        Consultation c = find(code, id);
        LocalDate today = today();
        if (!c.state(today).isPublic()) {
            throw new NotOpenYetException(id);
        }
        return view(c, today, 0);
    }

    /** The comments the public sees: hidden texts and names without consent left out, no e-mails. */
    public List<CommentView> publicComments(int code, long id) {
        ConsultationView consultation = publicConsultation(code, id);
        boolean settled = consultation.state() == ConsultationState.SETTLED;
        return comments.findByConsultationIdOrderByNumberAsc(id).stream()
                .map(c -> publicView(c, settled))
                .toList();
    }

    // ---- the coordinator's pages ----------------------------------------------------------------

    /** The ORP's consultations, optionally of one state, sorted and paged (page from 0). */
    public Page<ConsultationView> list(int code, ConsultationState state, ListSort sort, int page) {
        access.check(code, Action.VIEW_INTERNAL);
        LocalDate today = today();
        Map<Long, Long> counts = counts(code);
        Comparator<ConsultationView> order = switch (sort) {
            case TITLE -> Comparator.comparing(ConsultationView::title, CzechCollation.comparator());
            case CLOSES -> Comparator.comparing(ConsultationView::closesOn).reversed();
            case OPENS -> Comparator.comparing(ConsultationView::opensOn).reversed();
        };
        List<ConsultationView> all = consultations.findByDistrictCode(code).stream()
                .map(c -> view(c, today, counts.getOrDefault(c.id(), 0L)))
                .filter(v -> state == null || v.state() == state)
                .sorted(order.thenComparing(
                        Comparator.comparing(ConsultationView::id).reversed()))
                .toList();
        return page(all, page);
    }

    public ConsultationView consultation(int code, long id) {
        access.check(code, Action.VIEW_INTERNAL);
        return view(find(code, id), today(), comments.countByConsultationId(id));
    }

    /** Every comment of a consultation with everything stored (for the team and the settlement). */
    public List<CommentView> comments(int code, long id) {
        access.check(code, Action.VIEW_INTERNAL);
        find(code, id);
        return comments.findByConsultationIdOrderByNumberAsc(id).stream()
                .map(ConsultationQueries::internalView)
                .toList();
    }

    /**
     * The comments of a consultation filtered by section ({@link #WHOLE}, a node id, or null for
     * all) and by visibility ("skryte", "zobrazene" or null), sorted and paged (page from 0).
     */
    public Page<CommentView> comments(
            int code, long id, String section, String visibility, CommentSort sort, int page) {
        List<CommentView> all = comments(code, id).stream()
                .filter(c -> matches(c, section))
                .filter(c -> visibility == null
                        || ("skryte".equals(visibility) && c.hidden())
                        || ("zobrazene".equals(visibility) && !c.hidden()))
                .sorted(
                        switch (sort) {
                            case NUMBER -> Comparator.comparingInt(CommentView::number);
                            case NEWEST ->
                                Comparator.comparing(CommentView::submittedAt)
                                        .reversed()
                                        .thenComparing(Comparator.comparingInt(CommentView::number)
                                                .reversed());
                            case SECTION ->
                                Comparator.comparing((CommentView c) -> sectionKey(c.target()))
                                        .thenComparingInt(CommentView::number);
                        })
                .toList();
        return page(all, page);
    }

    /** One comment of a consultation (internal), for its moderation form. */
    public CommentView comment(int code, long id, long commentId) {
        access.check(code, Action.VIEW_INTERNAL);
        find(code, id);
        return comments.findByIdAndConsultationId(commentId, id)
                .map(ConsultationQueries::internalView)
                .orElseThrow(() -> new NotFoundException("comment " + commentId));
    }

    /** The moderation steps on a consultation's comments, newest first. */
    public List<ModerationView> moderation(int code, long id) {
        List<CommentView> all = comments(code, id);
        Map<Long, Integer> numbers = all.stream().collect(Collectors.toMap(CommentView::id, CommentView::number));
        if (numbers.isEmpty()) {
            return List.of();
        }
        return moderation.findByCommentIdInOrderByActedAtDescIdDesc(new ArrayList<>(numbers.keySet())).stream()
                .map(m -> new ModerationView(
                        m.commentId(),
                        numbers.get(m.commentId()),
                        m.action() == ModerationEntry.Kind.HIDDEN,
                        m.reason(),
                        m.actedAt(),
                        m.actedBy()))
                .toList();
    }

    /** The ORP's plans (not evaluated ones) and their action plans, for the form. */
    public List<DocumentOption> documents(int code) {
        access.check(code, Action.EDIT_PLANNING);
        List<DocumentOption> options = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<PlanSummary> plans = strategy.plans(code, page, null);
            for (PlanSummary p : plans) {
                if (p.state() == PlanState.EVALUATED) {
                    continue;
                }
                options.add(new DocumentOption(
                        DocumentKind.PLAN.name() + ":" + p.id(), p.title(), null, p.state() == PlanState.DRAFT));
                actionPlans
                        .actionPlans(code, p.id())
                        .forEach(a -> options.add(new DocumentOption(
                                DocumentKind.ACTION_PLAN.name() + ":" + p.id() + ":" + a.id(),
                                p.title(),
                                a.year(),
                                false)));
            }
            if (!plans.hasNext()) {
                return options;
            }
        }
    }

    // ---- helpers --------------------------------------------------------------------------------

    Consultation find(int code, long id) {
        return consultations
                .findByIdAndDistrictCode(id, code)
                .orElseThrow(() -> new NotFoundException("consultation " + id));
    }

    private Map<Long, Long> counts(int code) {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : comments.countsByDistrict(code)) {
            counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        return counts;
    }

    private static boolean matches(CommentView c, String section) {
        if (section == null || section.isBlank()) {
            return true;
        }
        if (WHOLE.equals(section)) {
            return c.target().isWhole();
        }
        return !c.target().isWhole() && section.equals(String.valueOf(c.target().nodeId()));
    }

    /** Whole document first, then items in number order (1.2 before 1.10). */
    private static String sectionKey(CommentTarget t) {
        if (t.isWhole() || t.number() == null) {
            return "";
        }
        StringBuilder key = new StringBuilder();
        for (String part : t.number().split("\\.")) {
            key.append(String.format("%05d", parse(part)));
        }
        return key.toString();
    }

    private static int parse(String s) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static <T> Page<T> page(List<T> all, int page) {
        int p = Math.max(page, 0);
        int from = Math.min(p * PAGE_SIZE, all.size());
        int to = Math.min(from + PAGE_SIZE, all.size());
        return new PageImpl<>(all.subList(from, to), PageRequest.of(p, PAGE_SIZE), all.size());
    }

    static ConsultationView view(Consultation c, LocalDate today, long commentCount) {
        return new ConsultationView(
                c.id(),
                c.districtCode(),
                c.documentKind(),
                c.documentId(),
                c.planId(),
                c.documentTitle(),
                c.title(),
                c.opensOn(),
                c.closesOn(),
                c.anonymousAllowed(),
                c.intro(),
                c.consentText(),
                c.state(today),
                commentCount,
                c.sections().stream()
                        .map(s -> new SectionView(s.nodeId(), s.kind(), s.number(), s.title(), s.description()))
                        .toList(),
                c.createdBy(),
                c.createdAt(),
                c.updatedAt(),
                c.settlementPublishedAt(),
                c.version());
    }

    static CommentView internalView(ConsultationComment c) {
        return new CommentView(
                c.id(),
                c.consultationId(),
                c.number(),
                c.target(),
                c.text(),
                c.authorName(),
                c.authorEmail(),
                c.namePublic(),
                c.submittedAt(),
                c.hidden(),
                c.hiddenReason(),
                c.hiddenAt(),
                c.hiddenBy(),
                c.outcome(),
                c.reasoning(),
                c.changedNodeId(),
                c.settledAt(),
                c.settledBy(),
                c.outcomeMailedAt(),
                c.version());
    }

    private static CommentView publicView(ConsultationComment c, boolean settled) {
        return new CommentView(
                c.id(),
                c.consultationId(),
                c.number(),
                c.target(),
                c.hidden() ? null : c.text(),
                c.namePublic() ? c.authorName() : null,
                null,
                c.namePublic(),
                c.submittedAt(),
                c.hidden(),
                c.hidden() ? c.hiddenReason() : null,
                c.hiddenAt(),
                null,
                settled ? c.outcome() : null,
                settled ? c.reasoning() : null,
                settled ? c.changedNodeId() : null,
                settled ? c.settledAt() : null,
                null,
                null,
                c.version());
    }
}
