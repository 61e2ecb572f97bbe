package cz.planovna.identity;

import java.util.List;

/** The signed-in user's own account page. */
record AccountView(String fullName, String email, long version, List<GrantView> grants) {}
