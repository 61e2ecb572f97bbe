package cz.planovna.catalogue;

/** An item of a register code list: {@code DruhSocialniSluzby/13} "domovy pro seniory". */
public record CodeView(String code, String name) {}
