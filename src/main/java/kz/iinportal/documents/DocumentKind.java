package kz.iinportal.documents;

import kz.iinportal.web.Labelled;

/**
 * What an uploaded document is for. Stored by name in {@code application_document.kind}; the service rules name the
 * required kinds the same way ({@code service_rule.required_documents}).
 */
public enum DocumentKind implements Labelled {
    /** The passport or other identity document of the person. */
    IDENTITY_DOCUMENT,
    /** A translation of the identity document into Kazakh or Russian. */
    TRANSLATION,
    /** A document proving the correct details, for a correction. */
    CORRECTION_PROOF,
    /** A power of attorney or other proof that a representative may act for the person. */
    AUTHORITY,
    /** Anything else the filer wants the operator to see. */
    OTHER;

    @Override
    public String labelPrefix() {
        return "document.kind.";
    }
}
