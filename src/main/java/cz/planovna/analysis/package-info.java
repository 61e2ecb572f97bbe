/**
 * Analyses of an ORP: demographics (population by obec, sex and age imported from ČSÚ's long CSV
 * format or generated for demos), later the service network and needs gap.
 *
 * <p>API: {@link cz.planovna.analysis.DemographicsImport}, {@link
 * cz.planovna.analysis.DemographicsQueries}, {@link cz.planovna.analysis.DemographicsGenerator} and
 * the records they return.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Analýzy")
package cz.planovna.analysis;
