package cz.planovna.process;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import org.springframework.validation.Errors;

/** The coordinator and the team of a round; the team is typed one person per line, "Name – role". */
record TeamForm(
        @Size(max = GroupMember.NAME_MAX, message = "{process.validation.name.long}")
        String coordinatorName,

        @Email(message = "{process.validation.member.email.invalid}")
        @Size(max = GroupMember.EMAIL_MAX, message = "{process.validation.text.long}")
        String coordinatorEmail,

        @Pattern(regexp = "^$|^\\+?[0-9 ]{9,20}$", message = "{process.validation.team.phone}")
        String coordinatorPhone,

        String team,
        long version) {

    static final int TEAM_MAX = 30;

    static TeamForm of(RoundDetail round) {
        RoundTeamView t = round.team();
        StringBuilder lines = new StringBuilder();
        for (TeamMemberView m : t.team()) {
            lines.append(m.fullName());
            if (m.role() != null) {
                lines.append(" – ").append(m.role());
            }
            lines.append('\n');
        }
        return new TeamForm(
                nullToEmpty(t.coordinatorName()),
                nullToEmpty(t.coordinatorEmail()),
                nullToEmpty(t.coordinatorPhone()),
                lines.toString().strip(),
                round.version());
    }

    void validate(Errors errors) {
        List<TeamMemberView> members = members();
        if (members.size() > TEAM_MAX) {
            errors.rejectValue("team", "process.validation.team.many");
        } else if (members.stream()
                .anyMatch(m -> m.fullName().length() > GroupMember.NAME_MAX
                        || (m.role() != null && m.role().length() > GroupMember.NAME_MAX))) {
            errors.rejectValue("team", "process.validation.text.long");
        }
        if (!members.isEmpty() && (coordinatorName == null || coordinatorName.isBlank())) {
            errors.rejectValue("coordinatorName", "process.validation.team.coordinator");
        }
    }

    /** "Jana Nováková – koordinátorka" or "Jana Nováková - koordinátorka" or just a name. */
    List<TeamMemberView> members() {
        if (team == null) {
            return List.of();
        }
        return Arrays.stream(team.split("\\R"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(line -> {
                    String[] parts = line.split("\\s+[–-]\\s+", 2);
                    return new TeamMemberView(parts[0].strip(), parts.length > 1 ? parts[1].strip() : null);
                })
                .toList();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
