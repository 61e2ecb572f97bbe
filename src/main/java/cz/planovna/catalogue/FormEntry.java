package cz.planovna.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

@Embeddable
record FormEntry(
        @Enumerated(EnumType.STRING) DeliveryForm form,
        @Column(name = "form_code") String code,
        Boolean continuous,
        @Column(name = "time_ranges") String timeRanges) {}
