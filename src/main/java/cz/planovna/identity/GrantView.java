package cz.planovna.identity;

import java.time.Instant;

/**
 * A role as the pages show it. {@code districtName} is null for kraj roles; both names are null
 * for a system admin. {@code revocable}: the viewer may revoke it.
 */
record GrantView(
        long id,
        Role role,
        String districtName,
        String regionName,
        String providerIco,
        String grantedBy,
        Instant grantedAt,
        long version,
        boolean revocable) {

    /** Message key of the label: the role alone, in a kraj, in an ORP, or for a provider. */
    public String labelKey() {
        if (providerIco != null) {
            return "identity.grant.label.provider";
        }
        if (districtName != null) {
            return "identity.grant.label.district";
        }
        return regionName != null ? "identity.grant.label.region" : "identity.grant.label.none";
    }

    /** The ORP, else the kraj; null for a system admin. */
    public String place() {
        return districtName != null ? districtName : regionName;
    }
}
