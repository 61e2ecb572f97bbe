package cz.planovna.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Codes are mapped through the code-list files and the code book, never through numbers in the code. */
class RegisterCodeListsTest {

    static final ActSections SECTIONS = ActSections.bundled();

    @TempDir
    Path temp;

    @Test
    void everyServiceTypeOfTheRegisterGetsItsSectionOfTheAct() {
        RegisterCodeLists codes = RegisterCodeLists.bundled(SECTIONS);

        assertThat(codes.types().items()).hasSize(34);
        assertThat(codes.sectionOf("DruhSocialniSluzby/13")).isEqualTo("49"); // domovy pro seniory
        assertThat(codes.sectionOf("DruhSocialniSluzby/5")).isEqualTo("41"); // tísňová péče
        assertThat(codes.sectionOf("DruhSocialniSluzby/24")).isEqualTo("60a"); // intervenční centra
        assertThat(codes.sectionOf("DruhSocialniSluzby/2")).isEqualTo("37"); // odborné sociální poradenství
        // the register's "sociální poradenství" is § 37 through the alias file
        assertThat(codes.sectionOf("DruhSocialniSluzby/1")).isEqualTo("37");
        assertThat(codes.warnings()).isEmpty();
    }

    @Test
    void labelsAreComparedWithoutCaseDiacriticsOrExtraSpaces() {
        assertThat(SECTIONS.sectionOf("Domovy  pro SENIORY")).contains("49");
        assertThat(SECTIONS.sectionOf("pecovatelska sluzba")).contains("40");
        assertThat(SECTIONS.sectionOf("domovy pro seniory a psy")).isEmpty();
    }

    @Test
    void aTypeTheCodeBookDoesNotKnowIsKeptAndReported() throws Exception {
        RegisterCodeLists.CodeList list = RegisterCodeLists.parse(
                json("{\"polozky\": [{\"id\": \"DruhSocialniSluzby/99\", \"nazev\": {\"cs\": \"nová služba\"}}]}"),
                RegisterCodeLists.TYPES,
                "druhy.json");
        assertThat(list.label("DruhSocialniSluzby/99")).isEqualTo("nová služba");

        Path folder = RegisterFolderMother.folder(temp, java.util.List.of());
        RegisterFolderMother.write(
                folder.resolve(RegisterCodeLists.TYPES_FILE),
                "{\"polozky\": [{\"id\": \"DruhSocialniSluzby/99\", \"nazev\": {\"cs\": \"nová služba\"}}]}"
                        .getBytes(StandardCharsets.UTF_8));
        RegisterCodeLists codes = RegisterCodeLists.load(folder, SECTIONS);

        assertThat(codes.sectionOf("DruhSocialniSluzby/99")).isNull();
        assertThat(codes.warnings()).singleElement().satisfies(w -> {
            assertThat(w.reason()).isEqualTo(IssueReason.TYPE_WITHOUT_SECTION);
            assertThat(w.detail()).isEqualTo("DruhSocialniSluzby/99 nová služba");
        });
    }

    @Test
    void ageGroupsComeFromTheFolderOrElseTheBundledList() throws Exception {
        Path folder = RegisterFolderMother.folder(temp, java.util.List.of());
        assertThat(RegisterCodeLists.load(folder, SECTIONS).ageGroups().items())
                .hasSize(8)
                .containsEntry("VekovaSkupinaOsoby/7", "mladší senioři (65–80 let)");

        RegisterFolderMother.write(
                folder.resolve(RegisterCodeLists.AGE_GROUPS_FILE),
                "{\"polozky\": [{\"id\": \"VekovaSkupinaOsoby/1\", \"nazev\": {\"cs\": \"všichni\"}}]}"
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(RegisterCodeLists.load(folder, SECTIONS).ageGroups().items())
                .containsExactly(java.util.Map.entry("VekovaSkupinaOsoby/1", "všichni"));
    }

    @Test
    void aCodeListOfAnotherListOrShapeIsRefused() {
        assertThatThrownBy(() -> RegisterCodeLists.parse(
                        json("{\"polozky\": [{\"id\": \"CilovaSkupinaOsoby/24\", \"nazev\": {\"cs\": \"senioři\"}}]}"),
                        RegisterCodeLists.TYPES,
                        "druhy.json"))
                .isInstanceOfSatisfying(
                        RegisterFileRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(RefusalReason.CODE_LIST_INVALID));
        assertThatThrownBy(() -> RegisterCodeLists.parse(json("{\"polozky\": []}"), RegisterCodeLists.TYPES, "x"))
                .isInstanceOf(RegisterFileRefused.class);
        assertThatThrownBy(() -> RegisterCodeLists.parse(json("{\"polozky\": ["), RegisterCodeLists.TYPES, "x"))
                .isInstanceOf(RegisterFileRefused.class);
    }

    @Test
    void deliveryFormsAndCapacityUnitsByTheirRegisterCodes() {
        assertThat(DeliveryForm.ofRegisterCode("FormaSocialniSluzby/pob")).contains(DeliveryForm.RESIDENTIAL);
        assertThat(DeliveryForm.ofRegisterCode("FormaSocialniSluzby/ter")).contains(DeliveryForm.FIELD);
        assertThat(DeliveryForm.ofRegisterCode("FormaSocialniSluzby/xyz")).isEmpty();
        assertThat(CapacityType.ofRegisterCode("TypKapacitySocialniSluzby/luzka"))
                .contains(CapacityType.BEDS);
        assertThat(CapacityType.ofRegisterCode("TypKapacitySocialniSluzby/hovor"))
                .contains(CapacityType.CALLS);
        assertThat(CapacityType.ofRegisterCode("JinyCiselnik/luzka")).isEmpty();
        assertThat(CapacityType.ofRegisterCode(null)).isEmpty();
        assertThat(CodeRef.number("Obec/549240", "Obec")).isEqualTo(549240);
        assertThat(CodeRef.number("Okres/3305", "Obec")).isNull();
        assertThat(CodeRef.number("Obec/54x", "Obec")).isNull();
        assertThat(CodeRef.value("Obec/")).isNull();
    }

    private static ByteArrayInputStream json(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
