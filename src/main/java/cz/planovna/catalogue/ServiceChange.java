package cz.planovna.catalogue;

/** A service named in the diff of an import. */
public record ServiceChange(String identifier, String serviceName) {}
