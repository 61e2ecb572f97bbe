package cz.planovna.analysis;

import cz.planovna.identity.Grant;
import cz.planovna.identity.NewUser;
import cz.planovna.identity.UserAdministration;
import cz.planovna.shared.TerritoryRef;
import cz.planovna.territory.TerritoryQueries;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Test users with unique e-mails and population files in ČSÚ's long CSV, built row by row. Each
 * test class works on its own ORP and years, so a shared PostgreSQL database never mixes them.
 */
class AnalysisMother {

    static final int PISEK = 3108;
    static final int PRACHATICE = 3109;
    static final int BLATNA = 3101;
    static final int DOMAZLICE = 3202;
    static final int LUHACOVICE_ORP = 7204;
    static final int JIHOCESKY = 3034;
    static final int PLZENSKY = 3042;

    static final int MIROTICE = 549584;
    static final int PISEK_OBEC = 549240;
    static final int LUHACOVICE = 585459;
    static final int DOLNI_LHOTA = 585173;
    static final int HORNI_LHOTA = 585246;

    record TestUser(long id, String email) {
        RequestPostProcessor signedIn() {
            return SecurityMockMvcRequestPostProcessors.user(email);
        }

        /** Runs service calls as this user (outside MockMvc). */
        void signInHere() {
            SecurityContextHolder.getContext()
                    .setAuthentication(new TestingAuthenticationToken(email, null, "ROLE_USER"));
        }
    }

    private final UserAdministration users;
    private final TerritoryQueries territory;

    AnalysisMother(UserAdministration users, TerritoryQueries territory) {
        this.users = users;
        this.territory = territory;
    }

    TerritoryRef orp(int code) {
        return territory.districtRef(code).orElseThrow();
    }

    TestUser admin() {
        return user("admin", Grant.systemAdmin());
    }

    TestUser regionalCoordinator(int kraj) {
        return user("kraj", Grant.regionalCoordinator(territory.regionRef(kraj).orElseThrow()));
    }

    TestUser districtCoordinator(int orp) {
        return user("koordinator", Grant.districtCoordinator(orp(orp)));
    }

    TestUser groupMember(int orp) {
        return user("clen", Grant.groupMember(orp(orp)));
    }

    TestUser providerEditor(int orp) {
        return user("poskytovatel", Grant.providerEditor("70890650", orp(orp)));
    }

    TestUser user(String prefix, Grant... grants) {
        String email = prefix + "." + UUID.randomUUID().toString().substring(0, 12) + "@test.planovna.cz";
        long id = users.createUser(new NewUser(email, "Test " + prefix, null, List.of(grants)));
        return new TestUser(id, email);
    }

    static InputStream resource(String name) {
        return AnalysisMother.class.getResourceAsStream("/analysis/" + name);
    }

    /** A population file in ČSÚ's long format; rows added one by one. */
    static final class Csv {
        private final StringBuilder text = new StringBuilder(DemographicsGenerator.HEADER + "\n");
        private int id = 1;

        /** A figure of an obec: sex 1/2, age as ČSÚ writes it ("0 až 4 (let)", "90 (let)"). */
        Csv row(int obec, String date, int sex, String age, int persons) {
            return raw(String.valueOf(persons), String.valueOf(sex), age, "43", String.valueOf(obec), date);
        }

        Csv raw(String persons, String sex, String age, String territoryType, String territoryCode, String date) {
            text.append(id++)
                    .append(',')
                    .append(persons)
                    .append(",\"4355\",\"102\",\"")
                    .append(sex)
                    .append("\",\"1\",\"\",\"")
                    .append(territoryType)
                    .append("\",\"")
                    .append(territoryCode)
                    .append("\",\"")
                    .append(date)
                    .append("\",\"\",\"")
                    .append(age)
                    .append("\",\"\"\n");
            return this;
        }

        Csv line(String raw) {
            text.append(raw).append('\n');
            return this;
        }

        String text() {
            return text.toString();
        }

        InputStream stream() {
            return new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8));
        }

        byte[] bytes() {
            return text.toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    /**
     * The hand-computed fixture of ORP Luhačovice (see DemographicsWebTest): 2020–2022, two obce.
     * 2022: Luhačovice 1,000 people, Dolní Lhota 100; ORP 65+ 210, 228, 250 and 80+ 120, 135, 150.
     */
    static Csv luhacoviceFixture() {
        Csv csv = new Csv();
        String d20 = "2020-12-31";
        String d21 = "2021-12-31";
        String d22 = "2022-12-31";
        csv.row(LUHACOVICE, d20, 1, "65 až 69 (let)", 90).row(LUHACOVICE, d20, 2, "80 až 84 (let)", 120);
        csv.row(LUHACOVICE, d21, 1, "65 až 69 (let)", 93).row(LUHACOVICE, d21, 2, "80 až 84 (let)", 135);
        csv.row(LUHACOVICE, d22, 1, "0 až 4 (let)", 100)
                .row(LUHACOVICE, d22, 2, "0 až 4 (let)", 100)
                .row(LUHACOVICE, d22, 1, "15 až 19 (let)", 300)
                .row(LUHACOVICE, d22, 2, "40 až 44 (let)", 300)
                .row(LUHACOVICE, d22, 1, "65 až 69 (let)", 60)
                .row(LUHACOVICE, d22, 2, "80 až 84 (let)", 90)
                .row(LUHACOVICE, d22, 2, "85 a více (let)", 50);
        csv.row(DOLNI_LHOTA, d22, 1, "10 až 14 (let)", 50)
                .row(DOLNI_LHOTA, d22, 2, "70 až 74 (let)", 40)
                .row(DOLNI_LHOTA, d22, 1, "90 (let)", 10);
        // totals the file also contains: skipped, never added
        csv.raw("1100", "", "", "65", String.valueOf(LUHACOVICE_ORP), d22)
                .raw("1000", "", "", "43", String.valueOf(LUHACOVICE), d22);
        return csv;
    }
}
