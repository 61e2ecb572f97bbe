package cz.planovna.catalogue;

import java.util.Set;

/** What the first reading of a register file found: it is complete, how many items, which ids repeat. */
record CheckedFile(int records, Set<String> duplicateIdentifiers, String sha256) {}
