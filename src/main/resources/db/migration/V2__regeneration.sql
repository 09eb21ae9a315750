-- Version 2: incremental regeneration. Each component records what its file was made from (fingerprint) and
-- whether it was made anew or taken from an earlier run; a run records what changed since the last one, the run
-- whose output it equals when nothing did, and what publishing did to people's files. A schedule can skip a
-- night when nothing changed.

alter table bf_component_result add column fingerprint varchar(64);
alter table bf_component_result add column origin varchar(20);
alter table bf_component_result add column reused_from varchar(36);

alter table bf_run add column same_as varchar(36);
alter table bf_run add column changes varchar;
alter table bf_run add column publish_report varchar;
alter table bf_run add column conflict_style varchar(20);

alter table bf_schedule add column only_when_changed boolean default false not null;
