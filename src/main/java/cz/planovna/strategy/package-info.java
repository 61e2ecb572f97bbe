/**
 * The strategic part of community planning: the medium-term plan of an ORP (střednědobý plán) with
 * its states and amendments, the strategy tree (priority areas, goals, measures, activities) with
 * costs per year and funding source and indicators, and the § 3h checklist. Coordinator pages under
 * {@code /orp/{code}/planovani/plany}, the public page at {@code /orp/{code}/plan}.
 *
 * <p>API: {@link cz.planovna.strategy.StrategyQueries}, {@link cz.planovna.strategy.StrategyService}
 * and the records they return.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Strategický plán")
package cz.planovna.strategy;
