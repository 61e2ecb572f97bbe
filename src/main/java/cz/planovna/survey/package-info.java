/**
 * Questionnaires (dotazníky) of an ORP: the coordinator's builder under {@code
 * /orp/{code}/planovani/dotazniky}, public answering at {@code /dotazniky/{token}} (anonymous link
 * or personal one-time invitation), results and exports for the ORP's team.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dotazníky")
package cz.planovna.survey;
