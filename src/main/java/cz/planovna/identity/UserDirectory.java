package cz.planovna.identity;

import cz.planovna.identity.TerritoryAccess.Action;
import cz.planovna.identity.TerritoryAccess.Scope;
import cz.planovna.shared.TerritoryRef;
import cz.planovna.shared.text.CzechCollation;
import cz.planovna.shared.web.NotFoundException;
import cz.planovna.territory.TerritoryQueries;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the user administration and the members page show, to whom. Each method checks the
 * signed-in user's permission through {@link TerritoryAccess} first.
 */
@Service
@Transactional(readOnly = true)
class UserDirectory {

    static final int PAGE_SIZE = 20;
    private static final int AUDIT_LINES = 50;
    /** Stands in for an empty IN list, which not every database accepts. */
    private static final List<Integer> NONE = List.of(-1);

    private final UserAccountRepository users;
    private final RoleGrantRepository grants;
    private final AuditRepository auditEntries;
    private final CurrentUsers currentUsers;
    private final TerritoryAccess access;
    private final TerritoryQueries territory;
    private final TerritoryNames names;

    UserDirectory(
            UserAccountRepository users,
            RoleGrantRepository grants,
            AuditRepository auditEntries,
            CurrentUsers currentUsers,
            TerritoryAccess access,
            TerritoryQueries territory,
            TerritoryNames names) {
        this.users = users;
        this.grants = grants;
        this.auditEntries = auditEntries;
        this.currentUsers = currentUsers;
        this.access = access;
        this.territory = territory;
        this.names = names;
    }

    /**
     * Users the viewer manages, in Czech order of names, 20 a page; three queries whatever the page
     * holds. A coordinator sees those holding a role in their territory, a system admin everyone.
     */
    Page<UserRow> users(String query, int page) {
        Scope scope = AdminChecks.managedScope(access, currentUsers.current());
        String key = CzechCollation.searchKey(query)
                .replace("%", "")
                .replace("_", "")
                .replace("\\", "");
        Page<UserAccount> found = users.search(
                key,
                scope.everything(),
                orNone(scope.regionCodes()),
                orNone(scope.districtCodes()),
                PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        List<Long> ids = found.map(UserAccount::id).getContent();
        Map<Long, List<RoleGrant>> byUser = ids.isEmpty()
                ? Map.of()
                : grants.findByUserIds(ids).stream()
                        .collect(Collectors.groupingBy(g -> g.user().id()));
        Instant now = Instant.now();
        return found.map(u -> new UserRow(
                u.id(),
                u.fullName(),
                u.email(),
                UserStatus.of(u, now),
                byUser.getOrDefault(u.id(), List.of()).stream()
                        .map(g -> names.view(g, id -> null, false))
                        .toList()));
    }

    UserDetail user(long id) {
        CurrentUser actor = currentUsers.current();
        UserAccount user = users.findWithGrants(id).orElseThrow(() -> new NotFoundException("user " + id));
        AdminChecks.requireManages(access, actor, user);
        Function<Long, String> nameOf = namesOf(
                user.grants().stream().map(RoleGrant::grantedBy).collect(Collectors.toCollection(HashSet::new)));
        List<GrantView> roles = user.grants().stream()
                .map(g -> names.view(g, nameOf, AdminChecks.mayChange(access, actor, g.toGrant())))
                .toList();
        List<AuditView> trail = auditEntries.findLatest(id, PageRequest.of(0, AUDIT_LINES)).stream()
                .map(a -> new AuditView(
                        a.occurredAt(),
                        a.actor() == null ? null : a.actor().fullName(),
                        a.action(),
                        a.role(),
                        a.detail()))
                .toList();
        return new UserDetail(
                user.id(),
                user.fullName(),
                user.email(),
                UserStatus.of(user, Instant.now()),
                user.enabled(),
                user.createdAt(),
                user.version(),
                roles,
                trail,
                actor.isAdmin() && actor.id() != user.id(),
                grantOptions(actor));
    }

    /** The roles and territories the viewer may hand out. */
    GrantOptions grantOptions() {
        return grantOptions(currentUsers.current());
    }

    /** Everyone holding a role in the ORP, for those who may see its internal pages. */
    MembersPage members(int districtCode) {
        CurrentUser actor = currentUsers.current();
        TerritoryRef orp =
                territory.districtRef(districtCode).orElseThrow(() -> new NotFoundException("ORP " + districtCode));
        access.check(actor, Action.VIEW_INTERNAL, orp);
        Map<UserAccount, List<GrantView>> byUser = new LinkedHashMap<>();
        for (RoleGrant g : grants.findByDistrict(districtCode)) {
            if (g.user().enabled()) {
                byUser.computeIfAbsent(g.user(), u -> new ArrayList<>()).add(names.view(g, id -> null, false));
            }
        }
        List<MemberView> members = byUser.entrySet().stream()
                .map(e -> new MemberView(
                        e.getKey().id(), e.getKey().fullName(), e.getKey().email(), List.copyOf(e.getValue())))
                .toList();
        return new MembersPage(
                districtCode,
                names.district(districtCode),
                orp.regionCode(),
                names.region(orp.regionCode()),
                members,
                access.may(actor, Action.MANAGE_MEMBERS, orp));
    }

    private GrantOptions grantOptions(CurrentUser actor) {
        Scope scope = AdminChecks.managedScope(access, actor);
        List<Role> roles = Arrays.stream(Role.values())
                .filter(r -> r.scope() == Role.Scope.DISTRICT || actor.isAdmin())
                .toList();
        return new GrantOptions(
                roles,
                territory.districts().stream()
                        .filter(d -> scope.covers(d.ref()))
                        .toList(),
                actor.isAdmin() ? territory.regions() : List.of());
    }

    private Function<Long, String> namesOf(Set<Long> ids) {
        ids.remove(null);
        Map<Long, String> found = new HashMap<>();
        if (!ids.isEmpty()) {
            users.namesOf(ids).forEach(row -> found.put((Long) row[0], (String) row[1]));
        }
        return found::get;
    }

    private static Collection<Integer> orNone(Set<Integer> codes) {
        return codes.isEmpty() ? NONE : codes;
    }
}
