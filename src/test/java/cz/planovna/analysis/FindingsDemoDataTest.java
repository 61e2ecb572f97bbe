package cz.planovna.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import cz.planovna.identity.Grant;
import cz.planovna.identity.NewUser;
import cz.planovna.identity.UserAdministration;
import cz.planovna.territory.TerritoryQueries;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Písek demo on an empty database (a context of its own): three interviews, findings Z-001 to
 * Z-008, the SWOT with twelve items ranked by the two demo members, and a second start adds nothing.
 */
@SpringBootTest(properties = "planovna.test.context=findings-demo")
class FindingsDemoDataTest {

    @Autowired
    InterviewRepository interviews;

    @Autowired
    FindingRepository findings;

    @Autowired
    SwotRepository swots;

    @Autowired
    SwotItemRepository items;

    @Autowired
    SwotVoteRepository votes;

    @Autowired
    FindingsAuditRepository audit;

    @Autowired
    TerritoryQueries territory;

    @Autowired
    UserAdministration users;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    SwotQueries swotQueries;

    @Autowired
    FindingsQueries findingsQueries;

    @Test
    void theFirstStartWritesThePisekAnalysisAndTheSecondDoesNothing() {
        // the shared PostgreSQL database may hold Písek findings of other tests already
        Assumptions.assumeTrue(
                findings.findByDistrictCode(FindingsDemoData.PISEK).isEmpty()
                        && users.findIdByEmail("koordinator.pisek@planovna.cz").isEmpty(),
                "needs an empty database: a fresh H2 context, not the shared PostgreSQL one");
        var pisek = territory.districtRef(FindingsDemoData.PISEK).orElseThrow();
        users.createUser(new NewUser(
                "koordinator.pisek@planovna.cz", "Koordinátor", null, List.of(Grant.districtCoordinator(pisek))));
        users.createUser(new NewUser("clen.pisek@planovna.cz", "Člen", null, List.of(Grant.groupMember(pisek))));
        FindingsDemoData demo =
                new FindingsDemoData(interviews, findings, swots, items, votes, audit, territory, users, tx);

        demo.run(null);
        demo.run(null);

        assertThat(interviews.findByDistrictCode(FindingsDemoData.PISEK)).hasSize(3);
        assertThat(findingsQueries.findings(FindingsDemoData.PISEK))
                .extracting(FindingView::label)
                .containsExactly("Z-001", "Z-002", "Z-003", "Z-004", "Z-005", "Z-006", "Z-007", "Z-008");
        List<SwotView> all = swotQueries.swots(FindingsDemoData.PISEK);
        assertThat(all).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo(FindingsDemoData.SWOT_NAME);
            assertThat(s.itemCount()).isEqualTo(12);
            assertThat(s.voters()).isEqualTo(2);
            // weaknesses: (5+5)/2 = 5.0, (4+5)/2 = 4.5, (5+3)/2 = 4.0
            assertThat(s.items(Quadrant.WEAKNESS))
                    .extracting(SwotItemView::average)
                    .containsExactly(5.0, 4.5, 4.0);
            assertThat(s.items(Quadrant.WEAKNESS).get(0).text())
                    .isEqualTo("Pečovatelská služba v menších obcích jen ve všední dny");
        });
    }
}
