-- Process: members who want a weekly digest of their group (upcoming meetings, new minutes, their
-- open tasks), and the day the last one went out, so a repeated job sends one per week.
alter table group_member add column wants_digest boolean default false not null;
alter table group_member add column last_digest_on date;
