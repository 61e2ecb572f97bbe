-- Process: when the reminder of a meeting (one day before) and of a task (due tomorrow) went out,
-- so a restarted or repeated job never mails twice. H2 2.4 and PostgreSQL 15.
alter table meeting add column reminder_sent_at timestamp with time zone;
alter table meeting_task add column reminder_sent_at timestamp with time zone;
