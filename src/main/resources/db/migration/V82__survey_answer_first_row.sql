-- Survey statistics (issue 8): the first answer row of each (response, question) carries
-- first_row = true, so "how many respondents answered question Q" is a plain count of those rows
-- (multiple choice, matrices and rankings write several rows per respondent and needed a
-- DISTINCT (question, response) before). SurveyAnswering.replaceAnswers sets the flag on write;
-- existing answers are backfilled here (the row with the lowest id per response and question).
alter table survey_answer add column first_row boolean default false not null;

update survey_answer set first_row = true
where id in (select min(id) from survey_answer group by response_id, question_id);
