package kz.iinportal.application;

/** Who files: the person themselves, or a legal representative on their behalf. */
public enum Filer {
    SELF,
    REPRESENTATIVE
}
