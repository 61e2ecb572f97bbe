package cz.planovna.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;

/** Unit tests: the state from the dates, the plain-text rules, the rate limit, the comment form. */
class ConsultationRulesTest {

    static final LocalDate OPENS = LocalDate.of(2027, 3, 1);
    static final LocalDate CLOSES = LocalDate.of(2027, 3, 31);

    @Test
    void stateFollowsTheDatesBothDaysIncluded() {
        assertThat(ConsultationState.of(OPENS, CLOSES, null, LocalDate.of(2027, 2, 28)))
                .isEqualTo(ConsultationState.PREPARED);
        assertThat(ConsultationState.of(OPENS, CLOSES, null, OPENS)).isEqualTo(ConsultationState.OPEN);
        assertThat(ConsultationState.of(OPENS, CLOSES, null, LocalDate.of(2027, 3, 15)))
                .isEqualTo(ConsultationState.OPEN);
        assertThat(ConsultationState.of(OPENS, CLOSES, null, CLOSES)).isEqualTo(ConsultationState.OPEN);
        assertThat(ConsultationState.of(OPENS, CLOSES, null, LocalDate.of(2027, 4, 1)))
                .isEqualTo(ConsultationState.CLOSED);
        assertThat(ConsultationState.of(OPENS, CLOSES, Instant.parse("2027-04-20T10:00:00Z"), LocalDate.of(2027, 5, 1)))
                .isEqualTo(ConsultationState.SETTLED);
        assertThat(ConsultationState.PREPARED.isPublic()).isFalse();
        assertThat(ConsultationState.CLOSED.isPublic()).isTrue();
    }

    @Test
    void textIsCleanedAndCheckedAsPlainText() {
        assertThat(CommentText.clean("  a\r\nb\u0000c\u202Ed\t ")).isEqualTo("a\nbcd");
        assertThat(CommentText.check("")).isEqualTo(CommentText.Problem.REQUIRED);
        assertThat(CommentText.check("<script>alert('x')</script>")).isEqualTo(CommentText.Problem.MARKUP_ONLY);
        assertThat(CommentText.check("<b></b>&nbsp;<br/>")).isEqualTo(CommentText.Problem.MARKUP_ONLY);
        assertThat(CommentText.check("<b>Chybí</b> služba")).isEqualTo(CommentText.Problem.NONE);
        assertThat(CommentText.check("Výsledek 3 < 5 a 7 > 2")).isEqualTo(CommentText.Problem.NONE);
        assertThat(CommentText.check("ř".repeat(4000))).isEqualTo(CommentText.Problem.NONE);
        assertThat(CommentText.check("ř".repeat(4001))).isEqualTo(CommentText.Problem.TOO_LONG);
        // a character outside the BMP counts once
        assertThat(CommentText.length("😀")).isEqualTo(1);
    }

    @Test
    void rateLimitRefusesFromTheLimitOn() {
        assertThat(CommentRateLimit.exceeded(9, 10)).isFalse();
        assertThat(CommentRateLimit.exceeded(10, 10)).isTrue();
        assertThat(CommentRateLimit.hash("10.0.0.1")).hasSize(64).isEqualTo(CommentRateLimit.hash(" 10.0.0.1 "));
        assertThat(CommentRateLimit.hash("10.0.0.1")).isNotEqualTo(CommentRateLimit.hash("10.0.0.2"));
        assertThat(CommentRateLimit.hash(null)).isNull();
    }

    @Test
    void commentFormRequiresNameAndEmailUnlessAnonymous() {
        CommentForm form = new CommentForm();
        form.setText("Připomínka");
        form.setConsent(true);
        var errors = new BeanPropertyBindingResult(form, "commentForm");
        form.validate(errors, false);
        assertThat(errors.getFieldErrors()).extracting(e -> e.getField()).containsExactlyInAnyOrder("name", "email");

        var anonymous = new BeanPropertyBindingResult(form, "commentForm");
        form.validate(anonymous, true);
        assertThat(anonymous.hasErrors()).isFalse();
        assertThat(form.toInput().name()).isNull();
        assertThat(form.toInput().targetNodeId()).isNull();

        form.setEmail("Jana@Example.CZ ");
        form.setTarget("42");
        assertThat(form.toInput().email()).isEqualTo("jana@example.cz");
        assertThat(form.toInput().targetNodeId()).isEqualTo(42L);

        form.setTarget("x");
        var badTarget = new BeanPropertyBindingResult(form, "commentForm");
        form.validate(badTarget, true);
        assertThat(badTarget.getFieldErrors("target")).hasSize(1);
    }

    @Test
    void consultationFormChecksDatesAndDocument() {
        ConsultationForm form = ConsultationForm.empty("Souhlas");
        form.setDocument("ACTION_PLAN:3:7");
        form.setTitle("Akční plán");
        form.setOpensOn("1. 3. 2027");
        form.setClosesOn("2027-03-01");
        var errors = new BeanPropertyBindingResult(form, "consultationForm");
        form.validate(errors);
        assertThat(errors.getFieldErrors()).extracting(e -> e.getField()).containsExactly("closesOn");
        form.setClosesOn("31. 3. 2027");
        var ok = new BeanPropertyBindingResult(form, "consultationForm");
        form.validate(ok);
        assertThat(ok.hasErrors()).isFalse();
        ConsultationInput input = form.toInput();
        assertThat(input.documentKind()).isEqualTo(DocumentKind.ACTION_PLAN);
        assertThat(input.planId()).isEqualTo(3);
        assertThat(input.documentId()).isEqualTo(7);
        assertThat(input.opensOn()).isEqualTo(OPENS);

        form.setDocument("PLAN:abc");
        var bad = new BeanPropertyBindingResult(form, "consultationForm");
        form.validate(bad);
        assertThat(bad.getFieldErrors("document")).hasSize(1);
    }
}
