package cz.planovna.consultation;

import java.util.regex.Pattern;
import org.springframework.validation.Errors;

/**
 * The public comment form, separate from the entity. Everything is kept as typed, so a refused
 * comment comes back with the user's text; {@link #validate} checks the shape and {@link #toInput}
 * turns it into the service's input (the text cleaned, empty name and e-mail as null).
 */
class CommentForm {

    static final Pattern EMAIL_SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private String target = ConsultationQueries.WHOLE;
    private String text = "";
    private String name = "";
    private String email = "";
    private boolean showName;
    private boolean consent;

    void validate(Errors errors, boolean anonymousAllowed) {
        String cleaned = CommentText.clean(text);
        switch (CommentText.check(cleaned)) {
            case REQUIRED -> errors.rejectValue("text", "consultation.comment.validation.text.required");
            case TOO_LONG ->
                errors.rejectValue(
                        "text",
                        "consultation.comment.validation.text.long",
                        new Object[] {CommentText.MAX, CommentText.length(cleaned)},
                        null);
            case MARKUP_ONLY -> errors.rejectValue("text", "consultation.comment.validation.text.markup");
            case NONE -> {}
        }
        if (!target.isBlank() && !ConsultationQueries.WHOLE.equals(target) && nodeId() == null) {
            errors.rejectValue("target", "consultation.comment.validation.target");
        }
        String n = name.strip();
        if (n.isEmpty() && !anonymousAllowed) {
            errors.rejectValue("name", "consultation.comment.validation.name.required");
        } else if (n.length() > ConsultationComment.NAME_MAX) {
            errors.rejectValue(
                    "name",
                    "consultation.comment.validation.name.long",
                    new Object[] {ConsultationComment.NAME_MAX},
                    null);
        }
        String e = email.strip();
        if (e.isEmpty()) {
            if (!anonymousAllowed) {
                errors.rejectValue("email", "consultation.comment.validation.email.required");
            }
        } else if (e.length() > ConsultationComment.EMAIL_MAX
                || !EMAIL_SHAPE.matcher(e).matches()) {
            errors.rejectValue("email", "consultation.comment.validation.email.invalid");
        }
        if (showName && n.isEmpty() && anonymousAllowed) {
            errors.rejectValue("showName", "consultation.comment.validation.showName");
        }
        if (!consent) {
            errors.rejectValue("consent", "consultation.comment.validation.consent");
        }
    }

    CommentInput toInput() {
        String n = name.strip();
        String e = email.strip().toLowerCase(java.util.Locale.ROOT);
        return new CommentInput(
                nodeId(),
                CommentText.clean(text),
                n.isEmpty() ? null : n,
                e.isEmpty() ? null : e,
                showName && !n.isEmpty());
    }

    private Long nodeId() {
        if (target == null || target.isBlank() || ConsultationQueries.WHOLE.equals(target)) {
            return null;
        }
        try {
            return Long.parseLong(target.strip());
        } catch (NumberFormatException ex) {
            return null;
        }
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target == null ? "" : target;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text == null ? "" : text;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? "" : name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null ? "" : email;
    }

    public boolean isShowName() {
        return showName;
    }

    public void setShowName(boolean showName) {
        this.showName = showName;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }
}
