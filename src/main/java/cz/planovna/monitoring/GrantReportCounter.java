package cz.planovna.monitoring;

import cz.planovna.monitoring.GrantReport.Activity;
import cz.planovna.monitoring.GrantReport.Count;
import cz.planovna.monitoring.GrantReport.Item;
import cz.planovna.process.DocumentCategory;
import cz.planovna.process.GrantActivityQueries.GrantRound;
import cz.planovna.process.GrantActivityQueries.HeldEvent;
import cz.planovna.process.GrantActivityQueries.HeldMeeting;
import cz.planovna.process.GroupKind;
import cz.planovna.process.KeyActivityView;
import cz.planovna.strategy.PlanActivity;
import cz.planovna.survey.SurveyActivity.RunSurvey;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Counts the outputs of the key activities KA1–KA5 in a period from what the modules recorded
 * (the mapping is in docs/architecture.md, "Grant reporting"). Pure: no database, no clock.
 * A day counts when it lies between {@code from} and {@code to}, both inclusive; cancelled
 * meetings and unpublished events never count.
 */
final class GrantReportCounter {

    static final List<String> CODES = List.of("KA1", "KA2", "KA3", "KA4", "KA5");
    static final String K = "monitoring.grant.";

    private GrantReportCounter() {}

    static GrantReport count(GrantRound round, LocalDate from, LocalDate to, GrantActivityData data) {
        int code = round.districtCode();
        String base = "/orp/" + code + "/planovani";
        Predicate<LocalDate> inside = d -> d != null && !d.isBefore(from) && !d.isAfter(to);

        List<HeldMeeting> held = data.meetings().stream()
                .filter(m -> !m.cancelled() && inside.test(m.date()))
                .toList();
        List<HeldMeeting> steering =
                held.stream().filter(m -> m.groupKind() == GroupKind.STEERING).toList();
        List<HeldMeeting> working =
                held.stream().filter(m -> m.groupKind() == GroupKind.WORKING).toList();
        List<HeldMeeting> withCommissioners =
                held.stream().filter(m -> m.commissioners() > 0).toList();
        List<HeldEvent> events = data.events().stream()
                .filter(e -> e.published() && inside.test(e.date()))
                .toList();
        List<HeldEvent> partnered =
                events.stream().filter(e -> e.partners() > 0).toList();

        List<Activity> activities = new ArrayList<>();

        // KA1 coordination: the steering group's meetings
        activities.add(activity(
                round,
                "KA1",
                List.of(
                        new Count(K + "count.steeringMeetings", steering.size(), base + "/jednani"),
                        new Count(K + "count.steeringParticipants", participants(steering), base + "/jednani")),
                meetingItems(steering, K + "item.meeting"),
                List.of()));

        // KA2 analyses: surveys and their responses, findings, interviews, analytical documents
        List<RunSurvey> surveys = data.surveys().stream()
                .filter(s -> s.opened() != null
                        && !s.opened().isAfter(to)
                        && (s.closed() == null || !s.closed().isBefore(from)))
                .toList();
        long responses =
                surveys.stream().mapToLong(s -> s.responsesBetween(from, to)).sum();
        var findings =
                data.findings().stream().filter(f -> inside.test(f.recorded())).toList();
        var interviews =
                data.interviews().stream().filter(i -> inside.test(i.held())).toList();
        var analyses = data.documents().stream()
                .filter(d -> d.category() == DocumentCategory.ANALYSIS && inside.test(d.added()))
                .toList();
        List<Item> ka2 = new ArrayList<>();
        surveys.forEach(s ->
                ka2.add(new Item(s.opened(), K + "item.survey", s.title(), s.responsesBetween(from, to), s.url())));
        findings.forEach(f ->
                ka2.add(new Item(f.recorded(), K + "item.finding", f.label() + " " + f.statement(), null, f.url())));
        interviews.forEach(
                i -> ka2.add(new Item(i.held(), K + "item.interview", i.topic(), (long) i.participants(), i.url())));
        analyses.forEach(d -> ka2.add(new Item(d.added(), K + "item.document", d.title(), null, d.url())));
        activities.add(activity(
                round,
                "KA2",
                List.of(
                        new Count(K + "count.surveys", surveys.size(), base + "/dotazniky"),
                        new Count(K + "count.responses", responses, base + "/dotazniky"),
                        new Count(K + "count.findings", findings.size(), base + "/zjisteni"),
                        new Count(K + "count.interviews", interviews.size(), base + "/zjisteni/rozhovory"),
                        new Count(
                                K + "count.analysisDocuments",
                                analyses.size(),
                                base + "/dokumenty?kategorie=ANALYSIS")),
                sorted(ka2),
                List.of()));

        // KA3 creating the plan: working groups' meetings, the plans' steps, plan documents
        var steps = data.planSteps().stream().filter(s -> inside.test(s.date())).toList();
        var planDocuments = data.documents().stream()
                .filter(d -> d.category() == DocumentCategory.PLAN && inside.test(d.added()))
                .toList();
        List<Item> ka3 = new ArrayList<>(meetingItems(working, K + "item.meeting"));
        steps.forEach(s -> ka3.add(new Item(s.date(), s.kind().messageKey(), s.title(), null, s.url())));
        planDocuments.forEach(d -> ka3.add(new Item(d.added(), K + "item.document", d.title(), null, d.url())));
        activities.add(activity(
                round,
                "KA3",
                List.of(
                        new Count(K + "count.workingMeetings", working.size(), base + "/jednani"),
                        new Count(K + "count.workingParticipants", participants(working), base + "/jednani"),
                        new Count(
                                K + "count.planSteps",
                                steps.stream()
                                        .filter(s -> s.kind() != PlanActivity.Kind.DOCUMENT_GENERATED)
                                        .count(),
                                base + "/plany"),
                        new Count(
                                K + "count.planDocuments",
                                steps.stream()
                                                .filter(s -> s.kind() == PlanActivity.Kind.DOCUMENT_GENERATED)
                                                .count()
                                        + planDocuments.size(),
                                base + "/plany")),
                sorted(ka3),
                List.of()));

        // KA4 informing and involving: public events and registrations, news, public consultations
        // open in the period and the comments received in it
        var news =
                data.news().stream().filter(n -> inside.test(n.publishedOn())).toList();
        List<Item> ka4 = new ArrayList<>();
        events.forEach(e -> ka4.add(new Item(e.date(), K + "item.event", e.title(), e.registrations(), e.url())));
        news.forEach(n -> ka4.add(new Item(n.publishedOn(), K + "item.news", n.title(), null, n.url())));
        var consultations = data.consultations().stream()
                .filter(c -> c.openDuring(from, to))
                .toList();
        consultations.forEach(c ->
                ka4.add(new Item(c.opens(), K + "item.consultation", c.title(), c.commentsBetween(from, to), c.url())));
        activities.add(activity(
                round,
                "KA4",
                List.of(
                        new Count(K + "count.events", events.size(), base + "/akce"),
                        new Count(
                                K + "count.registrations",
                                events.stream()
                                        .mapToLong(HeldEvent::registrations)
                                        .sum(),
                                base + "/akce"),
                        new Count(K + "count.news", news.size(), base + "/aktuality"),
                        new Count(
                                K + "count.consultations", consultations.size(), "/orp/" + code + "/pripominky/sprava"),
                        new Count(
                                K + "count.comments",
                                consultations.stream()
                                        .mapToLong(c -> c.commentsBetween(from, to))
                                        .sum(),
                                "/orp/" + code + "/pripominky/sprava")),
                sorted(ka4),
                List.of()));

        // KA5 cooperation of municipalities and the region: meetings with commissioners present,
        // events co-organised with other ORP
        List<Item> ka5 = new ArrayList<>();
        withCommissioners.forEach(m -> ka5.add(new Item(
                m.date(), K + "item.meeting", m.groupName() + ": " + m.title(), (long) m.commissioners(), m.url())));
        partnered.forEach(e -> ka5.add(new Item(e.date(), K + "item.partnerEvent", e.title(), null, e.url())));
        activities.add(activity(
                round,
                "KA5",
                List.of(
                        new Count(K + "count.commissionerMeetings", withCommissioners.size(), base + "/jednani"),
                        new Count(
                                K + "count.commissionerAttendances",
                                withCommissioners.stream()
                                        .mapToLong(HeldMeeting::commissioners)
                                        .sum(),
                                base + "/jednani"),
                        new Count(K + "count.partnerEvents", partnered.size(), base + "/akce")),
                sorted(ka5),
                List.of(K + "note.commissioners")));

        return new GrantReport(round, from, to, activities);
    }

    private static Activity activity(
            GrantRound round, String code, List<Count> counts, List<Item> items, List<String> notes) {
        KeyActivityView planned = round.project() == null
                ? null
                : round.project().keyActivities().stream()
                        .filter(k -> k.code().equals(code))
                        .findFirst()
                        .orElse(null);
        return new Activity(
                code,
                planned == null ? null : planned.description(),
                planned == null ? null : planned.outputs(),
                counts,
                items,
                notes);
    }

    private static long participants(List<HeldMeeting> meetings) {
        return meetings.stream().mapToLong(HeldMeeting::participants).sum();
    }

    private static List<Item> meetingItems(List<HeldMeeting> meetings, String kindKey) {
        return meetings.stream()
                .map(m ->
                        new Item(m.date(), kindKey, m.groupName() + ": " + m.title(), (long) m.participants(), m.url()))
                .toList();
    }

    private static List<Item> sorted(List<Item> items) {
        return items.stream()
                .sorted(Comparator.comparing(Item::date)
                        .thenComparing(Item::title, cz.planovna.shared.text.CzechCollation.comparator()))
                .toList();
    }
}
