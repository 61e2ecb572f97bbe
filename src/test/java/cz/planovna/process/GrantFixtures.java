package cz.planovna.process;

import cz.planovna.shared.TerritoryRef;
import cz.planovna.territory.TerritoryQueries;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Test data of the process module for the grant report tests of other modules (monitoring): a
 * funded round, groups with commissioners and others, meetings with everyone present, events with
 * registrations and news. Public so that tests of other packages can build it; the repositories
 * stay package-private and are taken from the application context.
 */
public final class GrantFixtures {

    private final TerritoryQueries territory;
    private final PlanningRoundRepository rounds;
    private final PlanningGroupRepository groups;
    private final MeetingRepository meetings;
    private final PlanningEventRepository events;
    private final EventRegistrationRepository registrations;
    private final NewsRepository news;
    private final TransactionTemplate tx;

    public GrantFixtures(ApplicationContext context) {
        this.territory = context.getBean(TerritoryQueries.class);
        this.rounds = context.getBean(PlanningRoundRepository.class);
        this.groups = context.getBean(PlanningGroupRepository.class);
        this.meetings = context.getBean(MeetingRepository.class);
        this.events = context.getBean(PlanningEventRepository.class);
        this.registrations = context.getBean(EventRegistrationRepository.class);
        this.news = context.getBean(NewsRepository.class);
        this.tx = context.getBean(TransactionTemplate.class);
    }

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private TerritoryRef orp(int code) {
        return territory.districtRef(code).orElseThrow();
    }

    /** A round with a grant project over the same period and KA1 (with outputs) and KA4. */
    public long fundedRound(int orp, String name, LocalDate from, LocalDate to) {
        return tx.execute(s -> {
            PlanningRound round =
                    new PlanningRound(orp(orp), new RoundDetails(name, from, to, null, RoundState.RUNNING, List.of()));
            round.fund(
                    new GrantProject("CZ.03.2.63/0.0/0.0/16_063/0001234", null, from, to, 1_000_000L, "Město", null),
                    List.of(
                            new KeyActivity("KA1", "Koordinace procesu", "Zápisy z jednání řídící skupiny"),
                            new KeyActivity("KA4", "Informování veřejnosti", null)));
            return rounds.save(round).id();
        });
    }

    /** A round without a grant project. */
    public long round(int orp, String name, LocalDate from, LocalDate to) {
        return tx.execute(s -> rounds.save(new PlanningRound(
                        orp(orp), new RoundDetails(name, from, to, null, RoundState.RUNNING, List.of())))
                .id());
    }

    /** A group with {@code commissioners} members of the commissioner sector and {@code others} providers. */
    public long group(int orp, boolean steering, String name, int commissioners, int others) {
        return tx.execute(s -> {
            Instant now = Instant.now();
            PlanningGroup group = new PlanningGroup(
                    orp(orp),
                    steering ? GroupKind.STEERING : GroupKind.WORKING,
                    new GroupDetails(name, null, null, false),
                    now);
            LocalDate joined = LocalDate.of(2000, 1, 1);
            for (int i = 0; i < commissioners + others; i++) {
                group.addMember(
                        new MemberDetails(
                                "Člen " + i,
                                null,
                                null,
                                MemberRole.MEMBER,
                                i < commissioners ? Sector.COMMISSIONER : Sector.PROVIDER,
                                true,
                                joined),
                        LocalDate.now(),
                        now);
            }
            return groups.saveAndFlush(group).id();
        });
    }

    /** A meeting with every current member present and {@code guests} guests; cancelled when asked. */
    public long meeting(long groupId, String title, LocalDate date, boolean cancelled, int guests) {
        return tx.execute(s -> {
            PlanningGroup group = groups.findById(groupId).orElseThrow();
            Meeting meeting = meetings.saveAndFlush(new Meeting(
                    orp(group.districtCode()),
                    group,
                    new MeetingDetails(
                            title, date, LocalTime.of(9, 0), LocalTime.of(10, 0), "MěÚ", null, null, List.of("Úvod")),
                    date.atStartOfDay().toInstant(ZoneOffset.UTC)));
            Map<Long, AttendanceStatus> present = new HashMap<>();
            group.currentMembers().forEach(m -> present.put(m.id(), AttendanceStatus.PRESENT));
            meeting.recordAttendance(
                    present,
                    java.util.stream.IntStream.range(0, guests)
                            .mapToObj(i -> new Guest("Host " + i, null))
                            .toList());
            if (cancelled) {
                meeting.cancel();
            }
            return meeting.id();
        });
    }

    /** A published event with {@code count} active registrations. */
    public long event(int orp, String title, LocalDate date, int count, Set<Integer> partners) {
        return tx.execute(s -> {
            PlanningEvent event = events.saveAndFlush(new PlanningEvent(
                    orp(orp),
                    new EventDetails(
                            EventKind.SEMINAR,
                            title,
                            null,
                            date,
                            LocalTime.of(9, 0),
                            LocalTime.of(12, 0),
                            "MěÚ",
                            null,
                            null,
                            false,
                            true,
                            partners),
                    Instant.now()));
            for (int i = 0; i < count; i++) {
                registrations.save(new EventRegistration(
                        event.id(),
                        "Účastník " + i,
                        null,
                        unique("u").replace(" ", ".") + "@example.cz",
                        unique("hash"),
                        Instant.now()));
            }
            return event.id();
        });
    }

    /** A published news item. */
    public long news(int orp, String title, LocalDate publishedOn) {
        return tx.execute(s -> news.save(new NewsItem(orp(orp), title, null, "Text", true, publishedOn, Instant.now()))
                .id());
    }
}
