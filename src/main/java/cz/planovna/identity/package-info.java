/**
 * Users, roles scoped to territories, login with lockout, password reset and invitations by e-mail,
 * and the access policy.
 *
 * <p>API for other modules: {@link cz.planovna.identity.CurrentUsers} (who is asking, with the roles
 * held now), {@link cz.planovna.identity.TerritoryAccess} (may this user do this action on this
 * territory; the only place that decides), {@link cz.planovna.identity.UserAdministration} (accounts
 * created by the system: demo data, tests) and the records {@link cz.planovna.identity.CurrentUser},
 * {@link cz.planovna.identity.Grant}, {@link cz.planovna.identity.Role}, {@link
 * cz.planovna.identity.NewUser}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identita a přístup")
package cz.planovna.identity;
