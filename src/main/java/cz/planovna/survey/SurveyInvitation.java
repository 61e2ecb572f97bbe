package cz.planovna.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A personal invitation; only the hash of its one-time token is stored. */
@Entity
@Table(name = "survey_invitation")
class SurveyInvitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "survey_id")
    private long surveyId;

    private String email;

    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "reminded_on")
    private LocalDate remindedOn;

    protected SurveyInvitation() {}

    SurveyInvitation(long surveyId, String email, String tokenHash, Instant now) {
        this.surveyId = surveyId;
        this.email = email;
        this.tokenHash = tokenHash;
        this.createdAt = now;
    }

    Long id() {
        return id;
    }

    long surveyId() {
        return surveyId;
    }

    String email() {
        return email;
    }

    LocalDate remindedOn() {
        return remindedOn;
    }

    void reissue(String tokenHash) {
        this.tokenHash = tokenHash;
    }

    void reminded(LocalDate day) {
        this.remindedOn = day;
    }

    Instant createdAt() {
        return createdAt;
    }
}
