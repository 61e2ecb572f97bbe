-- Catalogue of social services: providers, services and their facilities shaped like the national
-- register (registr poskytovatelů sociálních služeb, MPSV), related services entered by hand, and
-- the log of register imports. One script for H2 2.4 and PostgreSQL 15: no vendor-specific syntax.
-- Statutory bodies and names of facility heads from the register have no column here on purpose.

-- Pooled sequences (Hibernate allocates 50 ids per call) so that the import can batch its inserts;
-- identity columns would force one round trip per row.
create sequence catalogue_provider_seq start with 1 increment by 50;
create sequence catalogue_service_seq start with 1 increment by 50;
create sequence catalogue_facility_seq start with 1 increment by 50;

-- Items of the register's code lists (service types, target groups, age groups, delivery forms),
-- upserted by every applied import and never deleted, so old services keep a readable label.
create table catalogue_code (
    code         varchar(100) not null primary key, -- the register's id, e.g. DruhSocialniSluzby/13
    code_list    varchar(60)  not null,             -- DruhSocialniSluzby, CilovaSkupinaOsoby, …
    name         varchar(500) not null,             -- Czech label as the register publishes it
    act_section  varchar(5)                         -- § of Act 108/2006 (e.g. 49, 60a); types only
);
create index ix_catalogue_code_list on catalogue_code (code_list);

create table catalogue_provider (
    id                      bigint       not null primary key,
    ico                     varchar(8),           -- null only for hand-entered organisations
    name                    varchar(500) not null,
    legal_form_code         varchar(100),         -- PravniForma/… as published, no code list yet
    seat_address            varchar(500),
    seat_municipality_code  integer      references municipality (code),
    -- the ORP of the seat, or of the provider's first service when the register gives no seat
    district_code           integer      not null references district (code),
    source                  varchar(20)  not null, -- REGISTER or MANUAL
    content_hash            varchar(64),           -- SHA-256 of the last imported content
    updated_at              timestamp with time zone not null,
    version                 bigint       default 0 not null,
    constraint uq_catalogue_provider_ico unique (ico)
);
create index ix_catalogue_provider_district on catalogue_provider (district_code);

create table catalogue_provider_contact (
    provider_id    bigint        not null references catalogue_provider (id),
    item_index     integer       not null,
    kind           varchar(10)   not null, -- WEB, EMAIL, PHONE, FAX
    contact_value  varchar(500)  not null,
    note           varchar(1000),
    primary key (provider_id, item_index)
);

create table catalogue_service (
    id               bigint        not null primary key,
    kind             varchar(20)   not null, -- SOCIAL_SERVICE (registered under the Act) or RELATED
    related_kind     varchar(30),            -- RELATED only: DEBT_COUNSELLING, FOOD_AID, …
    register_id      varchar(30),            -- the register's "identifikator"; null for RELATED
    portal_id        bigint,
    provider_id      bigint        not null references catalogue_provider (id),
    type_code        varchar(100)  references catalogue_code (code),
    name             varchar(500)  not null,
    description      varchar(20000),
    age_groups_note  varchar(2000),
    fees_note        varchar(4000),
    provided_from    date,
    provided_to      date,
    state            varchar(10)   not null, -- ACTIVE or ENDED (ended services are kept)
    ended_reason     varchar(20),            -- END_DATE_PASSED or NOT_IN_REGISTER
    district_code    integer       not null references district (code), -- the owning ORP
    content_hash     varchar(64),
    updated_at       timestamp with time zone not null,
    version          bigint        default 0 not null,
    constraint uq_catalogue_service_register unique (register_id)
);
create index ix_catalogue_service_district on catalogue_service (district_code, state);
create index ix_catalogue_service_provider on catalogue_service (provider_id);

create table catalogue_service_form (
    service_id   bigint        not null references catalogue_service (id),
    item_index   integer       not null,
    form         varchar(12)   not null, -- RESIDENTIAL, OUTPATIENT, FIELD
    form_code    varchar(100)  not null, -- FormaSocialniSluzby/pob|amb|ter
    continuous   boolean,                -- nepretrzitePoskytovani
    time_ranges  varchar(20000),         -- casoveRozsahy as published (JSON text)
    primary key (service_id, item_index)
);

create table catalogue_service_capacity (
    service_id     bigint        not null references catalogue_service (id),
    item_index     integer       not null,
    form           varchar(12)   not null,
    capacity_type  varchar(15)   not null, -- BEDS, CLIENTS, CONTACTS, INTERVENTIONS, CALLS
    amount         integer,                -- registered maximum, not free places
    note           varchar(1000),
    primary key (service_id, item_index)
);

create table catalogue_service_target_group (
    service_id  bigint        not null references catalogue_service (id),
    item_index  integer       not null,
    code        varchar(100)  not null references catalogue_code (code),
    primary key (service_id, item_index)
);
create index ix_catalogue_target_group_code on catalogue_service_target_group (code);

create table catalogue_service_age_group (
    service_id  bigint        not null references catalogue_service (id),
    item_index  integer       not null,
    code        varchar(100)  not null references catalogue_code (code),
    primary key (service_id, item_index)
);

create table catalogue_service_contact (
    service_id     bigint        not null references catalogue_service (id),
    item_index     integer       not null,
    kind           varchar(10)   not null,
    contact_value  varchar(500)  not null,
    note           varchar(1000),
    primary key (service_id, item_index)
);

-- Territory served. municipality_code null means the whole ORP.
create table catalogue_service_area (
    service_id         bigint       not null references catalogue_service (id),
    item_index         integer      not null,
    district_code      integer      not null references district (code),
    municipality_code  integer      references municipality (code),
    origin             varchar(20)  not null, -- REGISTER, FACILITY, FIELD_DISTRICT, MANUAL
    primary key (service_id, item_index)
);
create index ix_catalogue_area_municipality on catalogue_service_area (municipality_code);
create index ix_catalogue_area_district on catalogue_service_area (district_code);

create table catalogue_facility (
    id                   bigint        not null primary key,
    service_id           bigint        not null references catalogue_service (id),
    item_index           integer       not null,
    name                 varchar(500),
    street               varchar(200),
    house_number         varchar(20),
    orientation_number   varchar(20),
    address_note         varchar(500),
    address_point_code   bigint,       -- RÚIAN address point; missing for a few % in the register
    postal_code          varchar(10),
    municipality_code    integer       not null references municipality (code),
    municipality_part    varchar(200),
    city_district        varchar(200),
    district_code        integer       not null references district (code), -- ORP of the obec
    latitude             double precision,
    longitude            double precision,
    wheelchair_access    boolean,
    provided_from        date,
    provided_to          date
);
create index ix_catalogue_facility_service on catalogue_facility (service_id);
create index ix_catalogue_facility_district on catalogue_facility (district_code);

-- One row per import attempt. Progress and status are written in their own short transactions so
-- that a page can poll them while the import transaction is still open.
create table catalogue_import_run (
    id                 bigint        generated by default as identity primary key,
    file_name          varchar(1000) not null,
    file_sha256        varchar(64),
    started_at         timestamp with time zone not null,
    heartbeat_at       timestamp with time zone not null,
    finished_at        timestamp with time zone,
    status             varchar(20)   not null, -- RUNNING, APPLIED, REFUSED, FAILED
    phase              varchar(20)   not null, -- CHECKING, APPLYING, DONE
    refusal_reason     varchar(40),
    refusal_detail     varchar(2000),
    refusal_line       integer,                -- where reading the file stopped
    refusal_column     integer,
    records_total      integer       default 0 not null,
    records_processed  integer       default 0 not null,
    records_accepted   integer       default 0 not null,
    records_rejected   integer       default 0 not null,
    records_unchanged  integer       default 0 not null,
    services_new       integer       default 0 not null,
    services_changed   integer       default 0 not null,
    services_ended     integer       default 0 not null,
    warnings           integer       default 0 not null
);
create index ix_catalogue_import_run_started on catalogue_import_run (started_at);

create table catalogue_import_issue (
    run_id           bigint        not null references catalogue_import_run (id),
    item_index       integer       not null,
    record_position  integer,               -- 1-based position in "polozky"; null for the whole file
    identifier       varchar(100),
    severity         varchar(10)   not null, -- REJECTED or WARNING
    reason           varchar(40)   not null,
    detail           varchar(2000),
    primary key (run_id, item_index)
);

-- The diff of an applied import, per ORP: written in the import transaction, so it exists exactly
-- when the changes do.
create table catalogue_import_change (
    run_id         bigint        not null references catalogue_import_run (id),
    district_code  integer       not null references district (code),
    identifier     varchar(30)   not null,
    change_type    varchar(10)   not null, -- NEW, CHANGED, ENDED
    service_name   varchar(500)  not null,
    primary key (run_id, district_code, identifier)
);

-- A single row locked by the import transaction: two imports never apply at the same time.
create table catalogue_import_lock (
    id         integer  not null primary key,
    locked_by  bigint
);
insert into catalogue_import_lock (id, locked_by) values (1, null);
