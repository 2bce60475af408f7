package kz.iinportal.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import kz.iinportal.web.Kazakhstan;
import kz.iinportal.web.LocalizedText;

/** The calendar seeded by V7 in the real PostgreSQL and the cached {@link WorkingCalendar} bean. */
@QuarkusTest
class WorkingCalendarTest {

    /** shared/data/kz-holidays.csv: 62 lines = header + 61 data rows (44 holiday, 16 transfer_day_off, 1 working). */
    private static final long CSV_DATA_ROWS = 61;

    @Inject
    WorkingCalendar calendar;

    private static List<CalendarDay> rows() {
        return QuarkusTransaction.requiringNew().call(() -> CalendarDay.<CalendarDay>listAll());
    }

    @Test
    void seededWithEveryRowOfTheCsv() {
        List<CalendarDay> rows = rows();
        assertEquals(CSV_DATA_ROWS, rows.size());
        Map<DayKind, Long> byKind = rows.stream().collect(Collectors.groupingBy(r -> r.kind, Collectors.counting()));
        assertEquals(Map.of(DayKind.HOLIDAY, 44L, DayKind.TRANSFER_DAY_OFF, 16L, DayKind.TRANSFER_WORKING_DAY, 1L),
                byKind);
        CalendarDay womensDay = rows.stream().filter(r -> r.day.equals(LocalDate.of(2025, 3, 8))).findFirst()
                .orElseThrow();
        assertEquals("International Women's Day", womensDay.name.en); // quotes survived the escaping
        assertEquals("Халықаралық әйелдер күні", womensDay.name.kk);
        assertTrue(womensDay.source.startsWith("Law RK No.267-II 'On holidays in RK'"), womensDay.source);
        assertEquals(LocalDate.of(2027, 12, 16), rows.stream().map(r -> r.day).max(LocalDate::compareTo).orElseThrow());
    }

    @Test
    void beanAgreesWithThePureRulesOnTheSeededDays() {
        calendar.reload();
        Map<LocalDate, DayKind> kinds = new HashMap<>();
        for (CalendarDay row : rows()) {
            kinds.put(row.day, row.kind);
        }
        WorkingDays pure = new WorkingDays(kinds);
        for (LocalDate day = LocalDate.of(2024, 12, 25); day.isBefore(LocalDate.of(2028, 1, 5)); day = day
                .plusDays(1)) {
            assertEquals(pure.isWorkingDay(day), calendar.isWorkingDay(day), day.toString());
            OffsetDateTime noon = day.atTime(12, 0).atZone(Kazakhstan.ZONE).toOffsetDateTime();
            assertEquals(pure.deadlineFor(noon), calendar.deadlineFor(noon), day.toString());
        }
        // A few real dates from the table, with the expected answers written out.
        assertEquals(LocalDate.of(2025, 1, 5), dueDay("2024-12-31T12:00:00+05:00")); // working Sunday
        assertEquals(LocalDate.of(2025, 3, 26), dueDay("2025-03-20T19:30:00Z")); // 21 March in Almaty, Nauryz
        assertEquals(LocalDate.of(2026, 3, 26), dueDay("2026-03-20T10:00:00+05:00")); // Nauryz 2026, 24–25 moved
        assertEquals(LocalDate.of(2026, 5, 12), dueDay("2026-05-08T10:00:00+05:00")); // 9 May Sat → 11 May off
        assertEquals(LocalDate.of(2027, 1, 5), dueDay("2026-12-31T10:00:00+05:00")); // 1–2 Jan, 4 Jan moved
        assertFalse(calendar.isWorkingDay(LocalDate.of(2025, 1, 3)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2025, 1, 5)));
        assertEquals(LocalDate.of(2025, 3, 26), dueDay("2025-03-20T10:00:00+05:00")); // next working day

        Deadline deadline = calendar.deadlineFor(OffsetDateTime.parse("2025-03-20T10:00:00+05:00"));
        assertTrue(deadline.dueTodayAt(OffsetDateTime.parse("2025-03-26T23:59:59+05:00")));
        assertFalse(deadline.overdueAt(OffsetDateTime.parse("2025-03-26T23:59:59+05:00")));
        assertTrue(deadline.overdueAt(OffsetDateTime.parse("2025-03-27T00:00:00+05:00")));
        assertEquals(deadline, Deadline.endingAt(deadline.endsAt()), "the stored due_at gives the same deadline back");
    }

    @Test
    void aNewHolidayMovesTheDeadlineAfterReload() {
        LocalDate wednesday = LocalDate.of(2025, 2, 12);
        String tuesday = "2025-02-11T10:00:00+05:00";
        calendar.reload();
        assertEquals(wednesday, dueDay(tuesday));
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                CalendarDay day = new CalendarDay();
                day.day = wednesday;
                day.kind = DayKind.HOLIDAY;
                day.name = new LocalizedText();
                day.name.en = "Test holiday";
                day.name.ru = "Тестовый праздник";
                day.name.kk = "Сынақ мерекесі";
                day.source = "WorkingCalendarTest";
                day.persist();
            });
            // The bean answers from its snapshot until told to reload.
            assertEquals(wednesday, dueDay(tuesday));
            calendar.reload();
            assertFalse(calendar.isWorkingDay(wednesday));
            assertEquals(LocalDate.of(2025, 2, 13), dueDay(tuesday));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> CalendarDay.deleteById(wednesday));
            calendar.reload();
        }
        assertEquals(wednesday, dueDay(tuesday));
        assertEquals(CSV_DATA_ROWS, rows().size());
    }

    private LocalDate dueDay(String submittedAt) {
        return calendar.deadlineFor(OffsetDateTime.parse(submittedAt)).day();
    }
}
