package cz.planovna.catalogue;

import static cz.planovna.catalogue.RegisterFolderMother.BLATNA;
import static cz.planovna.catalogue.RegisterFolderMother.OBEC_BLATNA;
import static cz.planovna.catalogue.RegisterFolderMother.OBEC_PISEK;
import static cz.planovna.catalogue.RegisterFolderMother.PISEK;
import static cz.planovna.catalogue.RegisterFolderMother.service;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Mapping one register record, without a database: a small territory of two ORP is enough. */
class RegisterRecordMapperTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    final TerritoryLookup territory = new TerritoryLookup(
            Map.of(OBEC_PISEK, PISEK, 549584, PISEK, OBEC_BLATNA, BLATNA),
            Map.of(PISEK, "Písek", BLATNA, "Blatná"),
            () -> Map.of(400, PISEK, 434, BLATNA));
    final RegisterRecordMapper mapper =
            new RegisterRecordMapper(RegisterCodeLists.bundled(ActSections.bundled()), territory, TODAY);

    @Test
    void aValidRecordIsAcceptedWithItsProviderPadded() {
        MappedRecord record =
                mapper.map(1, service("A1").provider("1234", "Spolek").node());

        assertThat(record.accepted()).isTrue();
        assertThat(record.issues()).isEmpty();
        assertThat(record.provider().ico()).isEqualTo("00001234");
        assertThat(record.provider().contacts())
                .extracting(RegisterData.Contact::kind)
                .containsExactly(ContactKind.WEB, ContactKind.EMAIL, ContactKind.PHONE);
        assertThat(record.service().providerIco()).isEqualTo("00001234");
        assertThat(record.service().typeCode()).isEqualTo("DruhSocialniSluzby/13");
        assertThat(record.service().name()).isEqualTo("Domov A1");
        assertThat(record.service().districtCode()).isEqualTo(PISEK);
    }

    @Test
    void allReasonsOfARejectedRecordAreReportedAtOnce() {
        MappedRecord record = mapper.map(
                7,
                service("B2")
                        .type("DruhSocialniSluzby/0")
                        .ageGroups("VekovaSkupinaOsoby/9")
                        .clearFacilities()
                        .facility("Kdesi", 111111)
                        .node());

        assertThat(record.accepted()).isFalse();
        assertThat(record.issues())
                .extracting(RecordIssue::position, RecordIssue::identifier, RecordIssue::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(7, "B2", IssueReason.UNKNOWN_CODE),
                        org.assertj.core.groups.Tuple.tuple(7, "B2", IssueReason.UNKNOWN_CODE),
                        org.assertj.core.groups.Tuple.tuple(7, "B2", IssueReason.UNKNOWN_MUNICIPALITY));
    }

    @Test
    void theOwningDistrictIsThatOfTheFirstFacilityStillOpen() {
        RegisterFolderMother.ServiceJson json =
                service("C3").clearFacilities().facility("Zavřeno", OBEC_PISEK).facility("Otevřeno", OBEC_BLATNA);
        ((tools.jackson.databind.node.ObjectNode) json.node().get("zarizeni").get(0)).put("poskytujeDo", "2020-01-31");

        RegisterData.Service service = mapper.map(1, json.node()).service();

        assertThat(service.districtCode()).isEqualTo(BLATNA);
        assertThat(service.facilityDistricts()).containsExactly(PISEK, BLATNA);
    }

    @Test
    void territoryServedByKindOfService() {
        // residential: the obce of its facilities
        assertThat(mapper.map(1, service("D1").facility("Druhý", OBEC_BLATNA).node())
                        .service()
                        .area())
                .containsExactly(
                        new RegisterData.Area(PISEK, OBEC_PISEK, AreaOrigin.FACILITY),
                        new RegisterData.Area(BLATNA, OBEC_BLATNA, AreaOrigin.FACILITY));
        // field without a register list: the whole ORP of each facility
        assertThat(mapper.map(
                                1,
                                service("D2")
                                        .clearForms()
                                        .form("ter", "klient", 5)
                                        .node())
                        .service()
                        .area())
                .containsExactly(new RegisterData.Area(PISEK, null, AreaOrigin.FIELD_DISTRICT));
        // a register list: those ORP, plus facility obce outside them
        assertThat(mapper.map(
                                1,
                                service("D3")
                                        .facility("Druhý", OBEC_BLATNA)
                                        .servedDistricts("Orp/3108")
                                        .node())
                        .service()
                        .area())
                .containsExactly(
                        new RegisterData.Area(PISEK, null, AreaOrigin.REGISTER),
                        new RegisterData.Area(BLATNA, OBEC_BLATNA, AreaOrigin.FACILITY));
    }

    @Test
    void overlongTextsAreShortenedWithAWarning() {
        MappedRecord record =
                mapper.map(1, service("E5").set("nazev", "x".repeat(600)).node());

        assertThat(record.accepted()).isTrue();
        assertThat(record.service().name()).hasSize(500);
        assertThat(record.issues()).singleElement().satisfies(i -> {
            assertThat(i.severity()).isEqualTo(IssueSeverity.WARNING);
            assertThat(i.detail()).isEqualTo("nazev > 500");
        });
    }

    @Test
    void aServiceWithoutDeliveryFormsIsAcceptedWithAWarning() {
        MappedRecord record = mapper.map(1, service("F6").clearForms().node());

        assertThat(record.accepted()).isTrue();
        assertThat(record.issues()).extracting(RecordIssue::reason).containsExactly(IssueReason.MISSING_VALUE);
    }

    @Test
    void anItemThatIsNoObjectIsRejected() {
        MappedRecord record = mapper.map(3, tools.jackson.databind.node.JsonNodeFactory.instance.numberNode(42));

        assertThat(record.issues()).extracting(RecordIssue::reason).containsExactly(IssueReason.NOT_AN_OBJECT);
    }
}
