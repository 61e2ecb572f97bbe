/**
 * Monitoring (vyhodnocení plnění) of a medium-term plan: per year, the state, comment and money
 * spent of each measure and activity and the actual value of each indicator; fulfilment computed
 * from them for measures, goals, priorities and the plan; the dashboard with trend charts.
 *
 * <p>API: {@link cz.planovna.monitoring.MonitoringQueries} and the records it returns
 * ({@link cz.planovna.monitoring.YearReport}, {@link cz.planovna.monitoring.IndicatorSeries}, …).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Monitoring")
package cz.planovna.monitoring;
