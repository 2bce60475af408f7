package kz.iinportal.application;

import io.quarkus.qute.TemplateExtension;
import kz.iinportal.web.BundleText;

/**
 * Words for the person filling in, in templates: {@code {app.words('apply.person.title')}} is the text of the
 * application's {@link Voice} in the page's language; the service question, asked before there is an application,
 * writes {@code {voice.words('apply.start.title')}}.
 */
@TemplateExtension
public final class Wording {

    private Wording() {
    }

    static String words(Application app, String key) {
        return words(app.voice(), key);
    }

    static String words(Voice voice, String key) {
        return BundleText.get(BundleText.pageLanguage(), voice.key(key));
    }
}
