package cz.planovna.strategy;

import java.util.Arrays;

/**
 * What the pipeline list is narrowed to and how it is ordered; the XLSX export takes the same.
 * Unknown values of the URL parameters are ignored rather than refused (a shared link keeps
 * working).
 */
public record PipelineFilter(ProjectState state, Long measureId, ProjectReadiness readiness, Sort sort) {

    /** The orders of the list: by name (Czech collation), cost (highest first), deadline, last change. */
    public enum Sort {
        NAME("nazev"),
        COST("naklady"),
        DEADLINE("termin"),
        CHANGED("zmena");

        private final String param;

        Sort(String param) {
            this.param = param;
        }

        public String param() {
            return param;
        }

        public String messageKey() {
            return "strategy.project.sort." + name();
        }

        static Sort ofParam(String value) {
            return Arrays.stream(values())
                    .filter(s -> s.param.equals(value))
                    .findFirst()
                    .orElse(NAME);
        }
    }

    public PipelineFilter {
        sort = sort == null ? Sort.NAME : sort;
    }

    public static PipelineFilter none() {
        return new PipelineFilter(null, null, null, Sort.NAME);
    }

    /** From the URL parameters stav, opatreni, pripravenost, razeni. */
    public static PipelineFilter of(String state, String measure, String readiness, String sort) {
        return new PipelineFilter(
                parse(ProjectState.class, state),
                parseId(measure),
                parse(ProjectReadiness.class, readiness),
                Sort.ofParam(sort));
    }

    public boolean narrowed() {
        return state != null || measureId != null || readiness != null;
    }

    boolean matches(ProjectView p) {
        return (state == null || p.state() == state)
                && (measureId == null || measureId.equals(p.measureId()))
                && (readiness == null || p.readiness() == readiness);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equals(value.strip()))
                .findFirst()
                .orElse(null);
    }

    private static Long parseId(String value) {
        if (value == null || !value.strip().matches("\\d{1,18}")) {
            return null;
        }
        return Long.valueOf(value.strip());
    }
}
