package cz.planovna.territory;

import cz.planovna.shared.web.NotFoundException;
import cz.planovna.shared.web.StaleEditException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Changes to territories: which ORP plan in Plánovna. Callers check permissions first. */
@Service
@Transactional
public class TerritoryAdministration {

    private final DistrictRepository districts;

    TerritoryAdministration(DistrictRepository districts) {
        this.districts = districts;
    }

    /**
     * @param expectedVersion the version the user saw; a different stored version means someone
     *     changed the ORP meanwhile and nothing is saved
     */
    public void setPlanningActive(int districtCode, boolean active, long expectedVersion) {
        District district =
                districts.findById(districtCode).orElseThrow(() -> new NotFoundException("ORP " + districtCode));
        if (district.version() != expectedVersion) {
            throw new StaleEditException(
                    district.name(),
                    yesNo(active),
                    yesNo(district.planningActive()),
                    "/admin/uzemi/" + districtCode,
                    true);
        }
        district.changePlanningActive(active);
    }

    /** Demo data and tests: mark ORP active regardless of version. */
    public void activatePlanning(int... districtCodes) {
        for (int code : districtCodes) {
            districts.findById(code).ifPresent(d -> d.changePlanningActive(true));
        }
    }

    private static String yesNo(boolean value) {
        return value ? "common.yes" : "common.no";
    }
}
