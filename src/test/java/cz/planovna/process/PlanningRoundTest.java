package cz.planovna.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cz.planovna.shared.TerritoryRef;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanningRoundTest {

    static final TerritoryRef BLATNA = TerritoryRef.district(3101, 3034);
    static final LocalDate JAN_2018 = LocalDate.of(2018, 1, 1);
    static final LocalDate DEC_2019 = LocalDate.of(2019, 12, 31);

    static RoundDetails details(LocalDate from, LocalDate to, List<Milestone> milestones) {
        return new RoundDetails("3. etapa 2018–2019", from, to, null, RoundState.RUNNING, milestones);
    }

    @Test
    void keepsItsScheduleSortedByDate() {
        PlanningRound round = new PlanningRound(
                BLATNA,
                details(
                        JAN_2018,
                        DEC_2019,
                        List.of(
                                new Milestone("Schválení plánu", LocalDate.of(2019, 11, 30), false),
                                new Milestone("Úvodní setkání", LocalDate.of(2018, 2, 12), true))));

        assertThat(round.toDetail().milestones())
                .extracting(MilestoneView::title)
                .containsExactly("Úvodní setkání", "Schválení plánu");
        assertThat(round.districtCode()).isEqualTo(3101);
    }

    @Test
    void refusesToEndBeforeItStarts() {
        assertThatThrownBy(() -> new PlanningRound(BLATNA, details(DEC_2019, JAN_2018, List.of())))
                .isInstanceOf(IllegalArgumentException.class);
        PlanningRound round = new PlanningRound(BLATNA, details(JAN_2018, JAN_2018, List.of()));
        assertThatThrownBy(() -> round.change(details(JAN_2018, JAN_2018.minusDays(1), List.of())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void belongsToAnOrpNotToAKraj() {
        assertThatThrownBy(() -> new PlanningRound(TerritoryRef.region(3034), details(JAN_2018, DEC_2019, List.of())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void needsAName() {
        assertThatThrownBy(() -> new PlanningRound(
                        BLATNA, new RoundDetails("  ", JAN_2018, DEC_2019, null, RoundState.RUNNING, List.of())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMilestoneNeedsTitleAndDate() {
        assertThatThrownBy(() -> new Milestone(" ", JAN_2018, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Milestone("Setkání", null, false)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aGrantProjectChecksItsRegistrationNumberAndPeriod() {
        assertThat(project("CZ.03.2.63/0.0/0.0/16_063/0006575", JAN_2018, DEC_2019)
                        .registrationNumber())
                .isEqualTo("CZ.03.2.63/0.0/0.0/16_063/0006575");
        assertThatThrownBy(() -> project("CZ.1.04./3.1.03/65.00031", JAN_2018, DEC_2019))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> project("CZ.03.2.63/0.0/0.0/16_063/0006575", DEC_2019, JAN_2018))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fundingReplacesProjectAndKeyActivitiesWhichAreUniqueAndSorted() {
        PlanningRound round = new PlanningRound(BLATNA, details(JAN_2018, DEC_2019, List.of()));
        round.fund(
                project("CZ.03.2.63/0.0/0.0/16_063/0006575", JAN_2018, DEC_2019),
                List.of(
                        new KeyActivity("KA3", "Vytvoření SPRSS", null),
                        new KeyActivity("KA1", "Koordinace", "Zápisy")));

        GrantProjectView view = round.toDetail().grantProject();
        assertThat(view.keyActivities()).extracting(KeyActivityView::code).containsExactly("KA1", "KA3");
        assertThat(view.budget()).isEqualTo(1_793_475L);

        assertThatThrownBy(() -> round.fund(
                        project("CZ.03.2.63/0.0/0.0/16_063/0006575", JAN_2018, DEC_2019),
                        List.of(new KeyActivity("KA1", "a", null), new KeyActivity("KA1", "b", null))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KeyActivity("KA6", "Navíc", null)).isInstanceOf(IllegalArgumentException.class);

        round.removeGrantProject();
        assertThat(round.toDetail().grantProject()).isNull();
    }

    private static GrantProject project(String number, LocalDate from, LocalDate to) {
        return new GrantProject(number, "03_16_063", from, to, 1_793_475L, "CpKP jižní Čechy", "Město Blatná");
    }
}
