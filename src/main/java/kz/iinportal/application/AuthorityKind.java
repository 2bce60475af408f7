package kz.iinportal.application;

/** What gives a representative authority to file for the principal. */
public enum AuthorityKind {
    POWER_OF_ATTORNEY,
    REPRESENTATIVE_OF_MINOR,
    REPRESENTATIVE_OF_INCAPABLE
}
