package cz.planovna.identity;

import java.util.List;

/** A user in the administration list. */
record UserRow(long id, String fullName, String email, UserStatus status, List<GrantView> grants) {}
