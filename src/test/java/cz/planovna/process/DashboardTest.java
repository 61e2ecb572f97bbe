package cz.planovna.process;

import static cz.planovna.process.ProcessMother.PISEK;
import static cz.planovna.process.ProcessMother.PRACHATICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cz.planovna.identity.UserAdministration;
import cz.planovna.shared.format.CzechFormats;
import cz.planovna.territory.TerritoryQueries;
import cz.planovna.testing.TestUser;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** The coordinator's dashboard on the planning overview lists what needs doing, only for their ORP. */
@ProcessWebTest
class DashboardTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAdministration users;

    @Autowired
    TerritoryQueries territory;

    @Autowired
    PlanningRoundRepository rounds;

    @Autowired
    PlanningGroupRepository groups;

    @Autowired
    MeetingRepository meetingRepository;

    @Autowired
    TransactionTemplate tx;

    @Test
    void upcomingUninvitedMeetingsOverdueTasksAndUnwrittenMinutesShowUp() throws Exception {
        ProcessMother mother = new ProcessMother(users, territory, rounds, groups, tx);
        MeetingMother meetings = new MeetingMother(mother, groups, meetingRepository, tx);
        LocalDate today = LocalDate.now(CzechFormats.PRAGUE);
        long group = mother.workingGroup(PRACHATICE, ProcessMother.unique("Přehled"));
        String upcoming = ProcessMother.unique("Příští jednání");
        String past = ProcessMother.unique("Minulé jednání");
        meetings.meeting(PRACHATICE, group, MeetingMother.details(upcoming, today.plusDays(6), "Úvod"));
        long held = meetings.meeting(PRACHATICE, group, MeetingMother.details(past, today.minusDays(20), "Úvod"));
        String task = ProcessMother.unique("Rozeslat zápis");
        tx.executeWithoutResult(s -> meetingRepository
                .findById(held)
                .orElseThrow()
                .addTask(null, "koordinátorka", task, today.minusDays(3)));
        TestUser coordinator = mother.districtCoordinator(PRACHATICE);

        Document page =
                Jsoup.parse(mvc.perform(get("/orp/" + PRACHATICE + "/planovani").with(coordinator.signedIn()))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        String text = page.select("section[aria-labelledby=dashboard-heading]").text();
        assertThat(text).contains(upcoming, "pozvánka neodeslána", task, "koordinátorka", past);

        // the same dashboard of another ORP shows none of it
        TestUser other = mother.districtCoordinator(PISEK);
        String foreign = mvc.perform(get("/orp/" + PISEK + "/planovani").with(other.signedIn()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(foreign).doesNotContain(upcoming, task, past);
        mvc.perform(get("/orp/" + PRACHATICE + "/planovani").with(other.signedIn()))
                .andExpect(status().isForbidden());
    }
}
