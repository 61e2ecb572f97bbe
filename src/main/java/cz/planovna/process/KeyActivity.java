package cz.planovna.process;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.regex.Pattern;

/** A key activity (KA1–KA5) of a grant project: what is done and what comes out of it. */
@Embeddable
class KeyActivity {

    static final Pattern CODE = Pattern.compile("KA[1-5]");
    static final int TEXT_MAX = 2000;

    @Column(name = "code")
    private String code;

    @Column(name = "description")
    private String description;

    @Column(name = "outputs")
    private String outputs;

    protected KeyActivity() {}

    KeyActivity(String code, String description, String outputs) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("not a key activity code: " + code);
        }
        this.code = code;
        this.description = Texts.required(description, TEXT_MAX, "description");
        this.outputs = Texts.optional(outputs, TEXT_MAX, "outputs");
    }

    String code() {
        return code;
    }

    KeyActivityView toView() {
        return new KeyActivityView(code, description, outputs);
    }
}
