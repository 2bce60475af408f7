package kz.iinportal.application;

import kz.iinportal.web.Labelled;

/** Who files: the person themselves, or a legal representative on their behalf. */
public enum Filer implements Labelled {
    SELF,
    REPRESENTATIVE;

    @Override
    public String labelPrefix() {
        return "filer.";
    }
}
