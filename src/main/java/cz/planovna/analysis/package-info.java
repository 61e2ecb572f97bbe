/**
 * Analyses of an ORP: demographics (population by obec, sex and age imported from ČSÚ's long CSV
 * format or generated for demos), the service network and its needs gap computed from the catalogue.
 *
 * <p>API: {@link cz.planovna.analysis.DemographicsImport}, {@link
 * cz.planovna.analysis.DemographicsQueries}, {@link cz.planovna.analysis.DemographicsGenerator}, {@link
 * cz.planovna.analysis.NetworkAnalysis} and
 * the records they return.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Analýzy")
package cz.planovna.analysis;
