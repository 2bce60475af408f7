package kz.iinportal.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import kz.iinportal.application.Application;
import kz.iinportal.application.ApplicationStatus;
import kz.iinportal.staff.TerritorialBody;
import kz.iinportal.testsupport.TestCases;

/**
 * Keyset pages when many cases share one deadline, as they do in real life (every case submitted on one day is due at
 * the same instant): a page boundary falls inside the tie, so only the id decides where the next page starts.
 */
@QuarkusTest
class QueueKeysetTest {

    static final String BODY = "KYZYLORDA";

    @Inject
    ReviewQueue queue;

    @Test
    void pagesThroughATiedDeadlineWithoutGapsOrOverlap() {
        // Whole microseconds, as PostgreSQL stores them, and tomorrow, so nothing is overdue.
        OffsetDateTime due = OffsetDateTime.now().plusDays(1).truncatedTo(ChronoUnit.MICROS);
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 4; i++) {
                submitted(due.minusHours(1));
            }
            for (int i = 0; i < 40; i++) {
                submitted(due);
            }
            for (int i = 0; i < 4; i++) {
                submitted(due.plusHours(1));
            }
        });
        TerritorialBody body = QuarkusTransaction.requiringNew().call(() -> TerritorialBody.findById(BODY));
        QueueFilter open = QueueFilter.parse(null, null, null, null, null);

        List<Long> seen = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            String key = after;
            ReviewQueue.Page page = QuarkusTransaction.requiringNew()
                    .call(() -> queue.page(body, open, "nobody", key, OffsetDateTime.now()));
            page.cases().forEach(a -> seen.add(a.id()));
            after = page.next();
            pages++;
        } while (after != null && pages < 10);

        List<Long> expected = QuarkusTransaction.requiringNew().call(() -> Application
                .<Application>list("region.code = ?1 order by dueAt, id", BODY).stream().map(a -> a.id).toList());
        assertEquals(48, expected.size());
        assertEquals(expected, seen, "every case once, in deadline then id order");
        assertEquals(2, pages);
        assertNull(after);
    }

    private static void submitted(OffsetDateTime due) {
        Application a = TestCases.application(BODY);
        a.familyName = "TIED";
        a.status = ApplicationStatus.SUBMITTED;
        a.submittedAt = OffsetDateTime.now();
        a.dueAt = due;
        a.persist();
    }
}
