package kz.iinportal.web;

/**
 * An enum whose constants have a name on pages, in the en, ru and kk bundles under {@link #labelKey()}. Templates show
 * it as {@code {app.status.label}} ({@link Labels}), so a template names no key prefix and the build checks the type;
 * the bundle test walks every constant of every {@code Labelled} enum, so a constant added without its three labels
 * fails there, not on a page.
 */
public interface Labelled {

    /** What comes before the constant's name in its key, e.g. {@code "status."}. */
    String labelPrefix();

    /** The constant's name; every enum has it. */
    String name();

    /** The key of the constant's label in the bundles. */
    default String labelKey() {
        return labelPrefix() + name();
    }
}
