/**
 * The catalogue of social services: providers, registered services and their facilities shaped like
 * the national provider register (MPSV), related services outside the Act entered by hand, the
 * register import with its diff and run log, and a generator of register-shaped test data.
 *
 * <p>API: {@link cz.planovna.catalogue.CatalogueQueries}, {@link
 * cz.planovna.catalogue.CatalogueAdministration}, {@link cz.planovna.catalogue.RegisterImport},
 * {@link cz.planovna.catalogue.RegisterGenerator} and the records they return. Command line:
 * {@code import-register <folder>} and {@code generate-register <folder> [services] [seed]}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Katalog služeb")
package cz.planovna.catalogue;
