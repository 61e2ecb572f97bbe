package cz.planovna.analysis;

import java.util.List;

/** A row of an imported file that was not taken, with the reason as a message key and arguments. */
public record Rejection(long line, String messageKey, List<String> arguments) {

    public Rejection {
        arguments = List.copyOf(arguments);
    }

    static Rejection of(long line, String key, Object... arguments) {
        return new Rejection(
                line,
                key,
                java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }

    /** The arguments as an array for {@code #messages.msgWithParams}. */
    public Object[] argumentArray() {
        return arguments.toArray();
    }
}
