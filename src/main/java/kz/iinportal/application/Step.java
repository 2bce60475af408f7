package kz.iinportal.application;

import java.util.Locale;

import io.quarkus.qute.TemplateEnum;

/**
 * The pages of the journey, in their order. {@link #id()} names a step where its answers are missing (Submission) and
 * is the id of its row on the check page, which the error summary links to.
 */
@TemplateEnum
public enum Step {
    SERVICE,
    AUTHORITY,
    CORRECTION,
    PERSON,
    DOCUMENT,
    STAY,
    DOCUMENTS,
    CHECK;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Step ofId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
