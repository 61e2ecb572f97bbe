package cz.planovna.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cz.planovna.shared.TerritoryRef;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules of a meeting and its minutes, without a database. */
class MeetingTest {

    static final TerritoryRef BLATNA = TerritoryRef.district(3101, 3034);
    static final LocalDate DAY = LocalDate.of(2030, 3, 14);

    @Test
    void overlapIsTheSameDayWithIntersectingTimes() {
        MeetingDetails afternoon = MeetingMother.details("A", DAY);
        assertThat(afternoon.overlaps(DAY, LocalTime.of(15, 0), LocalTime.of(17, 0)))
                .isTrue();
        assertThat(afternoon.overlaps(DAY, LocalTime.of(16, 0), LocalTime.of(17, 0)))
                .isFalse();
        assertThat(afternoon.overlaps(DAY, LocalTime.of(12, 0), LocalTime.of(14, 0)))
                .isFalse();
        assertThat(afternoon.overlaps(DAY.plusDays(1), LocalTime.of(14, 0), LocalTime.of(16, 0)))
                .isFalse();
    }

    @Test
    void decisionsAreNumberedInAgendaOrderAndRenumberedWhenOneGoes() throws Exception {
        Meeting meeting = meeting("Úvod", "Plán", "Různé");
        List<AgendaItem> items = meeting.agenda();

        meeting.addDecision(items.get(2).id(), "Třetí bod", null, null, null);
        meeting.addDecision(items.get(0).id(), "První bod", 5, 0, 1);
        meeting.addDecision(items.get(1).id(), "Druhý bod", null, null, null);

        assertThat(numbers(meeting)).containsExactly("1 První bod", "2 Druhý bod", "3 Třetí bod");
        meeting.removeDecision(2);
        assertThat(numbers(meeting)).containsExactly("1 První bod", "2 Třetí bod");
        assertThat(meeting.minutesState()).isEqualTo(MinutesState.DRAFT);
    }

    @Test
    void minutesGoFromDraftThroughApprovalToPublicationAndThenStayAsTheyAre() throws Exception {
        Meeting meeting = meeting("Úvod");
        assertThatThrownBy(() -> meeting.approve("předsedkyně", Instant.now()))
                .isInstanceOf(IllegalStateException.class);

        meeting.writeMinutes("Shrnutí", Map.of(meeting.agenda().get(0).id(), "Průběh"));
        meeting.approve("předsedkyně", Instant.now());
        meeting.reopen();
        meeting.approve("předsedkyně", Instant.now());
        meeting.publish(Instant.now());

        assertThat(meeting.minutesState()).isEqualTo(MinutesState.PUBLISHED);
        assertThatThrownBy(() -> meeting.writeMinutes("Jinak", Map.of())).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> meeting.addTask(null, "koordinátor", "Úkol", null))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(meeting::reopen).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anAgendaItemWithMinutesCannotBeDroppedButAnEmptyOneCan() throws Exception {
        Meeting meeting = meeting("Úvod", "Plán");
        meeting.writeMinutes(null, Map.of(meeting.agenda().get(1).id(), "Diskuse o plánu"));

        assertThat(meeting.agendaItemsWithContentBeyond(1)).isTrue();
        assertThatThrownBy(() -> meeting.change(MeetingMother.details("Jednání", DAY, "Úvod")))
                .isInstanceOf(IllegalStateException.class);

        meeting.change(MeetingMother.details("Jednání", DAY, "Zahájení", "Plán", "Různé"));
        assertThat(meeting.agenda()).extracting(AgendaItem::title).containsExactly("Zahájení", "Plán", "Různé");
    }

    @Test
    void movingAnInvitedMeetingMakesTheInvitationOutdatedAndRaisesTheCalendarSequence() throws Exception {
        Meeting meeting = meeting("Úvod");
        meeting.invitationSent(Instant.now(), 4);
        assertThat(meeting.invitationState().outdated()).isFalse();

        meeting.change(MeetingMother.details("Jednání", DAY, "Úvod", "Nový bod"));
        assertThat(meeting.invitationState().outdated()).as("agenda only").isFalse();

        meeting.change(MeetingMother.details("Jednání", DAY.plusDays(7), "Úvod"));
        assertThat(meeting.icalSequence()).isEqualTo(1);
        assertThat(meeting.invitationState().outdated()).isTrue();

        meeting.cancel();
        assertThat(meeting.icalSequence()).isEqualTo(2);
        assertThatThrownBy(() -> meeting.invitationSent(Instant.now(), 4)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aMeetingNeedsAPlaceOrALinkAndAnEndAfterItsStart() {
        PlanningGroup group = group();
        MeetingDetails nowhere = new MeetingDetails(
                "Jednání", DAY, LocalTime.of(14, 0), LocalTime.of(16, 0), " ", null, null, List.of());
        MeetingDetails backwards = new MeetingDetails(
                "Jednání", DAY, LocalTime.of(16, 0), LocalTime.of(14, 0), "MěÚ", null, null, List.of());

        assertThatThrownBy(() -> new Meeting(BLATNA, group, nowhere, Instant.now()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Meeting(BLATNA, group, backwards, Instant.now()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void timesAreReadTheCzechWay() {
        assertThat(TimeInput.parse("14:00")).contains(LocalTime.of(14, 0));
        assertThat(TimeInput.parse(" 9.30 ")).contains(LocalTime.of(9, 30));
        assertThat(TimeInput.parse("8")).contains(LocalTime.of(8, 0));
        assertThat(TimeInput.parse("24:00")).isEmpty();
        assertThat(TimeInput.parse("14:75")).isEmpty();
        assertThat(TimeInput.parse("odpoledne")).isEmpty();
        assertThat(ScheduleInput.isWebAddress("https://meet.example.cz/abc")).isTrue();
        assertThat(ScheduleInput.isWebAddress("javascript:alert(1)")).isFalse();
        assertThat(ScheduleInput.isWebAddress("meet.example.cz")).isFalse();
    }

    private static List<String> numbers(Meeting meeting) {
        return meeting.agenda().stream()
                .flatMap(i -> i.decisions().stream())
                .map(Decision::toView)
                .sorted(java.util.Comparator.comparingInt(DecisionView::number))
                .map(d -> d.number() + " " + d.wording())
                .toList();
    }

    /** A meeting whose agenda items have ids, as if loaded from the database. */
    private static Meeting meeting(String... agenda) throws Exception {
        Meeting meeting = new Meeting(BLATNA, group(), MeetingMother.details("Jednání", DAY, agenda), Instant.now());
        long id = 1;
        for (AgendaItem item : meeting.agenda()) {
            setId(item, id++);
        }
        return meeting;
    }

    private static PlanningGroup group() {
        return new PlanningGroup(
                BLATNA, GroupKind.WORKING, new GroupDetails("Senioři", null, null, true), Instant.now());
    }

    private static void setId(Object entity, long id) throws Exception {
        Field field = entity.getClass().getDeclaredField("id");
        field.setAccessible(true);
        field.set(entity, id);
    }
}
