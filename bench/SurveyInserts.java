import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Types;

/**
 * Part of bench/survey.sh: writing the answers of one response (42 rows, as a 30-question survey
 * gives) the way SurveyAnswering did before (one INSERT statement per row) against one JDBC batch
 * per response (as it does now), each response in its own transaction, into a temporary copy of
 * survey_answer. Usage: java -cp postgresql.jar bench/SurveyInserts.java URL USER PASSWORD RESPONSES
 */
public class SurveyInserts {

    static final String INSERT = "insert into bench_answer (survey_id, response_id, question_id, row_no, choice,"
            + " num_value, text_value, date_value) values (?, ?, ?, ?, ?, ?, ?, ?)";
    static final int ROWS = 42;

    public static void main(String[] args) throws Exception {
        int responses = Integer.parseInt(args[3]);
        try (Connection c = DriverManager.getConnection(args[0], args[1], args[2])) {
            try (Statement s = c.createStatement()) {
                s.execute("create temporary table bench_answer (like survey_answer including defaults including identity)");
            }
            c.setAutoCommit(false);
            run(c, 200, false); // warm-up
            run(c, 200, true);
            long single = run(c, responses, false);
            long batched = run(c, responses, true);
            System.out.printf("%d %d%n", single, batched);
        }
    }

    static long run(Connection c, int responses, boolean batch) throws Exception {
        long start = System.nanoTime();
        for (int r = 0; r < responses; r++) {
            if (batch) {
                try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                    for (int i = 0; i < ROWS; i++) {
                        bind(ps, r, i);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            } else {
                for (int i = 0; i < ROWS; i++) {
                    try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                        bind(ps, r, i);
                        ps.executeUpdate();
                    }
                }
            }
            c.commit();
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    static void bind(PreparedStatement ps, int response, int i) throws Exception {
        ps.setLong(1, 1);
        ps.setLong(2, response);
        ps.setLong(3, i % 30);
        ps.setInt(4, i / 30);
        ps.setObject(5, i < 36 ? i % 5 : null, Types.INTEGER);
        ps.setBigDecimal(6, i == 36 ? BigDecimal.TEN : null);
        ps.setString(7, i == 37 ? "Odpověď " + response : null);
        ps.setDate(8, null);
    }
}
