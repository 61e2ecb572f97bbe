package cz.planovna.territory;

import java.util.List;

/** An ORP with its kraj and its obce sorted by Czech collation. */
public record DistrictDetail(
        DistrictSummary district,
        int ruianCode,
        String seatName,
        long version,
        List<MunicipalityView> municipalities) {}
