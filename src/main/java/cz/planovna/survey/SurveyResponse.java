package cz.planovna.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One respondent's answers: saved (resumable) until submitted, then final. Holds no IP address and
 * no account; a personal one points to its invitation, an anonymous one only to the hash of its
 * resume token.
 */
@Entity
@Table(name = "survey_response")
class SurveyResponse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "survey_id")
    private long surveyId;

    @Column(name = "invitation_id")
    private Long invitationId;

    @Column(name = "resume_hash")
    private String resumeHash;

    private boolean submitted;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    private boolean illustrative;

    @Version
    private long version;

    protected SurveyResponse() {}

    SurveyResponse(long surveyId, Long invitationId, String resumeHash, Instant now) {
        this.surveyId = surveyId;
        this.invitationId = invitationId;
        this.resumeHash = resumeHash;
        this.updatedAt = now;
    }

    void touch(Instant now) {
        this.updatedAt = now;
    }

    void submit(Instant now) {
        this.submitted = true;
        this.submittedAt = now;
        this.updatedAt = now;
        // a submitted response cannot be resumed
        this.resumeHash = null;
    }

    void markIllustrative() {
        this.illustrative = true;
    }

    void resumableBy(String hash) {
        this.resumeHash = hash;
    }

    Long id() {
        return id;
    }

    long surveyId() {
        return surveyId;
    }

    boolean submitted() {
        return submitted;
    }
}
