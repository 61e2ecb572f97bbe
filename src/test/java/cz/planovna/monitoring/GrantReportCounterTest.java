package cz.planovna.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cz.planovna.analysis.AnalysisActivity.HeldInterview;
import cz.planovna.analysis.AnalysisActivity.RecordedFinding;
import cz.planovna.consultation.ConsultationActivity.HeldConsultation;
import cz.planovna.monitoring.GrantReport.Item;
import cz.planovna.process.DocumentCategory;
import cz.planovna.process.EventKind;
import cz.planovna.process.GrantActivityQueries.GrantRound;
import cz.planovna.process.GrantActivityQueries.HeldEvent;
import cz.planovna.process.GrantActivityQueries.HeldMeeting;
import cz.planovna.process.GrantActivityQueries.LibraryDocument;
import cz.planovna.process.GrantActivityQueries.PublishedNews;
import cz.planovna.process.GrantProjectView;
import cz.planovna.process.GroupKind;
import cz.planovna.process.KeyActivityView;
import cz.planovna.strategy.PlanActivity.Kind;
import cz.planovna.strategy.PlanActivity.Step;
import cz.planovna.survey.SurveyActivity.RunSurvey;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The counting of the key activities against hand-counted fixtures: a period 1. 3. 2019 –
 * 30. 6. 2019 and records before, inside, on both edges and after it.
 */
class GrantReportCounterTest {

    static final LocalDate FROM = LocalDate.of(2019, 3, 1);
    static final LocalDate TO = LocalDate.of(2019, 6, 30);

    static final GrantRound ROUND = new GrantRound(
            7,
            3101,
            "Blatná",
            "Etapa 2019",
            LocalDate.of(2019, 1, 1),
            LocalDate.of(2019, 12, 31),
            new GrantProjectView(
                    "CZ.03.2.63/0.0/0.0/16_063/0006575",
                    null,
                    LocalDate.of(2019, 1, 1),
                    LocalDate.of(2019, 12, 31),
                    null,
                    "Město Blatná",
                    null,
                    List.of(new KeyActivityView("KA1", "Koordinace", "Zápisy z 6 jednání"))));

    static HeldMeeting meeting(
            String title, LocalDate date, GroupKind kind, boolean cancelled, int people, int mayors) {
        return new HeldMeeting(
                title.hashCode(),
                date,
                title,
                kind == GroupKind.STEERING ? "ŘS" : "PS Senioři",
                kind,
                cancelled,
                people,
                mayors,
                "/m/" + title);
    }

    static final GrantActivityData DATA = new GrantActivityData(
            List.of(
                    meeting("ŘS před", LocalDate.of(2019, 2, 28), GroupKind.STEERING, false, 9, 3),
                    meeting("ŘS první den", FROM, GroupKind.STEERING, false, 6, 2),
                    meeting("ŘS zrušené", LocalDate.of(2019, 4, 4), GroupKind.STEERING, true, 0, 0),
                    meeting("ŘS poslední den", TO, GroupKind.STEERING, false, 5, 0),
                    meeting("ŘS po", LocalDate.of(2019, 7, 1), GroupKind.STEERING, false, 7, 1),
                    meeting("PS duben", LocalDate.of(2019, 4, 10), GroupKind.WORKING, false, 8, 1),
                    meeting("PS květen", LocalDate.of(2019, 5, 15), GroupKind.WORKING, false, 4, 0),
                    meeting("PS zrušené", LocalDate.of(2019, 5, 20), GroupKind.WORKING, true, 3, 3)),
            List.of(
                    new HeldEvent(1, LocalDate.of(2019, 5, 2), "Fórum", EventKind.PUBLIC_MEETING, true, 12, 1, "/e/1"),
                    new HeldEvent(2, LocalDate.of(2019, 6, 2), "Seminář", EventKind.SEMINAR, true, 5, 0, "/e/2"),
                    new HeldEvent(3, LocalDate.of(2019, 6, 3), "Nezveřejněná", EventKind.OTHER, false, 4, 2, "/e/3"),
                    new HeldEvent(4, LocalDate.of(2019, 8, 1), "Po období", EventKind.SEMINAR, true, 20, 1, "/e/4")),
            List.of(
                    new PublishedNews(1, LocalDate.of(2019, 3, 15), "Aktualita", "/n/1"),
                    new PublishedNews(2, LocalDate.of(2018, 3, 15), "Stará", "/n/2")),
            List.of(
                    new LibraryDocument(1, LocalDate.of(2019, 4, 1), "Analýza", DocumentCategory.ANALYSIS, "/d/1"),
                    new LibraryDocument(2, LocalDate.of(2019, 4, 2), "Plán", DocumentCategory.PLAN, "/d/2"),
                    new LibraryDocument(3, LocalDate.of(2019, 4, 3), "Zápis", DocumentCategory.MINUTES, "/d/3"),
                    new LibraryDocument(
                            4, LocalDate.of(2020, 1, 3), "Pozdní analýza", DocumentCategory.ANALYSIS, "/d/4")),
            List.of(
                    // opened before, still open: runs; 2 of its 3 responses fall in the period
                    new RunSurvey(
                            1,
                            "Občané",
                            LocalDate.of(2019, 2, 1),
                            null,
                            List.of(LocalDate.of(2019, 2, 10), LocalDate.of(2019, 3, 1), LocalDate.of(2019, 6, 30)),
                            "/s/1"),
                    // closed before the period: does not run
                    new RunSurvey(
                            2,
                            "Poskytovatelé",
                            LocalDate.of(2018, 1, 1),
                            LocalDate.of(2019, 2, 28),
                            List.of(LocalDate.of(2019, 2, 1)),
                            "/s/2"),
                    // opened after: does not run
                    new RunSurvey(
                            3, "Obce", LocalDate.of(2019, 7, 1), null, List.of(LocalDate.of(2019, 7, 2)), "/s/3")),
            List.of(
                    new RecordedFinding(1, LocalDate.of(2019, 3, 2), "Z-001", "Chybí odlehčovací služba", "/f/1"),
                    new RecordedFinding(2, LocalDate.of(2019, 9, 2), "Z-002", "Později", "/f/2")),
            List.of(new HeldInterview(1, LocalDate.of(2019, 5, 5), "Starostové", 9, "/i/1")),
            List.of(
                    new Step(LocalDate.of(2019, 3, 10), Kind.PLAN_CREATED, "Plán 2020–2022", "/p/1"),
                    new Step(LocalDate.of(2019, 6, 10), Kind.DOCUMENT_GENERATED, "Plán 2020–2022", "/p/1/dokument"),
                    new Step(LocalDate.of(2019, 11, 10), Kind.PLAN_APPROVED, "Plán 2020–2022", "/p/1")),
            List.of(
                    // open from before the period into it: 2 of its 3 comments fall in the period
                    new HeldConsultation(
                            1,
                            "Připomínky k plánu",
                            LocalDate.of(2019, 2, 15),
                            LocalDate.of(2019, 3, 15),
                            List.of(LocalDate.of(2019, 2, 20), FROM, LocalDate.of(2019, 3, 15)),
                            "/c/1"),
                    // closed the day before the period: not counted
                    new HeldConsultation(
                            2, "Starší", LocalDate.of(2019, 1, 1), LocalDate.of(2019, 2, 28), List.of(), "/c/2"),
                    // opens on the last day of the period, no comments yet
                    new HeldConsultation(
                            3,
                            "Akční plán",
                            TO,
                            LocalDate.of(2019, 7, 31),
                            List.of(LocalDate.of(2019, 7, 1)),
                            "/c/3")));

    final GrantReport report = GrantReportCounter.count(ROUND, FROM, TO, DATA);

    @Test
    void ka1CountsTheSteeringGroupsMeetingsHeldInThePeriodWithBothEdges() {
        var ka1 = report.activity("KA1");
        assertThat(ka1.count("monitoring.grant.count.steeringMeetings")).isEqualTo(2);
        assertThat(ka1.count("monitoring.grant.count.steeringParticipants")).isEqualTo(6 + 5);
        assertThat(ka1.items()).extracting(Item::title).containsExactly("ŘS: ŘS první den", "ŘS: ŘS poslední den");
        assertThat(ka1.items()).extracting(Item::participants).containsExactly(6L, 5L);
        assertThat(ka1.description()).isEqualTo("Koordinace");
        assertThat(ka1.outputs()).isEqualTo("Zápisy z 6 jednání");
        assertThat(report.activity("KA2").description()).isNull();
    }

    @Test
    void ka2CountsSurveysRunningResponsesFindingsInterviewsAndAnalyses() {
        var ka2 = report.activity("KA2");
        assertThat(ka2.count("monitoring.grant.count.surveys")).isEqualTo(1);
        assertThat(ka2.count("monitoring.grant.count.responses")).isEqualTo(2);
        assertThat(ka2.count("monitoring.grant.count.findings")).isEqualTo(1);
        assertThat(ka2.count("monitoring.grant.count.interviews")).isEqualTo(1);
        assertThat(ka2.count("monitoring.grant.count.analysisDocuments")).isEqualTo(1);
        // by date: survey opened 1. 2. (before the period, listed as running), finding, analysis, interview
        assertThat(ka2.items())
                .extracting(Item::title)
                .containsExactly("Občané", "Z-001 Chybí odlehčovací služba", "Analýza", "Starostové");
    }

    @Test
    void ka3CountsWorkingGroupsMeetingsAndThePlansSteps() {
        var ka3 = report.activity("KA3");
        assertThat(ka3.count("monitoring.grant.count.workingMeetings")).isEqualTo(2);
        assertThat(ka3.count("monitoring.grant.count.workingParticipants")).isEqualTo(8 + 4);
        assertThat(ka3.count("monitoring.grant.count.planSteps")).isEqualTo(1);
        // one generated plan document + one plan document of the library
        assertThat(ka3.count("monitoring.grant.count.planDocuments")).isEqualTo(2);
        assertThat(ka3.items()).hasSize(5);
    }

    @Test
    void ka4CountsPublishedEventsTheirRegistrationsNewsConsultationsAndComments() {
        var ka4 = report.activity("KA4");
        assertThat(ka4.count("monitoring.grant.count.events")).isEqualTo(2);
        assertThat(ka4.count("monitoring.grant.count.registrations")).isEqualTo(12 + 5);
        assertThat(ka4.count("monitoring.grant.count.news")).isEqualTo(1);
        assertThat(ka4.count("monitoring.grant.count.consultations")).isEqualTo(2);
        assertThat(ka4.count("monitoring.grant.count.comments")).isEqualTo(2);
        assertThat(ka4.items())
                .filteredOn(i -> i.kindKey().equals("monitoring.grant.item.consultation"))
                .extracting(Item::title, Item::participants)
                .containsExactly(tuple("Připomínky k plánu", 2L), tuple("Akční plán", 0L));
        assertThat(ka4.noteKeys()).isEmpty();
    }

    @Test
    void ka5CountsMeetingsWithCommissionersPresentAndEventsWithPartnerOrp() {
        var ka5 = report.activity("KA5");
        // ŘS první den (2) and PS duben (1); the cancelled one with 3 and those outside are not counted
        assertThat(ka5.count("monitoring.grant.count.commissionerMeetings")).isEqualTo(2);
        assertThat(ka5.count("monitoring.grant.count.commissionerAttendances")).isEqualTo(3);
        assertThat(ka5.count("monitoring.grant.count.partnerEvents")).isEqualTo(1);
    }

    @Test
    void everyKeyActivityIsReportedInOrderWithLinksToItsLists() {
        assertThat(report.activities())
                .extracting(GrantReport.Activity::code)
                .containsExactly("KA1", "KA2", "KA3", "KA4", "KA5");
        assertThat(report.activity("KA4").counts().get(0).href()).isEqualTo("/orp/3101/planovani/akce");
        assertThat(report.activity("KA2").counts().get(4).href())
                .isEqualTo("/orp/3101/planovani/dokumenty?kategorie=ANALYSIS");
    }

    @Test
    void anEmptyPeriodCountsNothingButTheSurveysStillOpen() {
        GrantReport empty =
                GrantReportCounter.count(ROUND, LocalDate.of(2019, 12, 1), LocalDate.of(2019, 12, 31), DATA);
        // Občané and Obce were opened before December and are not closed: they run, without responses
        assertThat(empty.activity("KA2").count("monitoring.grant.count.surveys"))
                .isEqualTo(2);
        assertThat(empty.activity("KA2").count("monitoring.grant.count.responses"))
                .isZero();
        assertThat(empty.activities())
                .allSatisfy(a -> assertThat(a.counts())
                        .filteredOn(c -> !c.labelKey().endsWith(".surveys"))
                        .allSatisfy(c -> assertThat(c.value()).isZero()));
        assertThat(empty.activity("KA1").items()).isEmpty();
        assertThat(empty.activity("KA5").items()).isEmpty();
    }
}
