-- Evaluation of the planning process through a participants' questionnaire (survey module): an
-- evaluation may link one questionnaire of its ORP; deleting the questionnaire drops the link.
-- H2 2.4 and PostgreSQL 15.

alter table evaluation add column survey_id bigint;
alter table evaluation add constraint fk_evaluation_survey foreign key (survey_id) references survey (id) on delete set null;
