package kz.iinportal.iin;

/** Sex as encoded in digit 7 of an IIN: odd digits are male, even digits female. */
public enum Sex {
    MALE,
    FEMALE
}
