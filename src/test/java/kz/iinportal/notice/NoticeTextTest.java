package kz.iinportal.notice;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import kz.iinportal.application.Application;
import kz.iinportal.application.Service;

/** The words of a notice that depend on time: the due day is Kazakhstan's working day, whatever the server's zone. */
class NoticeTextTest {

    @Test
    void theDueDayIsTheWorkingDayItselfNotTheMidnightAfterIt() {
        Application app = new Application();
        app.language = "en";
        app.reference = "IIN-TEST";
        app.service = Service.FORMATION;
        // due_at of a term ending with 2 December: midnight starting 3 December in Astana, 19:00 on the 2nd in UTC.
        app.dueAt = OffsetDateTime.parse("2026-12-02T19:00:00Z");
        String body = NoticeText.of(app, NoticeKind.SUBMITTED, "https://portal.example", "").body();
        assertTrue(body.contains("due by 02.12.2026."), body);
    }
}
