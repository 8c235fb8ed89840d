-- Achievements (业绩, PRODUCT.md T5) and training hours (T2.5) on the profile, owned by the case file (issue 15);
-- documents attach to them like to any profile item. Frozen with each submission as JSON (casefile_case_record).
create table casefile_achievement (
    id                 bigserial primary key,
    owner_account_id   bigint        not null,
    kind               varchar(30)   not null check (kind in ('PATENT', 'RESEARCH', 'COMPETITION', 'INNOVATION',
                                                             'PRODUCTION_PROBLEM', 'PRODUCT_QUALITY', 'APPRENTICES')),
    achieved_on        date          not null,
    description        varchar(2000) not null,
    apprentice_names   varchar(500),
    apprentice_from    date,
    apprentice_to      date,
    apprentice_outcome varchar(500),
    created_at         timestamptz   not null,
    removed_at         timestamptz
);
create index casefile_achievement_owner on casefile_achievement (owner_account_id);

create table casefile_training (
    id               bigserial primary key,
    owner_account_id bigint       not null,
    year             int          not null check (year between 1950 and 2200),
    course           varchar(200) not null,
    provider         varchar(200) not null,
    hours            numeric(6, 1) not null check (hours > 0 and hours <= 2000),
    created_at       timestamptz  not null,
    removed_at       timestamptz
);
create index casefile_training_owner on casefile_training (owner_account_id);

create table casefile_case_record (
    case_number   varchar(40) not null,
    submission_no int         not null,
    achievements  text        not null,
    training      text        not null,
    frozen_at     timestamptz not null,
    primary key (case_number, submission_no)
);
