package cz.planovna.catalogue;

import java.util.List;

/**
 * One delivery form of a service with its capacities. {@code timeRanges} is the register's
 * {@code casoveRozsahy} as published (JSON text; its inner shape is not confirmed yet).
 */
public record DeliveryFormView(
        DeliveryForm form, String code, Boolean continuous, String timeRanges, List<CapacityView> capacities) {}
