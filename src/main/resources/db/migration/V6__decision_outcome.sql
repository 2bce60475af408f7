-- What the filer sees of a decision: the IIN formed or corrected, or the refusal ground and the operator's comment.
ALTER TABLE application
    ADD COLUMN result_iin        VARCHAR(12),
    ADD COLUMN refusal_ground    VARCHAR(30)
        CHECK (refusal_ground IN ('UNRELIABLE_DOCUMENTS', 'REQUIREMENTS_NOT_MET', 'IIN_ALREADY_REGISTERED')),
    ADD COLUMN operator_comment  VARCHAR(2000);
