package kz.iinportal.iin;

import kz.iinportal.web.Labelled;

/** Identity documents a foreign national or stateless person may present. */
public enum DocumentType implements Labelled {
    PASSPORT,
    STATELESS_PERSON_DOCUMENT,
    REFUGEE_CERTIFICATE,
    RESIDENCE_PERMIT;

    @Override
    public String labelPrefix() {
        return "documentType.";
    }
}
