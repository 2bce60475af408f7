package kz.iinportal.web;

import io.quarkus.qute.TemplateExtension;

/**
 * Enum labels for templates: {@code {app.status.label}} is the status's name in the page's language. Qute does not
 * call an extension on {@code null}, so a value a draft may still lack is written {@code {app.sex.label ?: ''}}.
 */
@TemplateExtension
public final class Labels {

    private Labels() {
    }

    static String label(Labelled value) {
        return BundleText.get(BundleText.pageLanguage(), value.labelKey());
    }
}
