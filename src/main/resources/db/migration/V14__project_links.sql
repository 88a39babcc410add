-- What a form assesses can now be a project's activity or training too (before: a supervision or a
-- practice), and a supervision may say which project it serves. When the project part goes, the form
-- and the supervision stay and simply lose the link.

ALTER TABLE survey
    ADD COLUMN project_activity_id BIGINT NULL AFTER target_id,
    ADD COLUMN project_training_id BIGINT NULL AFTER project_activity_id,
    ADD CONSTRAINT fk_survey_project_activity FOREIGN KEY (project_activity_id) REFERENCES project_activity (id) ON DELETE SET NULL,
    ADD CONSTRAINT fk_survey_project_training FOREIGN KEY (project_training_id) REFERENCES project_training (id) ON DELETE SET NULL;

ALTER TABLE supervision
    ADD COLUMN project_id BIGINT NULL,
    ADD CONSTRAINT fk_supervision_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE SET NULL;
