/**
 * The kraj's view across its ORP ({@code /kraj/{code}}): plans, measures by target group, planned
 * costs, capacities per 1,000 inhabitants, gaps of the network and a map, with XLSX and PDF exports.
 * Reads the other modules' public APIs only; what a visitor sees of each ORP follows {@code
 * TerritoryAccess} (internal data of an ORP only with VIEW_INTERNAL there, the published parts
 * otherwise).
 *
 * <p>API: {@link cz.planovna.region.RegionComparisons} and the records it returns.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Kraj")
package cz.planovna.region;
