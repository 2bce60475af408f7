package kz.iinportal.iin;

/** Identity documents a foreign national or stateless person may present. */
public enum DocumentType {
    PASSPORT,
    STATELESS_PERSON_DOCUMENT,
    REFUGEE_CERTIFICATE,
    RESIDENCE_PERMIT
}
