package cz.planovna.region;

import java.util.List;

/** A target group of the register's code list with the measures for it per compared ORP. */
public record GroupLine(String code, String name, List<Integer> counts) {}
