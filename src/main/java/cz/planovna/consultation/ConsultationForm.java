package cz.planovna.consultation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.springframework.validation.Errors;

/**
 * The coordinator's form of a consultation, separate from the entity; fields kept as typed.
 * {@code document} is "PLAN:planId" or "ACTION_PLAN:planId:actionPlanId".
 */
class ConsultationForm {

    private String document = "";
    private String title = "";
    private String opensOn = "";
    private String closesOn = "";
    private boolean anonymousAllowed;
    private String intro = "";
    private String consentText = "";
    private boolean planToCommenting;
    private long version;

    static ConsultationForm empty(String defaultConsent) {
        ConsultationForm f = new ConsultationForm();
        f.consentText = defaultConsent;
        return f;
    }

    static ConsultationForm of(ConsultationView v) {
        ConsultationForm f = new ConsultationForm();
        f.document = v.documentKind() == DocumentKind.PLAN
                ? "PLAN:" + v.planId()
                : "ACTION_PLAN:" + v.planId() + ":" + v.documentId();
        f.title = v.title();
        f.opensOn = v.opensOn().toString();
        f.closesOn = v.closesOn().toString();
        f.anonymousAllowed = v.anonymousAllowed();
        f.intro = v.intro() == null ? "" : v.intro();
        f.consentText = v.consentText();
        f.version = v.version();
        return f;
    }

    void validate(Errors errors) {
        if (parsedDocument().isEmpty()) {
            errors.rejectValue("document", "consultation.validation.document.required");
        }
        if (title.isBlank()) {
            errors.rejectValue("title", "consultation.validation.title.required");
        } else if (title.strip().length() > Consultation.TITLE_MAX) {
            errors.rejectValue(
                    "title", "consultation.validation.text.long", new Object[] {Consultation.TITLE_MAX}, null);
        }
        Optional<LocalDate> opens = date(opensOn);
        Optional<LocalDate> closes = date(closesOn);
        if (opensOn.isBlank()) {
            errors.rejectValue("opensOn", "consultation.validation.opensOn.required");
        } else if (opens.isEmpty()) {
            errors.rejectValue("opensOn", "consultation.validation.date");
        }
        if (closesOn.isBlank()) {
            errors.rejectValue("closesOn", "consultation.validation.closesOn.required");
        } else if (closes.isEmpty()) {
            errors.rejectValue("closesOn", "consultation.validation.date");
        } else if (opens.isPresent() && !closes.get().isAfter(opens.get())) {
            errors.rejectValue("closesOn", "consultation.validation.closesOn.beforeOpening");
        }
        if (intro.strip().length() > Consultation.TEXT_MAX) {
            errors.rejectValue(
                    "intro", "consultation.validation.text.long", new Object[] {Consultation.TEXT_MAX}, null);
        }
        if (consentText.isBlank()) {
            errors.rejectValue("consentText", "consultation.validation.consent.required");
        } else if (consentText.strip().length() > Consultation.TEXT_MAX) {
            errors.rejectValue(
                    "consentText", "consultation.validation.text.long", new Object[] {Consultation.TEXT_MAX}, null);
        }
    }

    ConsultationInput toInput() {
        String[] parts = parsedDocument().orElseThrow();
        DocumentKind kind = DocumentKind.valueOf(parts[0]);
        return new ConsultationInput(
                kind,
                Long.parseLong(parts[1]),
                kind == DocumentKind.ACTION_PLAN ? Long.parseLong(parts[2]) : null,
                title.strip(),
                date(opensOn).orElseThrow(),
                date(closesOn).orElseThrow(),
                anonymousAllowed,
                intro,
                consentText,
                planToCommenting);
    }

    private Optional<String[]> parsedDocument() {
        String[] parts = document.strip().split(":");
        try {
            if (parts.length == 2 && parts[0].equals("PLAN")) {
                Long.parseLong(parts[1]);
                return Optional.of(parts);
            }
            if (parts.length == 3 && parts[0].equals("ACTION_PLAN")) {
                Long.parseLong(parts[1]);
                Long.parseLong(parts[2]);
                return Optional.of(parts);
            }
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** A date from an input type=date (ISO) or typed Czech ("5. 3. 2027"); empty when unreadable. */
    static Optional<LocalDate> date(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        try {
            return Optional.of(LocalDate.parse(t));
        } catch (DateTimeParseException e) {
            String[] parts = t.replace(" ", "").split("\\.");
            if (parts.length == 3) {
                try {
                    return Optional.of(LocalDate.of(
                            Integer.parseInt(parts[2]), Integer.parseInt(parts[1]), Integer.parseInt(parts[0])));
                } catch (RuntimeException ignored) {
                    return Optional.empty();
                }
            }
            return Optional.empty();
        }
    }

    public String getDocument() {
        return document;
    }

    public void setDocument(String document) {
        this.document = document == null ? "" : document;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title == null ? "" : title;
    }

    public String getOpensOn() {
        return opensOn;
    }

    public void setOpensOn(String opensOn) {
        this.opensOn = opensOn == null ? "" : opensOn;
    }

    public String getClosesOn() {
        return closesOn;
    }

    public void setClosesOn(String closesOn) {
        this.closesOn = closesOn == null ? "" : closesOn;
    }

    public boolean isAnonymousAllowed() {
        return anonymousAllowed;
    }

    public void setAnonymousAllowed(boolean anonymousAllowed) {
        this.anonymousAllowed = anonymousAllowed;
    }

    public String getIntro() {
        return intro;
    }

    public void setIntro(String intro) {
        this.intro = intro == null ? "" : intro;
    }

    public String getConsentText() {
        return consentText;
    }

    public void setConsentText(String consentText) {
        this.consentText = consentText == null ? "" : consentText;
    }

    public boolean isPlanToCommenting() {
        return planToCommenting;
    }

    public void setPlanToCommenting(boolean planToCommenting) {
        this.planToCommenting = planToCommenting;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
