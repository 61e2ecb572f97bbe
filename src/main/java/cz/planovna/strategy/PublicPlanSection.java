package cz.planovna.strategy;

import java.util.Optional;

/**
 * A part of the public plan page contributed by a module strategy cannot depend on (monitoring
 * adds the documents of the plan's closed evaluations). Every Spring bean of this type is asked,
 * in the order of {@link #order()}, by the controller of the page; the part is shown by the
 * module's own template fragment {@code section(code, data)}.
 */
public interface PublicPlanSection {

    /** Parts are shown in this order; leave room between (100, 200, …). */
    int order();

    /**
     * The part for a public plan of the ORP; empty when there is nothing to show. Called on the
     * request thread of any visitor, so it must only return what is public.
     */
    Optional<Part> part(int districtCode, long planId);

    /**
     * What the page shows: the fragment {@code section(code, data)} of the template (e.g. {@code
     * monitoring/evaluation-public}) with the ORP code and {@code data}.
     */
    record Part(String template, Object data) {}
}
