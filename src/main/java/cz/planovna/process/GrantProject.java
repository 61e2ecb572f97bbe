package cz.planovna.process;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The funded project behind a round (OP Zaměstnanost and its successors). Part of the round: it
 * has no life of its own.
 */
@Embeddable
class GrantProject {

    /** E.g. CZ.03.2.63/0.0/0.0/16_063/0006575: programme, axis, priority, call, project. */
    static final Pattern REGISTRATION_NUMBER =
            Pattern.compile("CZ\\.\\d{2}\\.\\d{1,2}\\.\\d{1,3}/\\d\\.\\d/\\d\\.\\d/\\d{2}_\\d{3}/\\d{7}");

    static final int TEXT_MAX = 300;

    @Column(name = "grant_registration_number")
    private String registrationNumber;

    @Column(name = "grant_call")
    private String call;

    @Column(name = "grant_period_from")
    private LocalDate periodFrom;

    @Column(name = "grant_period_to")
    private LocalDate periodTo;

    @Column(name = "grant_budget")
    private Long budget;

    @Column(name = "grant_implementer")
    private String implementer;

    @Column(name = "grant_partner")
    private String partner;

    protected GrantProject() {}

    GrantProject(
            String registrationNumber,
            String call,
            LocalDate periodFrom,
            LocalDate periodTo,
            Long budget,
            String implementer,
            String partner) {
        String number = Texts.required(registrationNumber, 40, "registrationNumber");
        if (!REGISTRATION_NUMBER.matcher(number).matches()) {
            throw new IllegalArgumentException("not a registration number: " + number);
        }
        Objects.requireNonNull(periodFrom, "periodFrom");
        Objects.requireNonNull(periodTo, "periodTo");
        if (periodTo.isBefore(periodFrom)) {
            throw new IllegalArgumentException("the project ends before it starts");
        }
        if (budget != null && budget < 0) {
            throw new IllegalArgumentException("negative budget");
        }
        this.registrationNumber = number;
        this.call = Texts.optional(call, TEXT_MAX, "call");
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
        this.budget = budget;
        this.implementer = Texts.required(implementer, TEXT_MAX, "implementer");
        this.partner = Texts.optional(partner, TEXT_MAX, "partner");
    }

    String registrationNumber() {
        return registrationNumber;
    }

    GrantProjectView toView(java.util.List<KeyActivityView> keyActivities) {
        return new GrantProjectView(
                registrationNumber, call, periodFrom, periodTo, budget, implementer, partner, keyActivities);
    }
}
