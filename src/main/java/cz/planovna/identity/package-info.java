/**
 * Users, roles scoped to territories, login, password reset and the access policy
 * {@link cz.planovna.identity.TerritoryAccess}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identita a přístup")
package cz.planovna.identity;
