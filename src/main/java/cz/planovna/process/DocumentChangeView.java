package cz.planovna.process;

import java.time.Instant;
import java.util.List;

/** A change of metadata or the deletion; {@code fieldKeys} are message keys of the changed fields. */
public record DocumentChangeView(String kind, List<String> fieldKeys, String changedBy, Instant changedAt) {

    public boolean deletion() {
        return "DELETED".equals(kind);
    }
}
