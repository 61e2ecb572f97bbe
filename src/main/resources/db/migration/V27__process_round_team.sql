-- Process: who runs a planning round — the coordinator (public contact) and the realisation team.
alter table planning_round add column coordinator_name varchar(200);
alter table planning_round add column coordinator_email varchar(254);
alter table planning_round add column coordinator_phone varchar(40);

create table round_team_member (
    round_id        bigint        not null references planning_round (id),
    ordinal         integer       not null,
    full_name       varchar(200)  not null,
    team_role       varchar(200),
    constraint pk_round_team_member primary key (round_id, ordinal)
);
