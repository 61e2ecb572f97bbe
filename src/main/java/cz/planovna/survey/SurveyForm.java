package cz.planovna.survey;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** The settings form of a survey; dates as the browser's datetime-local fields send them (Prague time). */
public record SurveyForm(
        @NotBlank(message = "{survey.validation.title.required}")
        @Size(max = Survey.TITLE_MAX, message = "{survey.validation.title.long}")
        String title,

        @Size(max = Survey.INTRO_MAX, message = "{survey.validation.intro.long}")
        String intro,

        @Size(max = Survey.AUDIENCE_MAX, message = "{survey.validation.audience.long}")
        String audience,

        Boolean anonymous,
        String opensAt,
        String closesAt,
        long version) {

    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    static SurveyForm empty() {
        return new SurveyForm("", "", "", true, "", "", 0);
    }

    static SurveyForm of(SurveyView s) {
        return new SurveyForm(
                s.title(),
                s.intro() == null ? "" : s.intro(),
                s.audience() == null ? "" : s.audience(),
                s.anonymous(),
                local(s.opensAt()),
                local(s.closesAt()),
                s.version());
    }

    public boolean isAnonymous() {
        return Boolean.TRUE.equals(anonymous);
    }

    static String local(Instant i) {
        return i == null ? "" : LOCAL.format(LocalDateTime.ofInstant(i, cz.planovna.shared.format.CzechFormats.PRAGUE));
    }
}
