package kz.iinportal.web;

import jakarta.persistence.Embeddable;

/** Reference data stored with one column per language (en, ru, kk); {@link #in} picks the chosen language. */
@Embeddable
public class LocalizedText {

    public String en;
    public String ru;
    public String kk;

    public String in(String language) {
        if ("kk".equals(language)) {
            return kk;
        }
        if ("ru".equals(language)) {
            return ru;
        }
        return en;
    }
}
