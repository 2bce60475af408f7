package kz.iinportal.application;

/** The two services of the rules: forming a new IIN and correcting an existing one. */
public enum Service {
    FORMATION,
    CORRECTION
}
