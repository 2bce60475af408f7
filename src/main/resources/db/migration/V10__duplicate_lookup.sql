-- The review page looks for the same person across the register and all bodies' applications (review.SamePerson):
-- by identity document (number regardless of case, and issuing country) and by birth date, after which the names of
-- the few persons born that day are compared in Java after normalisation (case, spaces, hyphens, apostrophes,
-- diacritics). identity_document already has its (upper(number), issuing_country) index; the application's document
-- index is per region (the queue's search), so it cannot serve a search across bodies.
CREATE INDEX person_birth_date ON person (birth_date);
CREATE INDEX application_birth_date ON application (birth_date);
CREATE INDEX application_document_any_body ON application (upper(document_number), document_country);
