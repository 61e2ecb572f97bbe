package cz.planovna.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A capacity of one delivery form of a service (flattened: the form is repeated on each row). */
@Embeddable
record CapacityEntry(
        @Enumerated(EnumType.STRING) DeliveryForm form,

        @Enumerated(EnumType.STRING) @Column(name = "capacity_type")
        CapacityType type,

        Integer amount,
        String note) {}
