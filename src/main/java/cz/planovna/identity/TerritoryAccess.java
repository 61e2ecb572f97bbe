package cz.planovna.identity;

import cz.planovna.shared.TerritoryRef;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one place that decides whether a user may do something with a territory's records. Every
 * module asks here instead of looking at roles itself, so the rules are tested once, per role.
 *
 * <table>
 *   <caption>Who may do what</caption>
 *   <tr><th>role</th><th>VIEW_INTERNAL</th><th>EDIT_PLANNING, MANAGE_MEMBERS</th><th>ADMINISTER_TERRITORY</th></tr>
 *   <tr><td>system admin</td><td>everywhere</td><td>everywhere</td><td>everywhere</td></tr>
 *   <tr><td>regional coordinator</td><td>own kraj and its ORP</td><td>own kraj and its ORP</td><td>own kraj and its ORP</td></tr>
 *   <tr><td>district coordinator</td><td>own ORP</td><td>own ORP</td><td>–</td></tr>
 *   <tr><td>group member</td><td>own ORP</td><td>–</td><td>–</td></tr>
 *   <tr><td>provider editor, public</td><td>–</td><td>–</td><td>–</td></tr>
 * </table>
 *
 * <p>The rules trust the kraj carried by a {@link TerritoryRef}: take references from {@code
 * TerritoryQueries} or from stored records, never build them from request parameters.
 */
@Component
public class TerritoryAccess {

    public enum Action {
        /** See the non-public pages of a territory: members, drafts, internal documents. */
        VIEW_INTERNAL,
        /** Edit the planning content of a territory: groups, meetings, documents, plans. */
        EDIT_PLANNING,
        /** Invite users and grant or revoke the territory's ORP roles. */
        MANAGE_MEMBERS,
        /** Change the territory itself, e.g. mark an ORP as planning in Plánovna. */
        ADMINISTER_TERRITORY
    }

    /**
     * The territories where a user may do one action: everything, or whole kraje (the kraj and
     * every ORP in it) and single ORP. Lets list queries filter in the database.
     */
    public record Scope(boolean everything, Set<Integer> regionCodes, Set<Integer> districtCodes) {

        public Scope {
            regionCodes = Set.copyOf(regionCodes);
            districtCodes = Set.copyOf(districtCodes);
        }

        public boolean covers(TerritoryRef territory) {
            return everything
                    || regionCodes.contains(territory.regionCode())
                    || (territory.isDistrict() && districtCodes.contains(territory.code()));
        }

        public boolean isEmpty() {
            return !everything && regionCodes.isEmpty() && districtCodes.isEmpty();
        }
    }

    public boolean may(CurrentUser user, Action action, TerritoryRef territory) {
        Objects.requireNonNull(territory, "territory");
        return scope(user, action).covers(territory);
    }

    /** @throws AccessDeniedException (shown as the 403 page, or the login page to the public) */
    public void check(CurrentUser user, Action action, TerritoryRef territory) {
        if (!may(user, action, territory)) {
            throw new AccessDeniedException(action + " on " + territory);
        }
    }

    public Scope scope(CurrentUser user, Action action) {
        Objects.requireNonNull(action, "action");
        Set<Integer> regions = new HashSet<>();
        Set<Integer> districts = new HashSet<>();
        for (Grant grant : user.grants()) {
            switch (grant.role()) {
                case SYSTEM_ADMIN -> {
                    return new Scope(true, Set.of(), Set.of());
                }
                case REGIONAL_COORDINATOR -> regions.add(grant.territory().code());
                case DISTRICT_COORDINATOR -> {
                    if (action != Action.ADMINISTER_TERRITORY) {
                        districts.add(grant.territory().code());
                    }
                }
                case GROUP_MEMBER -> {
                    if (action == Action.VIEW_INTERNAL) {
                        districts.add(grant.territory().code());
                    }
                }
                case PROVIDER_EDITOR -> {
                    // nothing territorial: its provider's records, see providerIcos
                }
            }
        }
        return new Scope(false, regions, districts);
    }

    /**
     * The IČO of the providers whose records {@code user} may propose changes to: those of its
     * provider-editor roles. Nobody else acts for a provider, not even a system administrator
     * (coordinators decide on the proposals instead).
     */
    public Set<String> providerIcos(CurrentUser user) {
        Set<String> icos = new java.util.TreeSet<>();
        user.grants().stream().filter(g -> g.role() == Role.PROVIDER_EDITOR).forEach(g -> icos.add(g.providerIco()));
        return icos;
    }

    public boolean mayActForProvider(CurrentUser user, String ico) {
        return ico != null && providerIcos(user).contains(ico);
    }

    /** @throws AccessDeniedException unless {@code user} edits for the provider with this IČO */
    public void checkProvider(CurrentUser user, String ico) {
        if (!mayActForProvider(user, ico)) {
            throw new AccessDeniedException("provider " + ico);
        }
    }

    /**
     * May {@code actor} grant (or revoke) {@code role} over {@code territory}? Admin and regional
     * roles only by a system admin; ORP roles by whoever manages the members of that ORP.
     */
    public boolean mayGrant(CurrentUser actor, Role role, TerritoryRef territory) {
        if (role.scope() != Role.Scope.DISTRICT) {
            return actor.isAdmin();
        }
        return territory != null && territory.isDistrict() && may(actor, Action.MANAGE_MEMBERS, territory);
    }

    /**
     * May {@code actor} open the account of a user holding {@code grants}? A system admin sees
     * everyone, a coordinator the users holding a role in a territory whose members they manage.
     */
    public boolean mayManageUser(CurrentUser actor, List<Grant> grants) {
        if (actor.isAdmin()) {
            return true;
        }
        Scope scope = scope(actor, Action.MANAGE_MEMBERS);
        return grants.stream().anyMatch(g -> g.territory() != null && scope.covers(g.territory()));
    }
}
