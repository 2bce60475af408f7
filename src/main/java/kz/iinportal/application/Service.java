package kz.iinportal.application;

import io.quarkus.qute.TemplateEnum;
import kz.iinportal.web.Labelled;

/** The two services of the rules: forming a new IIN and correcting an existing one. */
@TemplateEnum
public enum Service implements Labelled {
    FORMATION,
    CORRECTION;

    @Override
    public String labelPrefix() {
        return "service.";
    }
}
