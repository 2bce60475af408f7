package kz.iinportal.application;

import io.quarkus.qute.TemplateEnum;

/** The two services of the rules: forming a new IIN and correcting an existing one. */
@TemplateEnum
public enum Service {
    FORMATION,
    CORRECTION
}
