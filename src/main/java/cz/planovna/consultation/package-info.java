/**
 * Public commenting (připomínkování) of a draft medium-term plan or action plan of an ORP and the
 * settlement of the comments (vypořádání připomínek). Public pages under {@code
 * /orp/{code}/pripominky}, the coordinator's under {@code /orp/{code}/pripominky/sprava}.
 *
 * <p>API: {@link cz.planovna.consultation.ConsultationQueries} and the records it returns.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Připomínkování")
package cz.planovna.consultation;
