package cz.planovna.survey;

import java.util.List;

/** A message key with its arguments, shown next to a question. */
public record Problem(String key, List<Object> args) {

    static Problem of(String key, Object... args) {
        return new Problem(key, List.of(args));
    }

    public Object[] arguments() {
        return args.toArray();
    }
}
