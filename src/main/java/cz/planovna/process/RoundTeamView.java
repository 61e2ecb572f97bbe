package cz.planovna.process;

import java.util.List;

/** The coordinator of a round (a public contact) and its realisation team; all null/empty when not set. */
public record RoundTeamView(
        String coordinatorName, String coordinatorEmail, String coordinatorPhone, List<TeamMemberView> team) {

    public boolean empty() {
        return coordinatorName == null && team.isEmpty();
    }
}
