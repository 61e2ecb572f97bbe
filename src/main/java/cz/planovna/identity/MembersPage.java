package cz.planovna.identity;

import java.util.List;

/** The members of an ORP; {@code mayManage}: the viewer may invite and manage them. */
record MembersPage(
        int districtCode,
        String districtName,
        int regionCode,
        String regionName,
        List<MemberView> members,
        boolean mayManage) {}
