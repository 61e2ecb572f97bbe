package cz.planovna.strategy;

import static cz.planovna.strategy.ProjectState.FUNDED;
import static cz.planovna.strategy.ProjectState.IDEA;
import static cz.planovna.strategy.ProjectState.PREPARED;
import static cz.planovna.strategy.ProjectState.REJECTED;
import static cz.planovna.strategy.ProjectState.SUBMITTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The life of a pipeline project: every pair of states, allowed or not, and what each state permits. */
class ProjectStateTest {

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource({
        "IDEA,IDEA,false",
        "IDEA,PREPARED,true",
        "IDEA,SUBMITTED,false",
        "IDEA,FUNDED,false",
        "IDEA,REJECTED,true",
        "PREPARED,IDEA,true",
        "PREPARED,PREPARED,false",
        "PREPARED,SUBMITTED,true",
        "PREPARED,FUNDED,false",
        "PREPARED,REJECTED,true",
        "SUBMITTED,IDEA,false",
        "SUBMITTED,PREPARED,false",
        "SUBMITTED,SUBMITTED,false",
        "SUBMITTED,FUNDED,true",
        "SUBMITTED,REJECTED,true",
        "FUNDED,IDEA,false",
        "FUNDED,PREPARED,false",
        "FUNDED,SUBMITTED,false",
        "FUNDED,FUNDED,false",
        "FUNDED,REJECTED,false",
        "REJECTED,IDEA,true",
        "REJECTED,PREPARED,false",
        "REJECTED,SUBMITTED,false",
        "REJECTED,FUNDED,false",
        "REJECTED,REJECTED,false"
    })
    void onlyTheListedTransitionsAreAllowed(ProjectState from, ProjectState to, boolean allowed) {
        assertThat(from.mayBecome(to)).isEqualTo(allowed);
    }

    @Test
    void thePublicSeesWorkedOutProjectsAndOnlyIdeasMayBeDeleted() {
        assertThat(EnumSet.allOf(ProjectState.class).stream().filter(ProjectState::isPublic))
                .containsExactly(PREPARED, SUBMITTED, FUNDED);
        assertThat(EnumSet.allOf(ProjectState.class).stream().filter(ProjectState::deletable))
                .containsExactly(IDEA);
        assertThat(FUNDED.next()).isEmpty();
    }

    @Test
    void aProjectRecordsEveryChangeOfStateAndRefusesAnInvalidOne() {
        PipelineProject project = new PipelineProject(
                3108,
                PipelineMother.details("Stacionář", 500_000, 1L),
                false,
                "Jana",
                Instant.parse("2025-01-01T10:00:00Z"));
        project.moveTo(PREPARED, "  projednáno  ", "Jana", Instant.parse("2025-01-02T10:00:00Z"));
        project.moveTo(SUBMITTED, null, "Petr", Instant.parse("2025-01-03T10:00:00Z"));

        assertThatThrownBy(() -> project.moveTo(IDEA, null, "Petr", Instant.now()))
                .isInstanceOf(IllegalStateException.class);
        assertThat(project.state()).isEqualTo(SUBMITTED);
        assertThat(project.history())
                .extracting(
                        ProjectEventView::action,
                        ProjectEventView::from,
                        ProjectEventView::to,
                        ProjectEventView::note,
                        ProjectEventView::by)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("CREATED", null, IDEA, null, "Jana"),
                        org.assertj.core.groups.Tuple.tuple("STATE", IDEA, PREPARED, "projednáno", "Jana"),
                        org.assertj.core.groups.Tuple.tuple("STATE", PREPARED, SUBMITTED, null, "Petr"));
        assertThat(Set.of(REJECTED)).allMatch(SUBMITTED::mayBecome);
    }
}
