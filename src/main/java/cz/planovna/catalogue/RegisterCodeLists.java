package cz.planovna.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The register's code lists that a record is checked against. They come from the import folder
 * (the files published beside {@code rpss.json}); the register publishes no file for age groups, so
 * that one may be missing from the folder and then comes from the bundled {@code
 * data/register/vekove-skupiny-osoby.json} (see the README there).
 */
final class RegisterCodeLists {

    static final String TYPES_FILE = "druhy-socialni-sluzby.json";
    static final String TARGET_GROUPS_FILE = "cilove-skupiny-osoby.json";
    static final String FORMS_FILE = "formy-soc-sluzby.json";
    static final String AGE_GROUPS_FILE = "vekove-skupiny-osoby.json";
    static final List<String> PUBLISHED_FILES = List.of(TYPES_FILE, TARGET_GROUPS_FILE, FORMS_FILE);
    static final String BUNDLED_FOLDER = "data/register/";

    static final String TYPES = "DruhSocialniSluzby";
    static final String TARGET_GROUPS = "CilovaSkupinaOsoby";
    static final String AGE_GROUPS = "VekovaSkupinaOsoby";
    static final String FORMS = "FormaSocialniSluzby";

    /** Items in file order: code → Czech label. */
    record CodeList(String name, Map<String, String> items) {

        boolean contains(String code) {
            return code != null && items.containsKey(code);
        }

        String label(String code) {
            return items.get(code);
        }
    }

    /** A code as stored in {@code catalogue_code}. */
    record Item(String code, String codeList, String name, String actSection) {}

    private static final JsonMapper JSON = JsonMapper.shared();

    private final CodeList types;
    private final CodeList targetGroups;
    private final CodeList ageGroups;
    private final CodeList forms;
    private final Map<String, String> sectionByType;

    private RegisterCodeLists(
            CodeList types, CodeList targetGroups, CodeList ageGroups, CodeList forms, ActSections sections) {
        this.types = types;
        this.targetGroups = targetGroups;
        this.ageGroups = ageGroups;
        this.forms = forms;
        Map<String, String> byType = new LinkedHashMap<>();
        types.items()
                .forEach((code, label) ->
                        byType.put(code, sections.sectionOf(label).orElse(null)));
        this.sectionByType = Collections.unmodifiableMap(byType);
    }

    static RegisterCodeLists load(Path folder, ActSections sections) throws RegisterFileRefused {
        for (String file : PUBLISHED_FILES) {
            if (!Files.isRegularFile(folder.resolve(file))) {
                throw new RegisterFileRefused(
                        RefusalReason.FILE_MISSING, folder.resolve(file).toString());
            }
        }
        Path ageFile = folder.resolve(AGE_GROUPS_FILE);
        return new RegisterCodeLists(
                fromFile(folder.resolve(TYPES_FILE), TYPES),
                fromFile(folder.resolve(TARGET_GROUPS_FILE), TARGET_GROUPS),
                Files.isRegularFile(ageFile) ? fromFile(ageFile, AGE_GROUPS) : bundledList(AGE_GROUPS_FILE, AGE_GROUPS),
                fromFile(folder.resolve(FORMS_FILE), FORMS),
                sections);
    }

    /** The code lists bundled with the application (copies of the published ones). */
    static RegisterCodeLists bundled(ActSections sections) {
        try {
            return new RegisterCodeLists(
                    bundledList(TYPES_FILE, TYPES),
                    bundledList(TARGET_GROUPS_FILE, TARGET_GROUPS),
                    bundledList(AGE_GROUPS_FILE, AGE_GROUPS),
                    bundledList(FORMS_FILE, FORMS),
                    sections);
        } catch (RegisterFileRefused e) {
            throw new IllegalStateException("bundled code list is broken: " + e.getMessage(), e);
        }
    }

    private static CodeList fromFile(Path file, String listName) throws RegisterFileRefused {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, listName, file.getFileName().toString());
        } catch (IOException e) {
            throw new RegisterFileRefused(RefusalReason.FILE_MISSING, file + ": " + e.getMessage());
        }
    }

    private static CodeList bundledList(String file, String listName) throws RegisterFileRefused {
        try (InputStream in = new ClassPathResource(BUNDLED_FOLDER + file).getInputStream()) {
            return parse(in, listName, file);
        } catch (IOException e) {
            throw new IllegalStateException("bundled code list missing: " + file, e);
        }
    }

    /** {"polozky": [{"id": "List/value", "nazev": {"cs": "…"}}]}, every id of the expected list. */
    static CodeList parse(InputStream in, String listName, String fileName) throws RegisterFileRefused {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JacksonException e) {
            throw new RegisterFileRefused(RefusalReason.CODE_LIST_INVALID, fileName + ": " + e.getOriginalMessage());
        }
        JsonNode items = root == null ? null : root.get("polozky");
        if (items == null || !items.isArray() || items.isEmpty()) {
            throw new RegisterFileRefused(RefusalReason.CODE_LIST_INVALID, fileName + ": polozky");
        }
        Map<String, String> byCode = new LinkedHashMap<>();
        for (JsonNode item : items) {
            String code = Json.text(item.get("id"));
            String label = Json.text(item.path("nazev").get("cs"));
            if (code == null || label == null || !listName.equals(CodeRef.list(code)) || CodeRef.value(code) == null) {
                throw new RegisterFileRefused(RefusalReason.CODE_LIST_INVALID, fileName + ": " + Json.compact(item));
            }
            byCode.put(code, label);
        }
        return new CodeList(listName, Collections.unmodifiableMap(byCode));
    }

    CodeList types() {
        return types;
    }

    CodeList targetGroups() {
        return targetGroups;
    }

    CodeList ageGroups() {
        return ageGroups;
    }

    CodeList forms() {
        return forms;
    }

    /** § of the Act for a service type code; null when the code book does not know its label. */
    String sectionOf(String typeCode) {
        return sectionByType.get(typeCode);
    }

    List<Item> items() {
        List<Item> all = new ArrayList<>();
        for (CodeList list : List.of(types, targetGroups, ageGroups, forms)) {
            list.items()
                    .forEach((code, label) -> all.add(
                            new Item(code, list.name(), label, list == types ? sectionByType.get(code) : null)));
        }
        return all;
    }

    /** Service types whose § is unknown: applied, but reported, as the code book says. */
    List<RecordIssue> warnings() {
        return sectionByType.entrySet().stream()
                .filter(e -> e.getValue() == null)
                .map(e -> RecordIssue.warning(
                        null, null, IssueReason.TYPE_WITHOUT_SECTION, e.getKey() + " " + types.label(e.getKey())))
                .toList();
    }
}
