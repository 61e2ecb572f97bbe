package cz.planovna.catalogue;

import cz.planovna.catalogue.EditableFields.Field;
import cz.planovna.catalogue.ProviderEditViews.EditedService;
import cz.planovna.catalogue.ProviderEditViews.FieldDiff;
import cz.planovna.catalogue.ProviderEditViews.OwnService;
import cz.planovna.catalogue.ProviderEditViews.ProposalRow;
import cz.planovna.catalogue.ProviderEditViews.Review;
import cz.planovna.catalogue.ProviderEditViews.ServiceEdits;
import cz.planovna.identity.CurrentUser;
import cz.planovna.identity.CurrentUsers;
import cz.planovna.identity.TerritoryAccess;
import cz.planovna.identity.TerritoryAccess.Action;
import cz.planovna.shared.TerritoryRef;
import cz.planovna.shared.text.CzechCollation;
import cz.planovna.shared.web.FormRejectedException;
import cz.planovna.shared.web.NotFoundException;
import cz.planovna.shared.web.PageCache;
import cz.planovna.shared.web.StaleEditException;
import cz.planovna.territory.TerritoryQueries;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Provider self-service: a provider editor (role bound to an IČO) proposes changes to the public
 * description, fees note, opening hours and contacts of its services; the coordinator of the
 * service's ORP (EDIT_PLANNING there) approves or rejects them with a reason. Approved values go to
 * the service's {@link ServiceOverride}, which wins over the register's values wherever the service
 * is shown and which the register import never touches. Every proposal is kept with its decision.
 */
@Service
@Transactional
class ProviderEdits {

    static final int PAGE_SIZE = 20;

    private final CatalogueServiceRepository services;
    private final EditProposalRepository proposals;
    private final TerritoryAccess access;
    private final CurrentUsers users;
    private final TerritoryQueries territory;
    private final PlaceNames places;
    private final PageCache pages;
    private final ProviderEditMails mails;
    private final EntityManager entityManager;
    private final Clock clock;

    ProviderEdits(
            CatalogueServiceRepository services,
            EditProposalRepository proposals,
            TerritoryAccess access,
            CurrentUsers users,
            TerritoryQueries territory,
            PlaceNames places,
            ProviderEditMails mails,
            EntityManager entityManager,
            ObjectProvider<Clock> clock,
            PageCache pages) {
        this.pages = pages;
        this.services = services;
        this.proposals = proposals;
        this.access = access;
        this.users = users;
        this.territory = territory;
        this.places = places;
        this.mails = mails;
        this.entityManager = entityManager;
        this.clock = clock.getIfAvailable(() -> Clock.system(RegisterImport.PRAGUE));
    }

    // ---- provider -------------------------------------------------------------------------------

    /** The services of every provider the user edits for, Czech-sorted by name. */
    @Transactional(readOnly = true)
    public List<OwnService> myServices() {
        Set<String> icos = access.providerIcos(users.current());
        if (icos.isEmpty()) {
            throw new org.springframework.security.access.AccessDeniedException("not a provider editor");
        }
        return services.findByProviderIcoIn(icos).stream()
                .map(s -> new OwnService(
                        s.id(),
                        s.name(),
                        places.district(s.districtCode()),
                        s.state() == ServiceState.ACTIVE,
                        proposals.findByServiceIdOrderByProposedAtDescIdDesc(s.id()).stream()
                                .findFirst()
                                .map(EditProposal::state)
                                .orElse(null),
                        s.override() == null ? null : s.override().approvedAt()))
                .sorted(CzechCollation.comparing(OwnService::name))
                .toList();
    }

    /** A service of the user's provider with its fields and history; 403 for another IČO. */
    @Transactional(readOnly = true)
    public ServiceEdits forProvider(long serviceId) {
        CatalogueService service = service(serviceId);
        access.checkProvider(users.current(), service.provider().ico());
        return edits(service);
    }

    /**
     * Proposes new values; a pending proposal of the same service is superseded by it.
     *
     * @throws FormRejectedException when nothing differs from what the public sees now
     */
    public long propose(long serviceId, EditableFields fields) {
        CatalogueService service = service(serviceId);
        CurrentUser user = users.current();
        access.checkProvider(user, service.provider().ico());
        EditableFields proposed = fields.normalized();
        if (EditableFields.changed(service.effectiveFields(), proposed).isEmpty()) {
            throw new FormRejectedException(null, "catalogue.edit.validation.nothingChanged");
        }
        Instant now = clock.instant();
        proposals.findByServiceIdAndState(serviceId, ProposalState.PENDING).forEach(p -> p.supersede(now));
        EditProposal proposal =
                proposals.save(new EditProposal(service, proposed, user.id(), name(user), user.email(), now));
        return proposal.id();
    }

    // ---- coordinator ----------------------------------------------------------------------------

    /** Proposals waiting for a decision in the ORP, oldest first. */
    @Transactional(readOnly = true)
    public Page<ProposalRow> pending(int orp, int page) {
        check(orp);
        return proposals
                .findByDistrictCodeAndState(
                        orp,
                        ProposalState.PENDING,
                        PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by("proposedAt", "id")))
                .map(this::row);
    }

    /** Decided proposals of the ORP, newest decision first. */
    @Transactional(readOnly = true)
    public Page<ProposalRow> decided(int orp, int page) {
        check(orp);
        return proposals
                .findByDistrictCodeAndStateIn(
                        orp,
                        EnumSet.of(ProposalState.APPROVED, ProposalState.REJECTED),
                        PageRequest.of(
                                Math.max(page, 0),
                                PAGE_SIZE,
                                Sort.by(Sort.Order.desc("decidedAt"), Sort.Order.desc("id"))))
                .map(this::row);
    }

    /** Services of the ORP that show approved provider edits, those the register changed since first. */
    @Transactional(readOnly = true)
    public List<EditedService> edited(int orp) {
        check(orp);
        return services.findEditedInDistrict(orp).stream()
                .map(s -> new EditedService(
                        s.id(),
                        s.name(),
                        s.override().approvedAt(),
                        s.override().approvedBy(),
                        s.override().registerChangedSince(s.registerFields())))
                .sorted((a, b) ->
                        a.registerChanged().isEmpty() != b.registerChanged().isEmpty()
                                ? (a.registerChanged().isEmpty() ? 1 : -1)
                                : CzechCollation.comparator().compare(a.name(), b.name()))
                .toList();
    }

    @Transactional(readOnly = true)
    public Review review(int orp, long proposalId) {
        check(orp);
        EditProposal proposal = proposal(orp, proposalId);
        CatalogueService service = service(proposal.serviceId());
        return new Review(row(proposal), edits(service), diff(service, proposal.proposed()));
    }

    public void approve(int orp, long proposalId, long version) {
        check(orp);
        EditProposal proposal = current(orp, proposalId, version);
        CatalogueService service = service(proposal.serviceId());
        Instant now = clock.instant();
        String by = name(users.current());
        proposal.approve(by, now);
        service.approveEdits(proposal.proposed(), now, by);
        services.save(service);
        // indexing is explicit (see CatalogueService); the plan is applied on commit
        Search.session(entityManager).indexingPlan().addOrUpdate(service);
        pages.evictAll();
        mails.decided(proposal, service.name());
    }

    public void reject(int orp, long proposalId, long version, String reason) {
        check(orp);
        EditProposal proposal = current(orp, proposalId, version);
        CatalogueService service = service(proposal.serviceId());
        proposal.reject(name(users.current()), clock.instant(), reason);
        mails.decided(proposal, service.name());
    }

    /** For the page heading: the name of the ORP, 404 when unknown. */
    @Transactional(readOnly = true)
    public String orpName(int orp) {
        String name = places.district(orp);
        if (name == null) {
            throw new NotFoundException("ORP " + orp);
        }
        return name;
    }

    // ---- internals ------------------------------------------------------------------------------

    private void check(int orp) {
        TerritoryRef ref = territory.districtRef(orp).orElseThrow(() -> new NotFoundException("ORP " + orp));
        access.check(users.current(), Action.EDIT_PLANNING, ref);
    }

    private CatalogueService service(long id) {
        return services.findById(id).orElseThrow(() -> new NotFoundException("service " + id));
    }

    private EditProposal proposal(int orp, long id) {
        return proposals
                .findById(id)
                .filter(p -> p.districtCode() == orp)
                .orElseThrow(() -> new NotFoundException("proposal " + id));
    }

    /** The proposal as the form showed it: still pending and not changed since, else 409. */
    private EditProposal current(int orp, long id, long version) {
        EditProposal proposal = proposal(orp, id);
        if (proposal.version() != version || proposal.state() != ProposalState.PENDING) {
            throw new StaleEditException(
                    services.findById(proposal.serviceId())
                            .map(CatalogueService::name)
                            .orElse(""),
                    "catalogue.edit.state.PENDING",
                    "catalogue.edit.state." + proposal.state(),
                    ProviderEditController.reviewPath(orp, id),
                    true);
        }
        return proposal;
    }

    private ServiceEdits edits(CatalogueService service) {
        List<ProposalRow> history = proposals.findByServiceIdOrderByProposedAtDescIdDesc(service.id()).stream()
                .map(this::row)
                .toList();
        ServiceOverride override = service.override();
        return new ServiceEdits(
                service.id(),
                service.name(),
                service.provider().view().name(),
                service.provider().ico(),
                service.districtCode(),
                places.district(service.districtCode()),
                service.registerFields(),
                service.effectiveFields(),
                diff(service, service.effectiveFields()),
                override == null ? null : override.approvedAt(),
                override == null ? null : override.approvedBy(),
                history.stream().filter(ProposalRow::pending).findFirst().orElse(null),
                proposals.findByServiceIdAndState(service.id(), ProposalState.PENDING).stream()
                        .findFirst()
                        .map(p -> EditableFields.merge(p.proposed(), service.registerFields()))
                        .orElse(null),
                history);
    }

    /** Every editable field: register, shown now, proposed (a blank proposal means the register's). */
    static List<FieldDiff> diff(CatalogueService service, EditableFields proposed) {
        EditableFields register = service.registerFields();
        EditableFields current = service.effectiveFields();
        List<Field> registerChanged =
                service.override() == null ? List.of() : service.override().registerChangedSince(register);
        List<FieldDiff> diff = new ArrayList<>();
        for (Field f : Field.values()) {
            String wanted = f.of(proposed) == null ? f.of(register) : f.of(proposed);
            diff.add(new FieldDiff(
                    f,
                    f.of(register),
                    f.of(current),
                    wanted,
                    !Objects.equals(f.of(current), wanted),
                    registerChanged.contains(f)));
        }
        return diff;
    }

    private ProposalRow row(EditProposal p) {
        String serviceName =
                services.findById(p.serviceId()).map(CatalogueService::name).orElse("");
        List<FieldDiff> changes = new ArrayList<>();
        for (Field f : EditableFields.changed(p.was(), p.proposed())) {
            changes.add(new FieldDiff(f, null, f.of(p.was()), f.of(p.proposed()), true, false));
        }
        return new ProposalRow(
                p.id(),
                p.serviceId(),
                serviceName,
                p.proposedByName(),
                p.proposedAt(),
                p.state(),
                p.decidedBy(),
                p.decidedAt(),
                p.reason(),
                changes,
                p.version());
    }

    private static String name(CurrentUser user) {
        return user.fullName() == null || user.fullName().isBlank() ? user.email() : user.fullName();
    }
}
