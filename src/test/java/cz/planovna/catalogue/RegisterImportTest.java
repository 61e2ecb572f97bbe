package cz.planovna.catalogue;

import static cz.planovna.catalogue.RegisterFolderMother.BLATNA;
import static cz.planovna.catalogue.RegisterFolderMother.DOMAZLICE;
import static cz.planovna.catalogue.RegisterFolderMother.KRUMLOV;
import static cz.planovna.catalogue.RegisterFolderMother.LUHACOVICE;
import static cz.planovna.catalogue.RegisterFolderMother.OBEC_BLATNA;
import static cz.planovna.catalogue.RegisterFolderMother.OBEC_MIROTICE;
import static cz.planovna.catalogue.RegisterFolderMother.PISEK;
import static cz.planovna.catalogue.RegisterFolderMother.sampleId;
import static cz.planovna.catalogue.RegisterFolderMother.service;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The register import on the sample and on hand-built records: counts, idempotence, the diff per
 * ORP, ended services, and rejected records. Every test first imports its own baseline, because an
 * import replaces the whole register and the database may be shared with other tests.
 */
@SpringBootTest
class RegisterImportTest {

    @Autowired
    RegisterImport registerImport;

    @Autowired
    CatalogueQueries catalogue;

    @TempDir
    Path temp;

    @Test
    void sampleImportsWithTheExpectedCounts() {
        String tag = RegisterFolderMother.uniqueTag();

        ImportReport report = registerImport.importFolder(RegisterFolderMother.sample(temp, tag));

        assertThat(report.status()).isEqualTo(ImportStatus.APPLIED);
        assertThat(report.recordsInFile()).isEqualTo(5);
        assertThat(report.recordsAccepted()).isEqualTo(5);
        assertThat(report.rejections()).isEmpty();
        // four active services are new; the fifth (Luhačovice) ended in 2019 and is kept, not announced
        assertThat(report.newServices()).isEqualTo(4);
        assertThat(report.district(PISEK).added())
                .extracting(ServiceChange::identifier)
                .containsExactly(sampleId(tag, "9000011"));
        assertThat(report.district(BLATNA).added())
                .extracting(ServiceChange::identifier)
                .containsExactly(sampleId(tag, "9000022"));
        assertThat(report.district(KRUMLOV).added()).hasSize(1);
        assertThat(report.district(DOMAZLICE).added()).hasSize(1);
        assertThat(report.district(LUHACOVICE).added()).isEmpty();
        assertThat(catalogue.activeServicesPerDistrict())
                .containsEntry(PISEK, 1L)
                .containsEntry(BLATNA, 1L)
                .containsEntry(KRUMLOV, 1L)
                .containsEntry(DOMAZLICE, 1L)
                .doesNotContainKey(LUHACOVICE);

        ServiceDetail ended =
                catalogue.serviceByRegisterId(sampleId(tag, "9000055")).orElseThrow();
        assertThat(ended.state()).isEqualTo(ServiceState.ENDED);
        assertThat(ended.endedReason()).isEqualTo(EndedReason.END_DATE_PASSED);
        assertThat(ended.providedTo()).isEqualTo(LocalDate.of(2019, 12, 31));
        assertThat(ended.districtCode()).isEqualTo(LUHACOVICE);
    }

    @Test
    void sampleServiceIsStoredLikeTheRegisterDescribesIt() {
        String tag = RegisterFolderMother.uniqueTag();
        registerImport.importFolder(RegisterFolderMother.sample(temp, tag));

        ServiceDetail home =
                catalogue.serviceByRegisterId(sampleId(tag, "9000011")).orElseThrow();
        assertThat(home.kind()).isEqualTo(ServiceKind.SOCIAL_SERVICE);
        assertThat(home.portalId()).isEqualTo(900001L);
        assertThat(home.type()).isEqualTo(new CodeView("DruhSocialniSluzby/13", "domovy pro seniory"));
        assertThat(home.actSection()).isEqualTo("49");
        assertThat(home.name()).isEqualTo("Domov pro seniory Ukázkov — budova A");
        assertThat(home.state()).isEqualTo(ServiceState.ACTIVE);
        assertThat(home.districtCode()).isEqualTo(PISEK);
        assertThat(home.provider().ico()).isEqualTo("00000001");
        assertThat(home.provider().legalFormCode()).isEqualTo("PravniForma/331");
        assertThat(home.targetGroups()).extracting(CodeView::name).containsExactly("senioři", "osoby žijící s demencí");
        assertThat(home.ageGroups())
                .extracting(CodeView::code)
                .containsExactly("VekovaSkupinaOsoby/7", "VekovaSkupinaOsoby/8");
        assertThat(home.forms()).singleElement().satisfies(form -> {
            assertThat(form.form()).isEqualTo(DeliveryForm.RESIDENTIAL);
            assertThat(form.continuous()).isTrue();
            assertThat(form.capacities())
                    .containsExactly(new CapacityView(
                            CapacityType.BEDS, 120, "Maximální kapacita 120 s účinností od 01.01.2020."));
        });
        assertThat(home.facilities()).hasSize(2).allSatisfy(f -> {
            assertThat(f.municipalityCode()).isEqualTo(549240);
            assertThat(f.districtCode()).isEqualTo(PISEK);
            assertThat(f.ended()).isFalse();
        });
        assertThat(home.facilities().get(0).streetLine()).isEqualTo("Ukázková 2001/12");
        assertThat(home.facilities().get(0).addressPointCode()).isEqualTo(90000001L);
        // residential: serves the obec where it is
        assertThat(home.area()).containsExactly(new ServedArea(PISEK, 549240, AreaOrigin.FACILITY));
        assertThat(home.servedMunicipalities()).containsExactly(549240);

        // respite care: residential and field, each with its own capacity
        ServiceDetail respite =
                catalogue.serviceByRegisterId(sampleId(tag, "9000044")).orElseThrow();
        assertThat(respite.actSection()).isEqualTo("44");
        assertThat(respite.forms())
                .extracting(DeliveryFormView::form)
                .containsExactly(DeliveryForm.RESIDENTIAL, DeliveryForm.FIELD);
        assertThat(respite.forms().get(1).capacities())
                .extracting(CapacityView::type, CapacityView::amount)
                .containsExactly(tuple(CapacityType.CLIENTS, 3));
        // a field service without a register list serves the whole ORP of its facility
        assertThat(respite.area()).containsExactly(new ServedArea(DOMAZLICE, null, AreaOrigin.FIELD_DISTRICT));
        assertThat(respite.servedMunicipalities()).hasSize(58).contains(553425);

        ServiceDetail crisis =
                catalogue.serviceByRegisterId(sampleId(tag, "9000055")).orElseThrow();
        assertThat(crisis.forms().get(0).capacities())
                .extracting(CapacityView::type)
                .containsExactly(CapacityType.CONTACTS, CapacityType.INTERVENTIONS);
    }

    @Test
    void contactsFallBackToTheProviderKindByKind() {
        String tag = RegisterFolderMother.uniqueTag();
        registerImport.importFolder(RegisterFolderMother.sample(temp, tag));

        // the service publishes only an e-mail: the provider's phone is shown, its e-mail is not
        ServiceDetail alarm =
                catalogue.serviceByRegisterId(sampleId(tag, "9000033")).orElseThrow();
        assertThat(alarm.contacts())
                .containsExactly(
                        new ContactView(ContactKind.EMAIL, "tisnova@example.cz", null, false),
                        new ContactView(ContactKind.PHONE, "380000003", null, true));

        // no own contact at all: everything from the provider
        ServiceDetail care =
                catalogue.serviceByRegisterId(sampleId(tag, "9000022")).orElseThrow();
        assertThat(care.contacts())
                .containsExactly(
                        new ContactView(ContactKind.WEB, "https://mesto.example.cz", null, true),
                        new ContactView(ContactKind.PHONE, "383000001", null, true));
    }

    @Test
    void reimportOfTheSameFileChangesNothing() {
        Path folder = RegisterFolderMother.sample(temp, RegisterFolderMother.uniqueTag());
        registerImport.importFolder(folder);
        CatalogueTotals before = catalogue.totals();

        ImportReport again = registerImport.importFolder(folder);

        assertThat(again.status()).isEqualTo(ImportStatus.APPLIED);
        assertThat(again.recordsUnchanged()).isEqualTo(5);
        assertThat(again.newServices()).isZero();
        assertThat(again.changedServices()).isZero();
        assertThat(again.endedServices()).isZero();
        assertThat(again.districts()).isEmpty();
        assertThat(catalogue.totals()).isEqualTo(before);
    }

    @Test
    void modifiedFileGivesNewChangedAndEndedPerDistrict() {
        String tag = RegisterFolderMother.uniqueTag();
        String kept = tag + "-kept", changed = tag + "-changed", ending = tag + "-ending", dropped = tag + "-dropped";
        String moved = tag + "-moved", added = tag + "-added";
        registerImport.importFolder(RegisterFolderMother.folder(
                temp.resolve("v1"),
                List.of(
                        service(kept),
                        service(changed),
                        service(ending).facility("Pobočka Blatná", OBEC_BLATNA),
                        service(dropped),
                        service(moved))));
        long versionBefore =
                catalogue.serviceByRegisterId(changed).orElseThrow().version();

        ImportReport report = registerImport.importFolder(RegisterFolderMother.folder(
                temp.resolve("v2"),
                List.of(
                        service(kept),
                        service(changed).clearForms().form("pob", "luzka", 55),
                        service(ending).facility("Pobočka Blatná", OBEC_BLATNA).endedOn("2020-06-30"),
                        service(moved).clearFacilities().facility("Domov Blatná", OBEC_BLATNA),
                        service(added).clearFacilities().facility("Domov Mirotice", OBEC_MIROTICE))));

        assertThat(report.status()).isEqualTo(ImportStatus.APPLIED);
        assertThat(report.recordsUnchanged()).isEqualTo(1);
        assertThat(report.newServices()).isEqualTo(1);
        assertThat(report.changedServices()).isEqualTo(2);
        assertThat(report.endedServices()).isEqualTo(2);
        DistrictDiff pisek = report.district(PISEK);
        assertThat(pisek.added()).extracting(ServiceChange::identifier).containsExactly(added);
        assertThat(pisek.changed()).extracting(ServiceChange::identifier).containsExactlyInAnyOrder(changed, moved);
        assertThat(pisek.ended()).extracting(ServiceChange::identifier).containsExactlyInAnyOrder(ending, dropped);
        // a service is listed in every ORP it has (or had) a facility in
        DistrictDiff blatna = report.district(BLATNA);
        assertThat(blatna.added()).isEmpty();
        assertThat(blatna.changed()).extracting(ServiceChange::identifier).containsExactly(moved);
        assertThat(blatna.ended()).extracting(ServiceChange::identifier).containsExactly(ending);

        ServiceDetail changedNow = catalogue.serviceByRegisterId(changed).orElseThrow();
        assertThat(changedNow.forms().get(0).capacities().get(0).amount()).isEqualTo(55);
        assertThat(changedNow.version()).isGreaterThan(versionBefore);
        assertThat(catalogue.serviceByRegisterId(moved).orElseThrow().districtCode())
                .isEqualTo(BLATNA);

        ServiceDetail gone = catalogue.serviceByRegisterId(dropped).orElseThrow();
        assertThat(gone.state()).isEqualTo(ServiceState.ENDED);
        assertThat(gone.endedReason()).isEqualTo(EndedReason.NOT_IN_REGISTER);
        assertThat(catalogue.serviceByRegisterId(ending).orElseThrow().endedReason())
                .isEqualTo(EndedReason.END_DATE_PASSED);

        // the stored report is the one returned
        assertThat(catalogue.importRun(report.runId())).contains(report);
    }

    @Test
    void aServiceBackInTheRegisterIsNewAgain() {
        String tag = RegisterFolderMother.uniqueTag();
        String other = tag + "-other", returning = tag + "-returning";
        registerImport.importFolder(
                RegisterFolderMother.folder(temp.resolve("a"), List.of(service(other), service(returning))));
        registerImport.importFolder(RegisterFolderMother.folder(temp.resolve("b"), List.of(service(other))));
        assertThat(catalogue.serviceByRegisterId(returning).orElseThrow().active())
                .isFalse();

        ImportReport back = registerImport.importFolder(
                RegisterFolderMother.folder(temp.resolve("c"), List.of(service(other), service(returning))));

        assertThat(back.district(PISEK).added())
                .extracting(ServiceChange::identifier)
                .containsExactly(returning);
        ServiceDetail detail = catalogue.serviceByRegisterId(returning).orElseThrow();
        assertThat(detail.state()).isEqualTo(ServiceState.ACTIVE);
        assertThat(detail.endedReason()).isNull();
    }

    @Test
    void badRecordsAreRejectedWithReasonsAndTheOthersApplied() {
        String tag = RegisterFolderMother.uniqueTag();
        String good = tag + "-good", twice = tag + "-twice";
        ImportReport report = registerImport.importFolder(RegisterFolderMother.folder(
                temp,
                List.of(
                        service(good),
                        service(tag + "-type").type("DruhSocialniSluzby/999"),
                        service(tag + "-group").targetGroups("CilovaSkupinaOsoby/24", "CilovaSkupinaOsoby/777"),
                        service(tag + "-noaddress").lastFacilityWithoutAddress(),
                        service(tag + "-nofacility").clearFacilities(),
                        service(tag + "-obec").clearFacilities().facility("Nikde", 999999),
                        service(tag + "-ico").provider(null, "Bez IČO"),
                        service(tag + "-unit").clearForms().form("amb", "hodina", 3),
                        service(tag + "-date").set("datumPoskytovaniOd", "1. 1. 2010"),
                        service(tag + "-noid").remove("identifikator"),
                        service(twice),
                        service(twice).set("portalId", "2"))));

        assertThat(report.status()).isEqualTo(ImportStatus.APPLIED);
        assertThat(report.recordsInFile()).isEqualTo(12);
        assertThat(report.recordsAccepted()).isEqualTo(1);
        assertThat(report.recordsRejected()).isEqualTo(11);
        assertThat(report.rejections())
                .extracting(RecordIssue::position, RecordIssue::reason, RecordIssue::detail)
                .containsExactly(
                        tuple(2, IssueReason.UNKNOWN_CODE, "druhSocialniSluzby DruhSocialniSluzby/999"),
                        tuple(3, IssueReason.UNKNOWN_CODE, "ciloveSkupiny CilovaSkupinaOsoby/777"),
                        tuple(4, IssueReason.MISSING_ADDRESS, "zarizeni 1"),
                        tuple(5, IssueReason.MISSING_ADDRESS, "zarizeni"),
                        tuple(6, IssueReason.UNKNOWN_MUNICIPALITY, "zarizeni 1 Obec/999999"),
                        tuple(7, IssueReason.MISSING_ICO, "poskytovatel.ico null"),
                        tuple(8, IssueReason.UNKNOWN_CODE, "kapacity.typ TypKapacitySocialniSluzby/hodina"),
                        tuple(9, IssueReason.INVALID_VALUE, "datumPoskytovaniOd \"1. 1. 2010\""),
                        tuple(10, IssueReason.MISSING_IDENTIFIER, "identifikator; id SocialniSluzba/" + tag + "-noid"),
                        tuple(11, IssueReason.DUPLICATE_IDENTIFIER, twice),
                        tuple(12, IssueReason.DUPLICATE_IDENTIFIER, twice));
        assertThat(report.rejections()).allSatisfy(r -> assertThat(r.severity()).isEqualTo(IssueSeverity.REJECTED));
        assertThat(catalogue.serviceByRegisterId(good)).isPresent();
        assertThat(catalogue.serviceByRegisterId(tag + "-type")).isEmpty();
        assertThat(catalogue.serviceByRegisterId(twice)).isEmpty();
        assertThat(catalogue.importRun(report.runId()).orElseThrow().rejections())
                .isEqualTo(report.rejections());
    }

    @Test
    void aDuplicatedIdentifierLeavesTheStoredServiceAsItWas() {
        String tag = RegisterFolderMother.uniqueTag();
        String twice = tag + "-twice";
        registerImport.importFolder(RegisterFolderMother.folder(temp.resolve("a"), List.of(service(twice))));

        ImportReport report = registerImport.importFolder(RegisterFolderMother.folder(
                temp.resolve("b"),
                List.of(
                        service(tag + "-other"),
                        service(twice).clearForms().form("pob", "luzka", 1),
                        service(twice).clearForms().form("pob", "luzka", 2))));

        assertThat(report.rejections()).hasSize(2);
        ServiceDetail stored = catalogue.serviceByRegisterId(twice).orElseThrow();
        assertThat(stored.active()).isTrue();
        assertThat(stored.forms().get(0).capacities().get(0).amount()).isEqualTo(40);
    }

    @Test
    void territoryServedFromTheRegisterListCoversWholeDistricts() {
        String id = RegisterFolderMother.uniqueTag() + "-served";
        ImportReport report = registerImport.importFolder(RegisterFolderMother.folder(
                temp,
                List.of(service(id)
                        .clearForms()
                        .form("ter", "klient", 30)
                        .servedDistricts("Orp/3108", "Orp/434", "Orp/1"))));

        // Písek by its ČSÚ code, Blatná by its RÚIAN code (434); "Orp/1" is nothing and only warned about
        ServiceDetail detail = catalogue.serviceByRegisterId(id).orElseThrow();
        assertThat(detail.area())
                .containsExactly(
                        new ServedArea(PISEK, null, AreaOrigin.REGISTER),
                        new ServedArea(BLATNA, null, AreaOrigin.REGISTER));
        assertThat(detail.servedMunicipalities()).hasSize(49 + 26);
        assertThat(report.warnings()).extracting(RecordIssue::reason).containsExactly(IssueReason.UNKNOWN_TERRITORY);
    }

    @Test
    void statutoryBodiesAndFacilityHeadsAreNeverStored(@Autowired org.springframework.jdbc.core.JdbcTemplate jdbc) {
        String id = RegisterFolderMother.uniqueTag() + "-persons";
        registerImport.importFolder(RegisterFolderMother.folder(
                temp,
                List.of(service(id)
                        .statutoryBody("Bohumila", "Statutárníková")
                        .facilityHead("Radomír", "Vedoucíček"))));
        assertThat(catalogue.serviceByRegisterId(id)).isPresent();

        List<String[]> textColumns = jdbc.query(
                "select table_name, column_name from information_schema.columns"
                        + " where lower(table_name) like 'catalogue%'"
                        + " and (lower(data_type) like '%char%' or lower(data_type) like '%text%')",
                (rs, n) -> new String[] {rs.getString(1), rs.getString(2)});
        assertThat(textColumns).hasSizeGreaterThan(20);
        for (String name : List.of("Statutárníková", "Bohumila", "Vedoucíček", "Radomír")) {
            assertThat(occurrences(jdbc, textColumns, name)).as(name).isZero();
        }
        // the same scan does find what is stored: the provider's name
        assertThat(occurrences(jdbc, textColumns, "Poskytovatel " + id)).isPositive();
    }

    private static int occurrences(
            org.springframework.jdbc.core.JdbcTemplate jdbc, List<String[]> textColumns, String text) {
        int hits = 0;
        for (String[] column : textColumns) {
            hits += jdbc.queryForObject(
                    "select count(*) from " + column[0] + " where " + column[1] + " like ?",
                    Integer.class,
                    "%" + text + "%");
        }
        return hits;
    }
}
