package cz.planovna.strategy;

/** An amount in whole crowns for one year from one funding source. */
public record CostLine(int year, FundingSource source, long amount) {}
