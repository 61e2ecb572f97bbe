package cz.planovna.process;

import cz.planovna.identity.TerritoryAccess.Action;
import cz.planovna.shared.format.CzechFormats;
import cz.planovna.shared.web.NotFoundException;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the planning process of an ORP did, as records for the grant report (zpráva o realizaci,
 * key activities KA1–KA5 of the monitoring module): meetings with their attendance, events with
 * registrations, news and library documents. Everything for those who see the ORP's internal
 * pages; the caller filters by period (the lists of one ORP are tens to hundreds of rows).
 */
@Service
@Transactional(readOnly = true)
public class GrantActivityQueries {

    /** A round with its grant project (null when it has none) and key activities. */
    public record GrantRound(
            long id,
            int districtCode,
            String orpName,
            String name,
            LocalDate periodFrom,
            LocalDate periodTo,
            GrantProjectView project) {

        /** The period of the funded project, else the round's. */
        public LocalDate reportFrom() {
            return project != null ? project.periodFrom() : periodFrom;
        }

        public LocalDate reportTo() {
            return project != null ? project.periodTo() : periodTo;
        }
    }

    /**
     * A meeting of a group: {@code participants} = members present + guests; {@code commissioners}
     * = members present who speak for a commissioner (obec, kraj: sector COMMISSIONER).
     */
    public record HeldMeeting(
            long id,
            LocalDate date,
            String title,
            String groupName,
            GroupKind groupKind,
            boolean cancelled,
            int participants,
            int commissioners,
            String url) {}

    /** An event with its active registrations and the partner ORPs that co-organised it. */
    public record HeldEvent(
            long id,
            LocalDate date,
            String title,
            EventKind kind,
            boolean published,
            long registrations,
            int partners,
            String url) {}

    /** A published news item. */
    public record PublishedNews(long id, LocalDate publishedOn, String title, String url) {}

    /** A document of the library (not deleted), dated by when it was added. */
    public record LibraryDocument(long id, LocalDate added, String title, DocumentCategory category, String url) {}

    private final PlanningRoundRepository rounds;
    private final EventRegistrationRepository registrations;
    private final OrpAccess access;
    private final EntityManager entities;

    GrantActivityQueries(
            PlanningRoundRepository rounds,
            EventRegistrationRepository registrations,
            OrpAccess access,
            EntityManager entities) {
        this.rounds = rounds;
        this.registrations = registrations;
        this.access = access;
        this.entities = entities;
    }

    /** A round of the ORP; unknown or of another ORP → 404. */
    public GrantRound round(int districtCode, long roundId) {
        access.check(districtCode, Action.VIEW_INTERNAL);
        PlanningRound round = rounds.findByIdAndDistrictCode(roundId, districtCode)
                .orElseThrow(() -> new NotFoundException("round " + roundId));
        RoundDetail detail = round.toDetail();
        return new GrantRound(
                detail.id(),
                districtCode,
                access.info(districtCode).name(),
                detail.name(),
                detail.periodFrom(),
                detail.periodTo(),
                detail.grantProject());
    }

    /** Every meeting of the ORP (cancelled ones too, flagged) with its attendance counted. */
    public List<HeldMeeting> meetings(int districtCode) {
        access.check(districtCode, Action.VIEW_INTERNAL);
        Set<Long> commissioners = new HashSet<>(entities.createQuery(
                        "select m.id from GroupMember m where m.group.districtCode = :code and m.sector = :sector",
                        Long.class)
                .setParameter("code", districtCode)
                .setParameter("sector", Sector.COMMISSIONER)
                .getResultList());
        return entities
                .createQuery(
                        "select m from Meeting m join fetch m.group where m.districtCode = :code order by m.date, m.id",
                        Meeting.class)
                .setParameter("code", districtCode)
                .getResultList()
                .stream()
                .map(m -> {
                    List<Long> present = m.attendance().entrySet().stream()
                            .filter(e -> e.getValue() == AttendanceStatus.PRESENT)
                            .map(java.util.Map.Entry::getKey)
                            .toList();
                    int ofCommissioners = (int)
                            present.stream().filter(commissioners::contains).count();
                    return new HeldMeeting(
                            m.id(),
                            m.date(),
                            m.title(),
                            m.group().name(),
                            m.group().kind(),
                            m.cancelled(),
                            present.size() + m.guests().size(),
                            ofCommissioners,
                            MeetingUrls.meeting(districtCode, m.id()));
                })
                .toList();
    }

    /** Every event the ORP organises, with its active registrations. */
    public List<HeldEvent> events(int districtCode) {
        access.check(districtCode, Action.VIEW_INTERNAL);
        List<Object[]> all = entities.createQuery(
                        "select e, e.kind from PlanningEvent e where e.districtCode = :code order by e.date, e.id",
                        Object[].class)
                .setParameter("code", districtCode)
                .getResultList();
        var counts = registrations.activeCounts(
                all.stream().map(r -> ((PlanningEvent) r[0]).id()).toList());
        return all.stream()
                .map(r -> {
                    PlanningEvent e = (PlanningEvent) r[0];
                    return new HeldEvent(
                            e.id(),
                            e.date(),
                            e.title(),
                            (EventKind) r[1],
                            e.published(),
                            counts.getOrDefault(e.id(), 0L),
                            e.partners().size(),
                            EventUrls.event(districtCode, e.id()));
                })
                .toList();
    }

    /** The ORP's published news. */
    public List<PublishedNews> news(int districtCode) {
        access.check(districtCode, Action.VIEW_INTERNAL);
        return entities
                .createQuery(
                        "select n.id, n.publishedOn, n.title from NewsItem n"
                                + " where n.districtCode = :code and n.published = true and n.publishedOn is not null"
                                + " order by n.publishedOn, n.id",
                        Object[].class)
                .setParameter("code", districtCode)
                .getResultList()
                .stream()
                .map(r -> new PublishedNews(
                        (Long) r[0], (LocalDate) r[1], (String) r[2], NewsUrls.edit(districtCode, (Long) r[0])))
                .toList();
    }

    /** The ORP's library documents that are not deleted. */
    public List<LibraryDocument> documents(int districtCode) {
        access.check(districtCode, Action.VIEW_INTERNAL);
        return entities
                .createQuery(
                        "select d.id, d.createdAt, d.title, d.category from Document d"
                                + " where d.districtCode = :code and d.deletedAt is null order by d.createdAt, d.id",
                        Object[].class)
                .setParameter("code", districtCode)
                .getResultList()
                .stream()
                .map(r -> new LibraryDocument(
                        (Long) r[0],
                        LocalDate.ofInstant((Instant) r[1], CzechFormats.PRAGUE),
                        (String) r[2],
                        (DocumentCategory) r[3],
                        DocumentUrls.document(districtCode, (Long) r[0])))
                .toList();
    }
}
