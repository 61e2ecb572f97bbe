package cz.planovna.catalogue;

import java.util.HashMap;
import java.util.Map;
import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Indexes a register code ({@code DruhSocialniSluzby/13}) by its Czech label ("domovy pro
 * seniory"), so that searching the label finds services whose own name does not say it. Labels are
 * read with plain JDBC: this bean is created while Hibernate starts, before any repository exists.
 */
@Component
class CodeLabelBridge implements ValueBridge<String, String> {

    private final JdbcTemplate jdbc;
    private volatile Map<String, String> labels;

    CodeLabelBridge(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String toIndexedValue(String code, ValueBridgeToIndexedValueContext context) {
        if (code == null) {
            return null;
        }
        Map<String, String> current = labels;
        if (current == null) {
            current = load();
        }
        return current.getOrDefault(code, null);
    }

    /** Labels change only with an import; the indexer calls this before it re-indexes. */
    void refresh() {
        labels = null;
    }

    private Map<String, String> load() {
        Map<String, String> loaded = new HashMap<>();
        jdbc.query("select code, name from catalogue_code", rs -> {
            loaded.put(rs.getString(1), rs.getString(2));
        });
        labels = Map.copyOf(loaded);
        return labels;
    }
}
