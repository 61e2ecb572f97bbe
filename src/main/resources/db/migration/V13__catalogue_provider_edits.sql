-- Provider self-service: proposals of a provider editor (IČO) and the approved override layer.
-- The override is stored apart from the register's values (catalogue_service keeps them), so a
-- re-import never overwrites an approved edit; the register's values at approval are kept to tell
-- the coordinator when the register changed a field since.
create sequence catalogue_override_seq start with 1 increment by 50;
create sequence catalogue_proposal_seq start with 1 increment by 50;

create table catalogue_service_override (
    id                 bigint         not null primary key,
    description        varchar(4000),
    fees_note          varchar(2000),
    opening_hours      varchar(1000),
    phone              varchar(40),
    email              varchar(254),
    web                varchar(300),
    reg_description    varchar(20000),
    reg_fees_note      varchar(4000),
    reg_opening_hours  varchar(1000),
    reg_phone          varchar(500),
    reg_email          varchar(500),
    reg_web            varchar(500),
    approved_at        timestamp with time zone not null,
    approved_by        varchar(200)   not null,
    version            bigint         default 0 not null
);

alter table catalogue_service add column override_id bigint references catalogue_service_override (id);

create table catalogue_edit_proposal (
    id                 bigint         not null primary key,
    service_id         bigint         not null references catalogue_service (id),
    district_code      integer        not null references district (code),
    provider_ico       varchar(8)     not null,
    state              varchar(20)    not null, -- PENDING, APPROVED, REJECTED, SUPERSEDED
    description        varchar(4000),
    fees_note          varchar(2000),
    opening_hours      varchar(1000),
    phone              varchar(40),
    email              varchar(254),
    web                varchar(300),
    was_description    varchar(20000),
    was_fees_note      varchar(4000),
    was_opening_hours  varchar(1000),
    was_phone          varchar(500),
    was_email          varchar(500),
    was_web            varchar(500),
    proposed_by_id     bigint         not null,
    proposed_by_name   varchar(200)   not null,
    proposed_by_email  varchar(254)   not null,
    proposed_at        timestamp with time zone not null,
    decided_by         varchar(200),
    decided_at         timestamp with time zone,
    reason             varchar(2000),
    version            bigint         default 0 not null
);
create index ix_catalogue_proposal_district on catalogue_edit_proposal (district_code, state);
create index ix_catalogue_proposal_service on catalogue_edit_proposal (service_id);
