package cz.planovna.analysis;

import cz.planovna.catalogue.CodeView;
import cz.planovna.catalogue.LifeSituations;
import cz.planovna.identity.TerritoryAccess.Action;
import cz.planovna.process.PlanningQueries;
import cz.planovna.shared.TerritoryRef;
import cz.planovna.shared.format.CzechFormats;
import cz.planovna.shared.text.CzechCollation;
import cz.planovna.shared.web.FormRejectedException;
import cz.planovna.shared.web.NotFoundException;
import cz.planovna.shared.web.StaleEditException;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
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
 * Interviews, focus groups and findings of an ORP: read by its team (VIEW_INTERNAL), written by
 * those who edit its planning (EDIT_PLANNING). Every change is checked against the version the
 * form showed and written to the audit trail. An ORP has tens of records, so lists are filtered,
 * sorted (Czech order) and paged in memory.
 */
@Service
@Transactional
public class FindingsService {

    public static final int PAGE_SIZE = 20;

    /** Sort orders of the findings list, by their request parameter. */
    public enum FindingSort {
        CISLO,
        DULEZITOST,
        STAV,
        SKUPINA;

        public String param() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static FindingSort ofParam(String value) {
            for (FindingSort s : values()) {
                if (s.param().equals(value)) {
                    return s;
                }
            }
            return CISLO;
        }
    }

    /** Sort orders of the interviews list. */
    public enum InterviewSort {
        DATUM,
        TEMA,
        DRUH;

        public String param() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static InterviewSort ofParam(String value) {
            for (InterviewSort s : values()) {
                if (s.param().equals(value)) {
                    return s;
                }
            }
            return DATUM;
        }
    }

    /** Filters of the findings list; null = any. */
    public record FindingFilter(String targetGroup, Importance importance, FindingStatus status, FindingSource source) {

        static FindingFilter of(String targetGroup, String importance, String status, String source) {
            return new FindingFilter(
                    targetGroup == null || targetGroup.isBlank() ? null : targetGroup.strip(),
                    Importance.ofParam(importance),
                    FindingStatus.ofParam(status),
                    FindingSource.ofParam(source));
        }

        boolean matches(FindingView f) {
            return (targetGroup == null || targetGroup.equals(f.targetGroup()))
                    && (importance == null || importance == f.importance())
                    && (status == null || status == f.status())
                    && (source == null || source == f.sourceKind());
        }

        public boolean any() {
            return targetGroup != null || importance != null || status != null || source != null;
        }
    }

    private final InterviewRepository interviews;
    private final FindingRepository findings;
    private final FindingsAuditRepository audit;
    private final FindingsAccess access;
    private final PlanningQueries planning;
    private final LifeSituations codeLists;
    private final ObjectProvider<FindingCitations> citations;
    private final Clock clock;

    FindingsService(
            InterviewRepository interviews,
            FindingRepository findings,
            FindingsAuditRepository audit,
            FindingsAccess access,
            PlanningQueries planning,
            LifeSituations codeLists,
            ObjectProvider<FindingCitations> citations,
            ObjectProvider<Clock> clock) {
        this.interviews = interviews;
        this.findings = findings;
        this.audit = audit;
        this.access = access;
        this.planning = planning;
        this.codeLists = codeLists;
        this.citations = citations;
        this.clock = clock.getIfAvailable(() -> Clock.system(CzechFormats.PRAGUE));
    }

    // ---- pages: who and where ------------------------------------------------------------------

    @Transactional(readOnly = true)
    public OrpName forViewing(int code) {
        access.check(code, Action.VIEW_INTERNAL);
        return access.orp(code);
    }

    @Transactional(readOnly = true)
    public OrpName forEditing(int code) {
        access.check(code, Action.EDIT_PLANNING);
        return access.orp(code);
    }

    public boolean mayEdit(int code) {
        return access.may(code, Action.EDIT_PLANNING);
    }

    /** The groups of the ORP (steering and working), for the forms. */
    @Transactional(readOnly = true)
    public List<GroupOption> groups(int code) {
        return planning.overview(code).groups().stream()
                .map(g -> new GroupOption(g.id(), g.name()))
                .sorted(CzechCollation.comparing(GroupOption::name))
                .toList();
    }

    /** The catalogue's target groups in Czech order. */
    public List<CodeView> targetGroups() {
        return codeLists.targetGroupOptions();
    }

    @Transactional(readOnly = true)
    public List<AuditLine> audit(int code) {
        access.check(code, Action.VIEW_INTERNAL);
        return audit.findByDistrictCodeOrderByAtDescIdDesc(code, PageRequest.of(0, 20)).stream()
                .map(FindingsAuditEntry::toLine)
                .toList();
    }

    // ---- interviews -----------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public Page<InterviewView> interviews(int code, InterviewKind kind, InterviewSort sort, int page) {
        access.check(code, Action.VIEW_INTERNAL);
        Comparator<InterviewView> order = switch (sort) {
            case DATUM -> Comparator.comparing(InterviewView::heldOn).reversed();
            case TEMA -> CzechCollation.comparing(InterviewView::topic);
            case DRUH ->
                Comparator.comparing(InterviewView::kind)
                        .thenComparing(InterviewView::heldOn, Comparator.reverseOrder());
        };
        List<InterviewView> all = interviews.findByDistrictCode(code).stream()
                .map(Interview::toView)
                .filter(i -> kind == null || i.kind() == kind)
                .sorted(order.thenComparing(InterviewView::id))
                .toList();
        return page(all, page);
    }

    @Transactional(readOnly = true)
    public InterviewView interview(int code, long id) {
        access.check(code, Action.VIEW_INTERNAL);
        return interviewOf(code, id).toView();
    }

    /** The findings drawn from an interview, by number. */
    @Transactional(readOnly = true)
    public List<FindingView> findingsOf(int code, long interviewId) {
        access.check(code, Action.VIEW_INTERNAL);
        Interview interview = interviewOf(code, interviewId);
        Map<String, String> groups = groupNames();
        return findings.findByInterviewId(interview.id()).stream()
                .sorted(Comparator.comparingInt(Finding::number))
                .map(f -> view(f, groups, Map.of(interview.id(), interview.topic())))
                .toList();
    }

    long createInterview(int code, InterviewContent content) {
        TerritoryRef orp = access.check(code, Action.EDIT_PLANNING);
        Interview saved = interviews.save(new Interview(orp, withGroupName(code, content), now()));
        log(code, "interview.created", saved.topic());
        return saved.id();
    }

    void updateInterview(int code, long id, long version, InterviewContent content) {
        access.check(code, Action.EDIT_PLANNING);
        Interview interview = interviewOf(code, id);
        if (interview.version() != version) {
            throw new StaleEditException(
                    interview.topic(), content.topic(), interview.topic(), FindingsUrls.interview(code, id), false);
        }
        interview.change(withGroupName(code, content), now());
        log(code, "interview.edited", interview.topic());
    }

    void deleteInterview(int code, long id, long version) {
        access.check(code, Action.EDIT_PLANNING);
        Interview interview = interviewOf(code, id);
        if (interview.version() != version) {
            throw new StaleEditException(interview.topic(), null, null, FindingsUrls.interview(code, id), false);
        }
        if (!findings.findByInterviewId(id).isEmpty()) {
            throw new FormRejectedException(null, "analysis.interview.delete.hasFindings");
        }
        interviews.delete(interview);
        log(code, "interview.deleted", interview.topic());
    }

    // ---- findings -------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public Page<FindingView> findings(int code, FindingFilter filter, FindingSort sort, int page) {
        access.check(code, Action.VIEW_INTERNAL);
        Comparator<FindingView> byNumber = Comparator.comparingInt(FindingView::number);
        Comparator<FindingView> order = switch (sort) {
            case CISLO -> byNumber;
            case DULEZITOST -> Comparator.comparing(FindingView::importance).thenComparing(byNumber);
            case STAV -> Comparator.comparing(FindingView::status).thenComparing(byNumber);
            case SKUPINA ->
                Comparator.comparing(
                                (FindingView f) -> f.targetGroupName() == null ? "\uffff" : f.targetGroupName(),
                                CzechCollation.comparator())
                        .thenComparing(byNumber);
        };
        List<FindingView> all =
                allFindings(code).stream().filter(filter::matches).sorted(order).toList();
        return page(all, page);
    }

    @Transactional(readOnly = true)
    public FindingView finding(int code, long id) {
        access.check(code, Action.VIEW_INTERNAL);
        Finding f = findingOf(code, id);
        return view(f, groupNames(), interviewTopics(code));
    }

    /** The measures citing a finding (empty when no plan module is present). */
    @Transactional(readOnly = true)
    public List<CitingMeasure> citing(int code, long findingId) {
        access.check(code, Action.VIEW_INTERNAL);
        findingOf(code, findingId);
        FindingCitations c = citations.getIfAvailable();
        return c == null ? List.of() : c.citingFinding(findingId);
    }

    /** The interviews a finding may come from, newest first. */
    @Transactional(readOnly = true)
    public List<InterviewView> interviewOptions(int code) {
        access.check(code, Action.VIEW_INTERNAL);
        return interviews.findByDistrictCode(code).stream()
                .map(Interview::toView)
                .sorted(Comparator.comparing(InterviewView::heldOn).reversed())
                .toList();
    }

    long createFinding(int code, FindingContent content) {
        TerritoryRef orp = access.check(code, Action.EDIT_PLANNING);
        checked(code, content);
        Finding saved = findings.save(new Finding(orp, findings.maxNumber(code) + 1, content, now()));
        log(code, "finding.created", Finding.label(saved.number()) + " " + saved.statement());
        return saved.id();
    }

    void updateFinding(int code, long id, long version, FindingContent content) {
        access.check(code, Action.EDIT_PLANNING);
        Finding f = findingOf(code, id);
        if (f.version() != version) {
            throw new StaleEditException(
                    Finding.label(f.number()),
                    content.statement(),
                    f.statement(),
                    FindingsUrls.finding(code, id),
                    false);
        }
        checked(code, content);
        f.change(content, now());
        log(code, "finding.edited", Finding.label(f.number()) + " " + f.statement());
    }

    void deleteFinding(int code, long id, long version) {
        access.check(code, Action.EDIT_PLANNING);
        Finding f = findingOf(code, id);
        if (f.version() != version) {
            throw new StaleEditException(Finding.label(f.number()), null, null, FindingsUrls.finding(code, id), false);
        }
        FindingCitations c = citations.getIfAvailable();
        if (c != null && !c.citingFinding(id).isEmpty()) {
            throw new FormRejectedException(null, "analysis.finding.delete.cited");
        }
        findings.delete(f);
        log(code, "finding.deleted", Finding.label(f.number()) + " " + f.statement());
    }

    // ---- for other modules (FindingsQueries) ----------------------------------------------------

    List<FindingView> allFindings(int code) {
        Map<String, String> groups = groupNames();
        Map<Long, String> topics = interviewTopics(code);
        return findings.findByDistrictCode(code).stream()
                .sorted(Comparator.comparingInt(Finding::number))
                .map(f -> view(f, groups, topics))
                .toList();
    }

    List<FindingView> findingsByIds(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, String> groups = groupNames();
        return findings.findByIdIn(ids).stream()
                .sorted(Comparator.comparingInt(Finding::districtCode).thenComparingInt(Finding::number))
                .map(f -> view(f, groups, Map.of()))
                .toList();
    }

    // ---- helpers --------------------------------------------------------------------------------

    private void checked(int code, FindingContent content) {
        if (content.sourceKind() == FindingSource.INTERVIEW) {
            if (content.interviewId() == null
                    || interviews
                            .findByIdAndDistrictCode(content.interviewId(), code)
                            .isEmpty()) {
                throw new FormRejectedException("interviewId", "analysis.validation.finding.interview");
            }
        }
        if (content.targetGroup() != null
                && !content.targetGroup().isBlank()
                && !groupNames().containsKey(content.targetGroup())) {
            throw new FormRejectedException("targetGroup", "analysis.validation.finding.targetGroup");
        }
    }

    private InterviewContent withGroupName(int code, InterviewContent c) {
        if (c.groupId() == null) {
            return c;
        }
        String name = groups(code).stream()
                .filter(g -> g.id() == c.groupId())
                .map(GroupOption::name)
                .findFirst()
                .orElseThrow(() -> new FormRejectedException("groupId", "analysis.validation.group"));
        return new InterviewContent(
                c.kind(),
                c.heldOn(),
                c.topic(),
                c.participants(),
                c.participantCount(),
                c.groupId(),
                name,
                c.summary());
    }

    private Map<String, String> groupNames() {
        return codeLists.targetGroupOptions().stream()
                .collect(Collectors.toMap(CodeView::code, CodeView::name, (a, b) -> a, LinkedHashMap::new));
    }

    private Map<Long, String> interviewTopics(int code) {
        return interviews.findByDistrictCode(code).stream().collect(Collectors.toMap(Interview::id, Interview::topic));
    }

    private static FindingView view(Finding f, Map<String, String> groups, Map<Long, String> topics) {
        return new FindingView(
                f.id(),
                f.districtCode(),
                f.number(),
                Finding.label(f.number()),
                f.statement(),
                f.targetGroup(),
                f.targetGroup() == null ? null : groups.getOrDefault(f.targetGroup(), f.targetGroup()),
                f.sourceKind(),
                f.interviewId(),
                f.interviewId() == null ? null : topics.get(f.interviewId()),
                f.sourceNote(),
                f.importance(),
                f.status(),
                f.updatedAt(),
                f.version());
    }

    private Interview interviewOf(int code, long id) {
        return interviews.findByIdAndDistrictCode(id, code).orElseThrow(() -> new NotFoundException("interview " + id));
    }

    private Finding findingOf(int code, long id) {
        return findings.findByIdAndDistrictCode(id, code).orElseThrow(() -> new NotFoundException("finding " + id));
    }

    private void log(int code, String action, String label) {
        audit.save(new FindingsAuditEntry(code, now(), access.userName(), action, label));
    }

    private Instant now() {
        return clock.instant();
    }

    static <T> Page<T> page(List<T> all, int page) {
        int size = PAGE_SIZE;
        int last = Math.max(0, (all.size() - 1) / size);
        int p = Math.min(Math.max(page, 0), last);
        int from = p * size;
        return new PageImpl<>(
                all.subList(from, Math.min(all.size(), from + size)), PageRequest.of(p, size), all.size());
    }
}
