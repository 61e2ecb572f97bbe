package cz.planovna.process;

import java.util.List;

/** A group on the public page. */
public record PublicGroup(
        GroupKind kind,
        String name,
        String area,
        String description,
        boolean openForSubscription,
        List<PublicMember> members) {}
