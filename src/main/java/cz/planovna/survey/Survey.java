package cz.planovna.survey;

import cz.planovna.shared.TerritoryRef;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A questionnaire of an ORP. Its public token is the address of the anonymous link. */
@Entity
@Table(name = "survey")
class Survey {

    static final int TITLE_MAX = 200;
    static final int INTRO_MAX = 5000;
    static final int AUDIENCE_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "district_code")
    private int districtCode;

    @Column(name = "region_code")
    private int regionCode;

    private String title;
    private String intro;
    private String audience;
    private boolean anonymous;

    @Column(name = "opens_at")
    private Instant opensAt;

    @Column(name = "closes_at")
    private Instant closesAt;

    @Enumerated(EnumType.STRING)
    private SurveyState state;

    @Column(name = "public_token")
    private String publicToken;

    private boolean illustrative;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected Survey() {}

    Survey(TerritoryRef orp, SurveySettings settings, String publicToken, Instant now) {
        if (!orp.isDistrict()) {
            throw new IllegalArgumentException("a survey belongs to an ORP: " + orp);
        }
        this.districtCode = orp.code();
        this.regionCode = orp.regionCode();
        this.publicToken = publicToken;
        this.state = SurveyState.DRAFT;
        this.createdAt = now;
        change(settings, now);
    }

    void change(SurveySettings s, Instant now) {
        this.title = s.title().strip();
        this.intro = blankToNull(s.intro());
        this.audience = blankToNull(s.audience());
        this.anonymous = s.anonymous();
        this.opensAt = s.opensAt();
        this.closesAt = s.closesAt();
        this.updatedAt = now;
    }

    void moveTo(SurveyState next, Instant now) {
        this.state = next;
        this.updatedAt = now;
    }

    void markIllustrative() {
        this.illustrative = true;
    }

    /** Open and within its dates: respondents may answer now. */
    boolean acceptsAnswers(Instant now) {
        return state == SurveyState.OPEN
                && (opensAt == null || !now.isBefore(opensAt))
                && (closesAt == null || now.isBefore(closesAt));
    }

    boolean notYetOpen(Instant now) {
        return state == SurveyState.DRAFT || (opensAt != null && now.isBefore(opensAt));
    }

    Long id() {
        return id;
    }

    int districtCode() {
        return districtCode;
    }

    String title() {
        return title;
    }

    boolean anonymous() {
        return anonymous;
    }

    SurveyState state() {
        return state;
    }

    String publicToken() {
        return publicToken;
    }

    long version() {
        return version;
    }

    SurveyView toView() {
        return new SurveyView(
                id,
                districtCode,
                title,
                intro,
                audience,
                anonymous,
                opensAt,
                closesAt,
                state,
                publicToken,
                illustrative,
                updatedAt,
                version);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
