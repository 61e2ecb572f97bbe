/**
 * Kraje, ORP and obce of the Czech Republic from ČSÚ data; public pages {@code /uzemi},
 * {@code /kraj/{code}}, {@code /orp/{code}}. API: {@link cz.planovna.territory.TerritoryQueries}
 * and {@link cz.planovna.territory.TerritoryAdministration}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Území")
package cz.planovna.territory;
