package cz.planovna.catalogue;

import java.util.List;
import java.util.Set;

/**
 * An active registered social service as the service network analysis needs it: its type (§ of
 * Act 108/2006), target groups, delivery forms, registered capacities, the obce of its facilities
 * and the territory it serves (single obce and whole ORP).
 *
 * @param facilityObce the obec of each facility, in the register's order (an obec may repeat)
 * @param servedObce obce listed one by one in the area served
 * @param servedDistricts ORP served as a whole (field services without a list of their own)
 */
public record NetworkService(
        long id,
        String name,
        String section,
        String typeName,
        int districtCode,
        boolean illustrative,
        List<String> targetGroups,
        Set<DeliveryForm> forms,
        List<NetworkCapacity> capacities,
        List<Integer> facilityObce,
        Set<Integer> servedObce,
        Set<Integer> servedDistricts) {

    /** One registered capacity (a maximum, not free places) of one delivery form. */
    public record NetworkCapacity(DeliveryForm form, CapacityType type, int amount) {}

    public boolean field() {
        return forms.contains(DeliveryForm.FIELD);
    }
}
