package cz.planovna.survey;

import cz.planovna.identity.TerritoryAccess.Action;
import cz.planovna.shared.mail.Mailer;
import cz.planovna.shared.mail.OutgoingMail;
import cz.planovna.shared.web.FormRejectedException;
import cz.planovna.shared.web.StaleEditException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal invitations to a (non-anonymous) survey: one e-mail per address with a one-time link,
 * and reminders to those who have not submitted — at most one per invitee per day, however often
 * the button is pressed.
 */
@Service
@Transactional
public class SurveyInvitations {

    static final int MAX_PER_BATCH = 500;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+$");

    private final SurveyInvitationRepository invitations;
    private final SurveyResponseRepository responses;
    private final SurveyBuilder builder;
    private final SurveyAccess access;
    private final Mailer mailer;
    private final MessageSource messages;
    private final cz.planovna.shared.format.CzechFormats fmt;

    SurveyInvitations(
            SurveyInvitationRepository invitations,
            SurveyResponseRepository responses,
            SurveyBuilder builder,
            SurveyAccess access,
            Mailer mailer,
            MessageSource messages,
            cz.planovna.shared.format.CzechFormats fmt) {
        this.fmt = fmt;
        this.invitations = invitations;
        this.responses = responses;
        this.builder = builder;
        this.access = access;
        this.mailer = mailer;
        this.messages = messages;
    }

    /** Invites every new address of the text (one per line, or separated by commas/semicolons); returns how many. */
    int invite(int code, long id, String addresses, long version) {
        access.check(code, Action.EDIT_PLANNING);
        Survey survey = builder.find(code, id);
        if (survey.version() != version) {
            throw new StaleEditException(survey.title(), null, null, SurveyUrls.builder(code, id), false);
        }
        if (survey.anonymous()) {
            throw new FormRejectedException("emails", "survey.validation.invite.anonymous");
        }
        if (survey.state() == SurveyState.CLOSED) {
            throw new FormRejectedException("emails", "survey.validation.invite.closed");
        }
        Set<String> emails = new LinkedHashSet<>();
        List<String> wrong = new ArrayList<>();
        for (String part : (addresses == null ? "" : addresses).split("[\\s,;]+")) {
            String e = part.strip().toLowerCase(Locale.ROOT);
            if (e.isEmpty()) {
                continue;
            }
            if (e.length() > 254 || !EMAIL.matcher(e).matches()) {
                wrong.add(part.strip());
            } else {
                emails.add(e);
            }
        }
        if (!wrong.isEmpty()) {
            throw new FormRejectedException("emails", "survey.validation.invite.wrong");
        }
        if (emails.isEmpty()) {
            throw new FormRejectedException("emails", "survey.validation.invite.none");
        }
        if (emails.size() > MAX_PER_BATCH) {
            throw new FormRejectedException("emails", "survey.validation.invite.many");
        }
        int sent = 0;
        for (String email : emails) {
            if (invitations.existsBySurveyIdAndEmail(id, email)) {
                continue;
            }
            String token = Tokens.fresh();
            invitations.save(new SurveyInvitation(id, email, Tokens.hash(token), builder.now()));
            mailer.sendAfterCommit(mail("survey-invitation", "survey.mail.invitation", email, survey, token));
            sent++;
        }
        builder.audit(survey, "survey.audit.invited", String.valueOf(sent));
        return sent;
    }

    /**
     * Reminds invitees without a submitted response; a new one-time link replaces the old one (only
     * hashes are stored, so the old link cannot be sent again). Returns how many were reminded.
     */
    int remind(int code, long id) {
        access.check(code, Action.EDIT_PLANNING);
        Survey survey = builder.find(code, id);
        if (survey.state() != SurveyState.OPEN) {
            throw new SurveyRefusedException("survey.validation.remind.notOpen", SurveyUrls.builder(code, id));
        }
        LocalDate today = LocalDate.ofInstant(builder.now(), cz.planovna.shared.format.CzechFormats.PRAGUE);
        int sent = 0;
        for (SurveyInvitation invitation : invitations.findBySurveyIdOrderByEmailAsc(id)) {
            if (today.equals(invitation.remindedOn())) {
                continue;
            }
            var response = responses.findByInvitationId(invitation.id());
            if (response.isPresent() && response.get().submitted()) {
                continue;
            }
            String token = Tokens.fresh();
            invitation.reissue(Tokens.hash(token));
            invitation.reminded(today);
            mailer.sendAfterCommit(mail("survey-reminder", "survey.mail.reminder", invitation.email(), survey, token));
            sent++;
        }
        builder.audit(survey, "survey.audit.reminded", String.valueOf(sent));
        return sent;
    }

    private OutgoingMail mail(String purpose, String key, String to, Survey survey, String token) {
        Locale locale = LocaleContextHolder.getLocale();
        SurveyView s = survey.toView();
        String closes = s.closesAt() == null
                ? ""
                : messages.getMessage("survey.mail.closes", new Object[] {fmt.dateTime(s.closesAt())}, locale);
        String subject = messages.getMessage(key + ".subject", new Object[] {s.title()}, locale);
        String text = messages.getMessage(
                key + ".text", new Object[] {s.title(), mailer.link(SurveyUrls.invitation(token)), closes}, locale);
        return OutgoingMail.of(purpose, to, subject, text);
    }
}
