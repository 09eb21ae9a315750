-- Version 5: a run's reports (changes, publish) move out of its row. The row is updated with every chunk the run
-- commits; on an embedded H2 store each update rewrote the page holding it, reports and all, with its neighbours.
create table bf_run_report (
    run_id varchar(36) not null primary key,
    changes varchar,
    publish_report varchar
);
insert into bf_run_report (run_id, changes, publish_report)
    select id, changes, publish_report from bf_run where changes is not null or publish_report is not null;
alter table bf_run drop column changes;
alter table bf_run drop column publish_report;
