package kz.iinportal.certificate;

/** A certificate stays VALID until a later correction of the same person issues a new one. */
public enum CertificateStatus {
    VALID,
    SUPERSEDED
}
