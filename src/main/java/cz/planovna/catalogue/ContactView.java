package cz.planovna.catalogue;

/**
 * A web address, e-mail, phone or fax. {@code fromProvider} is true when the service publishes no
 * contact of this kind and the provider's is shown instead.
 */
public record ContactView(ContactKind kind, String value, String note, boolean fromProvider) {

    public static ContactView of(ContactKind kind, String value) {
        return new ContactView(kind, value, null, false);
    }
}
