/**
 * The planning process of an ORP: rounds (stages) with their schedule and grant project, the
 * steering group and working groups with their members. Coordinator pages under {@code
 * /orp/{code}/planovani}, the public page at {@code /orp/{code}/proces}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Proces plánování")
package cz.planovna.process;
