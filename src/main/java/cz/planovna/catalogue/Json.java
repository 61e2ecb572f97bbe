package cz.planovna.catalogue;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import tools.jackson.databind.JsonNode;

/** Lenient reading of register values: the file's optional fields may be missing, null or empty. */
final class Json {

    private Json() {}

    /** A scalar as trimmed text; null for missing, null, empty or non-scalar values. */
    static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode() || !node.isValueNode()) {
            return null;
        }
        String text = node.asString().strip();
        return text.isEmpty() ? null : text;
    }

    /** The {@code id} of a code reference object such as {@code {"id": "Obec/549240"}}. */
    static String codeId(JsonNode node) {
        return node == null ? null : text(node.get("id"));
    }

    /** A whole number given as a number or as digits in a string. */
    static Long whole(JsonNode node) throws NumberFormatException {
        if (node != null && node.isIntegralNumber()) {
            return node.longValue();
        }
        String text = text(node);
        return text == null ? null : Long.valueOf(text);
    }

    static Double decimal(JsonNode node) throws NumberFormatException {
        if (node != null && node.isNumber()) {
            return node.doubleValue();
        }
        String text = text(node);
        return text == null ? null : Double.valueOf(text.replace(',', '.'));
    }

    static Boolean bool(JsonNode node) {
        return node != null && node.isBoolean() ? node.booleanValue() : null;
    }

    /** "2007-01-01", also with a time part ("2007-01-01T00:00:00"). */
    static LocalDate date(JsonNode node) throws DateTimeParseException {
        String text = text(node);
        if (text == null) {
            return null;
        }
        return LocalDate.parse(text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text);
    }

    /** Compact JSON of a node, for messages and for values kept as published. */
    static String compact(JsonNode node) {
        String json = node.toString();
        return json.length() > 300 ? json.substring(0, 300) + "…" : json;
    }
}
