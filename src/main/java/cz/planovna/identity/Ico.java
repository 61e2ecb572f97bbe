package cz.planovna.identity;

/**
 * IČO, the Czech identification number of an organisation: eight digits, the last a check digit
 * (weights 8..2, {@code (11 - sum mod 11) mod 10}).
 */
final class Ico {

    private Ico() {}

    static boolean isValid(String value) {
        if (value == null || !value.matches("\\d{8}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            sum += (value.charAt(i) - '0') * (8 - i);
        }
        int check = (11 - sum % 11) % 10;
        return check == value.charAt(7) - '0';
    }
}
