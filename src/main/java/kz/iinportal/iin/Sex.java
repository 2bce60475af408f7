package kz.iinportal.iin;

import kz.iinportal.web.Labelled;

/** Sex as encoded in digit 7 of an IIN: odd digits are male, even digits female. */
public enum Sex implements Labelled {
    MALE,
    FEMALE;

    @Override
    public String labelPrefix() {
        return "sex.";
    }
}
