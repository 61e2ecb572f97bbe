package cz.planovna.catalogue;

/** The register's code references have the form {@code CodeList/value}, e.g. {@code Obec/549240}. */
final class CodeRef {

    private CodeRef() {}

    /** "Obec" of "Obec/549240"; null when the text is not a code reference. */
    static String list(String code) {
        int slash = code == null ? -1 : code.indexOf('/');
        return slash <= 0 ? null : code.substring(0, slash);
    }

    /** "549240" of "Obec/549240"; null when the text is not a code reference. */
    static String value(String code) {
        int slash = code == null ? -1 : code.indexOf('/');
        return slash <= 0 || slash == code.length() - 1 ? null : code.substring(slash + 1);
    }

    /** The numeric value of {@code List/123} when the list matches, else null. */
    static Integer number(String code, String expectedList) {
        if (!expectedList.equals(list(code))) {
            return null;
        }
        String value = value(code);
        if (value == null || value.length() > 9 || !value.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Integer.valueOf(value);
    }
}
