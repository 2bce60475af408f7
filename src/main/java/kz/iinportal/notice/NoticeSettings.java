package kz.iinportal.notice;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the outbox is worked off. The mail server itself is configured under quarkus.mailer.* (see README). */
@ConfigMapping(prefix = "iin-notices")
public interface NoticeSettings {

    /** Sender address of the notices. */
    @WithDefault("IIN portal <no-reply@iin.example.kz>")
    String from();

    /** Domain of the notices' Message-IDs. */
    @WithDefault("iin.example.kz")
    String messageIdDomain();

    /** How often the sender looks into the outbox ("off" in tests, which run it themselves). */
    @WithDefault("10s")
    String every();

    /** Notices taken per run of the sender. */
    @WithDefault("50")
    int batch();

    /** Wait after the first failed attempt; doubled after each further failure up to {@link #maxBackoff()}. */
    @WithDefault("PT30S")
    Duration firstBackoff();

    @WithDefault("PT1H")
    Duration maxBackoff();
}
