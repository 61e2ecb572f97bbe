package cz.planovna.process;

import java.util.List;

/** A group with its current members and those who left (internal: includes e-mails). */
public record GroupDetail(
        Long id,
        GroupKind kind,
        String name,
        String area,
        String description,
        boolean openForSubscription,
        List<MemberView> members,
        List<MemberView> formerMembers,
        long version) {}
