package kz.iinportal.web;

import java.time.ZoneId;

/** Where the service runs: its days (deadlines, dates on pages, certificates, notices) are Kazakhstan's days. */
public final class Kazakhstan {

    public static final ZoneId ZONE = ZoneId.of("Asia/Almaty");

    private Kazakhstan() {
    }
}
