package cz.planovna.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

@Embeddable
record ContactEntry(
        @Enumerated(EnumType.STRING) ContactKind kind,
        @Column(name = "contact_value") String value,
        String note) {

    ContactView view(boolean fromProvider) {
        return new ContactView(kind, value, note, fromProvider);
    }
}
