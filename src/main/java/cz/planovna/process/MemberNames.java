package cz.planovna.process;

import java.util.Map;
import java.util.function.Function;

/**
 * How the members of a group are named in minutes: by name internally; publicly by name only with
 * their consent, otherwise by their role and sector (e.g. "člen – poskytovatel").
 */
final class MemberNames {

    private final Map<Long, String> names;

    private MemberNames(Map<Long, String> names) {
        this.names = names;
    }

    static MemberNames of(Map<Long, GroupMember> members, Function<GroupMember, String> naming) {
        Map<Long, String> names = new java.util.HashMap<>();
        members.forEach((id, member) -> names.put(id, naming.apply(member)));
        return new MemberNames(names);
    }

    /** Internal naming: the members of the meeting's group by their names. */
    static MemberNames of(Meeting meeting) {
        Map<Long, String> names = new java.util.HashMap<>();
        meeting.group().members().forEach(m -> names.put(m.id(), m.toView().fullName()));
        return new MemberNames(names);
    }

    String of(Long memberId, String other) {
        if (memberId == null) {
            return other;
        }
        return names.getOrDefault(memberId, other == null ? "" : other);
    }
}
