package cz.planovna.territory;

/** An obec with its codes (the ČSÚ code equals the RÚIAN code of an obec). */
public record MunicipalityView(
        int code, String name, String type, int districtCode, String districtName, String okresName) {}
