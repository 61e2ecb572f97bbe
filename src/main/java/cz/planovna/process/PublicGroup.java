package cz.planovna.process;

import java.util.List;

/** A group on the public page; the id links to its subscription form when it is open. */
public record PublicGroup(
        Long id,
        GroupKind kind,
        String name,
        String area,
        String description,
        boolean openForSubscription,
        List<PublicMember> members) {}
