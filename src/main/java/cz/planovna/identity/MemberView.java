package cz.planovna.identity;

import java.util.List;

/** A person holding a role in an ORP, with those roles. */
record MemberView(long userId, String fullName, String email, List<GrantView> grants) {}
