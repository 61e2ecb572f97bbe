package cz.planovna.survey;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SurveyRepository extends JpaRepository<Survey, Long> {

    Optional<Survey> findByIdAndDistrictCode(long id, int districtCode);

    Page<Survey> findByDistrictCode(int districtCode, Pageable page);

    Optional<Survey> findByPublicToken(String publicToken);

    boolean existsByDistrictCodeAndTitle(int districtCode, String title);
}

interface SurveyQuestionRepository extends JpaRepository<SurveyQuestion, Long> {

    List<SurveyQuestion> findBySurveyIdOrderByPositionAsc(long surveyId);

    Optional<SurveyQuestion> findByIdAndSurveyId(long id, long surveyId);

    @Query("select coalesce(max(q.position), 0) from SurveyQuestion q where q.surveyId = ?1")
    int maxPosition(long surveyId);

    boolean existsByConditionQuestionId(long questionId);
}

interface SurveyInvitationRepository extends JpaRepository<SurveyInvitation, Long> {

    Optional<SurveyInvitation> findByTokenHash(String tokenHash);

    List<SurveyInvitation> findBySurveyIdOrderByEmailAsc(long surveyId);

    boolean existsBySurveyIdAndEmail(long surveyId, String email);
}

interface SurveyResponseRepository extends JpaRepository<SurveyResponse, Long> {

    Optional<SurveyResponse> findByInvitationId(long invitationId);

    Optional<SurveyResponse> findByResumeHashAndSurveyId(String resumeHash, long surveyId);

    long countBySurveyId(long surveyId);

    long countBySurveyIdAndSubmittedTrue(long surveyId);
}
