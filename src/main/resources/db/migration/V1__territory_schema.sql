-- Territory: kraje (regions), ORP (districts) and obce (municipalities), keyed by their ČSÚ codes.
create table region (
    code          integer      not null primary key, -- ČSÚ číselník 100, e.g. 3034 Jihočeský kraj
    name          varchar(100) not null,
    abbreviation  varchar(5)   not null,
    nuts_code     varchar(10)  not null,
    ruian_code    integer      not null
);

create table district (
    code                    integer      not null primary key, -- ČSÚ číselník 65, e.g. 3108 Písek
    name                    varchar(100) not null,
    region_code             integer      not null references region (code),
    ruian_code              integer      not null,
    seat_municipality_code  integer      not null,
    planning_active         boolean      default false not null,
    version                 bigint       default 0 not null
);
create index ix_district_region on district (region_code);

create table municipality (
    code           integer      not null primary key, -- ČSÚ číselník 43 = RÚIAN kód obce
    name           varchar(100) not null,
    search_key     varchar(100) not null, -- lower case without diacritics, for searching
    type           varchar(30)  not null,
    district_code  integer      not null references district (code),
    okres_name     varchar(100) not null,
    okres_lau_code varchar(10)  not null
);
create index ix_municipality_district on municipality (district_code);
create index ix_municipality_search on municipality (search_key);
