package kz.iinportal.application;

import kz.iinportal.web.Labelled;

/** What gives a representative authority to file for the principal. */
public enum AuthorityKind implements Labelled {
    POWER_OF_ATTORNEY,
    REPRESENTATIVE_OF_MINOR,
    REPRESENTATIVE_OF_INCAPABLE;

    @Override
    public String labelPrefix() {
        return "authorityKind.";
    }
}
