package kz.iinportal.application;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.time.OffsetDateTime;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import kz.iinportal.web.Kazakhstan;

/**
 * The demo's cases are believable at whatever hour dev mode starts: each was started before it was sent, both in the
 * past, sent in the service centre's hours, up to five days ago.
 */
class DemoApplicationsScheduleTest {

    @ParameterizedTest
    @ValueSource(strings = { "2026-12-02T03:00:00Z", "2026-12-02T04:15:00Z", "2026-12-02T12:59:00Z",
            "2026-12-06T18:30:00Z", "2027-01-01T00:00:00Z" })
    void everyCaseWasStartedBeforeItWasSentAndBothInThePast(String instant) {
        OffsetDateTime now = OffsetDateTime.parse(instant);
        for (int i = 0; i < 12; i++) {
            OffsetDateTime sent = DemoApplications.sentAt(i, now);
            OffsetDateTime started = DemoApplications.startedAt(i, sent);
            assertTrue(started.isBefore(sent), i + ": started " + started + ", sent " + sent);
            assertTrue(sent.isBefore(now), i + ": sent " + sent + " is not in the past of " + now);
            assertTrue(sent.isAfter(now.minusDays(6)), i + ": sent " + sent);
            LocalTime local = sent.atZoneSameInstant(Kazakhstan.ZONE).toLocalTime();
            assertTrue(!local.isBefore(LocalTime.of(9, 0)) && !local.isAfter(LocalTime.of(18, 0)),
                    i + ": sent at " + local + " in Kazakhstan");
        }
    }
}
