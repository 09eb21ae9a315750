-- Backforge's store, version 1: the tables the JPA entities map (H2 and PostgreSQL alike). Unbounded text is
-- varchar without a length on both. The job repository's tables are the batch runtime's own, not ours.

create sequence bf_attempt_seq start with 50 increment by 50;
create sequence bf_component_result_seq start with 100 increment by 100;
create sequence bf_llm_answer_seq start with 10 increment by 10;
create sequence bf_revision_seq start with 10 increment by 10;
create sequence bf_run_execution_seq start with 10 increment by 10;

create table bf_workflow (
    id varchar(100) not null primary key,
    createdat timestamp not null
);

create table bf_revision (
    id bigint not null primary key,
    architectureid varchar(200) not null,
    content varchar not null,
    contenthash varchar(64) not null,
    conventions varchar,
    createdat timestamp not null,
    research varchar,
    workflowid varchar(100) not null
);
create index bf_revision_workflow_hash on bf_revision (workflowid, contenthash);

create table bf_run (
    id varchar(36) not null primary key,
    architectureid varchar(200) not null,
    completiontokens bigint,
    createdat timestamp not null,
    currentexecutionid bigint,
    endedat timestamp,
    exitstatus varchar(100),
    failurecause varchar(2000),
    generator varchar(20) not null,
    itemcount integer,
    levels integer,
    llmsettings varchar(2000),
    parallelism integer,
    prompttokens bigint,
    revisionid bigint not null,
    startedat timestamp,
    status varchar(20) not null,
    totalcomponents integer,
    run_trigger varchar(100),
    verificationpolicy varchar(20) not null,
    workflowid varchar(100) not null
);
create index bf_run_workflow on bf_run (workflowid);
create index bf_run_status on bf_run (status);
create index bf_run_created on bf_run (createdat);

create table bf_run_execution (
    id bigint not null primary key,
    createdat timestamp not null,
    executionid bigint,
    runid varchar(36) not null,
    constraint bf_run_execution_id unique (executionid)
);
create index bf_run_execution_run on bf_run_execution (runid);

create table bf_component_result (
    id bigint not null primary key,
    commits integer,
    committedat timestamp,
    completiontokens bigint,
    componentid varchar(200) not null,
    dependenciesused varchar,
    description varchar(2000),
    durationmillis bigint,
    errors integer,
    failure varchar(2000),
    filepath varchar(500) not null,
    findings varchar,
    implemented varchar,
    implementedmethods integer,
    plan_level integer,
    linecount integer,
    plan_position integer not null,
    prompttokens bigint,
    runid varchar(36) not null,
    sha256 varchar(64),
    state varchar(20) not null,
    stubbedmethods integer,
    stubs varchar,
    type varchar(30) not null,
    warnings integer,
    constraint bf_component_result_run_position unique (runid, plan_position)
);
create index bf_component_result_run on bf_component_result (runid);

create table bf_generation_attempt (
    id bigint not null primary key,
    componentid varchar(200) not null,
    executionid bigint,
    runid varchar(36) not null,
    startedat timestamp not null
);
create index bf_attempt_run on bf_generation_attempt (runid, componentid);

create table bf_llm_answer (
    id bigint not null primary key,
    cachekey varchar(64) not null,
    completiontokens bigint,
    createdat timestamp not null,
    prompttokens bigint,
    text varchar not null,
    truncated boolean,
    workflowid varchar(100) not null,
    constraint bf_llm_answer_key unique (workflowid, cachekey)
);

create table bf_schedule (
    id varchar(36) not null primary key,
    createdat timestamp not null,
    cron varchar(200) not null,
    enabled boolean,
    lastfireat timestamp,
    lastoutcome varchar(500),
    lastrunid varchar(36),
    nextfireat timestamp,
    options varchar,
    timezone varchar(60) not null,
    updatedat timestamp,
    workflowid varchar(100) not null
);
