-- The case file (issue 15): documents on profile items, their versions (never changed once written), their content
-- (stored here unless app.casefile.storage=filesystem) and the documents frozen with each submission of a case.
create table casefile_document (
    id               bigserial primary key,
    owner_account_id bigint       not null,
    item_kind        varchar(20)  not null,
    item_key         varchar(60)  not null,
    created_at       timestamptz  not null,
    removed_at       timestamptz
);
create index casefile_document_owner on casefile_document (owner_account_id, item_kind, item_key);

create table casefile_version (
    id           bigserial primary key,
    document_id  bigint       not null references casefile_document (id),
    version_no   int          not null,
    file_name    varchar(120) not null,
    content_type varchar(20)  not null check (content_type in ('application/pdf', 'image/jpeg', 'image/png')),
    size_bytes   bigint       not null check (size_bytes > 0),
    sha256       char(64)     not null,
    uploaded_by  varchar(100) not null,
    uploaded_at  timestamptz  not null,
    unique (document_id, version_no)
);
create index casefile_version_sha256 on casefile_version (sha256);

create table casefile_content (
    version_id bigint primary key references casefile_version (id),
    content    bytea  not null
);

-- one row per document per submission (submission 1, resubmission 2, ...): which version went into the case
create table casefile_case_document (
    id                   bigserial primary key,
    case_number          varchar(40) not null,
    submission_no        int         not null,
    applicant_account_id bigint      not null,
    document_id          bigint      not null references casefile_document (id),
    version_id           bigint      not null references casefile_version (id),
    change               varchar(12) not null check (change in ('NEW', 'REPLACED', 'UNCHANGED')),
    frozen_at            timestamptz not null,
    unique (case_number, submission_no, document_id)
);
create index casefile_case_document_case on casefile_case_document (case_number, submission_no);

-- the items a correction request asks the applicant to replace
create table casefile_replacement_request (
    id           bigserial primary key,
    case_number  varchar(40)  not null,
    item_kind    varchar(20)  not null,
    item_key     varchar(60)  not null,
    requested_by varchar(100) not null,
    requested_at timestamptz  not null,
    unique (case_number, item_kind, item_key)
);
