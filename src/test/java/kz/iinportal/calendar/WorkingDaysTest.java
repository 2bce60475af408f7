package kz.iinportal.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;

import kz.iinportal.web.Kazakhstan;

/**
 * The pure working-day rules and the one-working-day term, on real rows of shared/data/kz-holidays.csv (copied below;
 * the same rows are seeded by V7).
 * <p>
 * Time zone: the JDK's tzdb (2025a in JDK 17.0.15) gives Asia/Almaty UTC+5 since 2024-03-01 00:00 (it was UTC+6
 * before); every instant used here is in 2025, where the offset is +05:00 — {@link #almatyIsUtcPlusFiveIn2025()}
 * checks this against the running JDK so a different tzdb fails loudly instead of shifting the expected days.
 */
class WorkingDaysTest {

    private static final ZoneOffset ALMATY_2025 = ZoneOffset.ofHours(5);

    /** Rows of kz-holidays.csv around the periods tested: New Year 2025, Nauryz 2025, May 2025, Capital Day, 16 Dec. */
    private static final WorkingDays CALENDAR = new WorkingDays(Map.ofEntries(
            Map.entry(LocalDate.of(2025, 1, 1), DayKind.HOLIDAY), // Wed, New Year
            Map.entry(LocalDate.of(2025, 1, 2), DayKind.HOLIDAY), // Thu, New Year
            Map.entry(LocalDate.of(2025, 1, 3), DayKind.TRANSFER_DAY_OFF), // Fri, moved from Sun 5 January
            Map.entry(LocalDate.of(2025, 1, 5), DayKind.TRANSFER_WORKING_DAY), // Sun, worked
            Map.entry(LocalDate.of(2025, 1, 7), DayKind.HOLIDAY), // Tue, Orthodox Christmas
            Map.entry(LocalDate.of(2025, 3, 21), DayKind.HOLIDAY), // Fri, Nauryz
            Map.entry(LocalDate.of(2025, 3, 22), DayKind.HOLIDAY), // Sat, Nauryz
            Map.entry(LocalDate.of(2025, 3, 23), DayKind.HOLIDAY), // Sun, Nauryz
            Map.entry(LocalDate.of(2025, 3, 24), DayKind.TRANSFER_DAY_OFF), // Mon, for Saturday 22 March
            Map.entry(LocalDate.of(2025, 3, 25), DayKind.TRANSFER_DAY_OFF), // Tue, for Sunday 23 March
            Map.entry(LocalDate.of(2025, 5, 7), DayKind.HOLIDAY), // Wed, Defender of the Fatherland Day
            Map.entry(LocalDate.of(2025, 5, 9), DayKind.HOLIDAY), // Fri, Victory Day
            Map.entry(LocalDate.of(2025, 7, 6), DayKind.HOLIDAY), // Sun, Capital Day
            Map.entry(LocalDate.of(2025, 7, 7), DayKind.TRANSFER_DAY_OFF), // Mon, for Sunday 6 July
            Map.entry(LocalDate.of(2025, 12, 16), DayKind.HOLIDAY))); // Tue, Independence Day

    private static OffsetDateTime almaty(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atOffset(ALMATY_2025);
    }

    private static LocalDate dueDay(OffsetDateTime submittedAt) {
        return CALENDAR.deadlineFor(submittedAt).day();
    }

    @Test
    void almatyIsUtcPlusFiveIn2025() {
        for (String instant : new String[] { "2024-12-31T00:00:00Z", "2025-03-20T19:30:00Z", "2025-07-04T12:00:00Z",
                "2025-12-31T23:59:59Z" }) {
            assertEquals(ALMATY_2025, Kazakhstan.ZONE.getRules().getOffset(Instant.parse(instant)), instant);
        }
        // Before 1 March 2024 Kazakhstan's east (and Almaty) was UTC+6.
        assertEquals(ZoneOffset.ofHours(6),
                Kazakhstan.ZONE.getRules().getOffset(Instant.parse("2024-02-28T12:00:00Z")));
    }

    @Test
    void plainWeekAndWeekends() {
        WorkingDays plain = new WorkingDays(Map.of());
        assertTrue(plain.isWorkingDay(LocalDate.of(2025, 2, 10))); // Monday
        assertTrue(plain.isWorkingDay(LocalDate.of(2025, 2, 14))); // Friday
        assertFalse(plain.isWorkingDay(LocalDate.of(2025, 2, 15))); // Saturday
        assertFalse(plain.isWorkingDay(LocalDate.of(2025, 2, 16))); // Sunday
        // Strictly after: a working day is not its own next working day.
        assertEquals(LocalDate.of(2025, 2, 11), plain.nextWorkingDay(LocalDate.of(2025, 2, 10)));
        assertEquals(LocalDate.of(2025, 2, 17), plain.nextWorkingDay(LocalDate.of(2025, 2, 14)));
    }

    @Test
    void weekdaySubmissionIsDueAtTheEndOfTheNextDay() {
        Deadline deadline = CALENDAR.deadlineFor(almaty("2025-02-11T10:15:00")); // Tuesday
        assertEquals(LocalDate.of(2025, 2, 12), deadline.day());
        // The end of Wednesday in Almaty = the start of Thursday, 2025-02-12T19:00Z.
        assertEquals(OffsetDateTime.parse("2025-02-13T00:00:00+05:00"), deadline.endsAt());
        assertEquals(OffsetDateTime.parse("2025-02-12T19:00:00Z").toInstant(), deadline.endsAt().toInstant());
    }

    @Test
    void fridayEveningIsDueAtTheEndOfMonday() {
        assertEquals(LocalDate.of(2025, 2, 17), dueDay(almaty("2025-02-14T18:45:00")));
    }

    @Test
    void saturdaySubmissionIsDueAtTheEndOfMonday() {
        assertEquals(LocalDate.of(2025, 2, 17), dueDay(almaty("2025-02-15T11:00:00")));
        assertEquals(LocalDate.of(2025, 2, 17), dueDay(almaty("2025-02-16T23:00:00"))); // Sunday too
    }

    @Test
    void holidayOnAWeekdayIsSkipped() {
        assertFalse(CALENDAR.isWorkingDay(LocalDate.of(2025, 12, 16)));
        // Monday 15 December, eve of Independence Day (Tuesday) → Wednesday 17 December.
        assertEquals(LocalDate.of(2025, 12, 17), dueDay(almaty("2025-12-15T16:00:00")));
        // Tuesday 6 May, eve of Defender of the Fatherland Day (Wednesday 7 May) → Thursday 8 May.
        assertEquals(LocalDate.of(2025, 5, 8), dueDay(almaty("2025-05-06T09:00:00")));
        // Thursday 8 May, eve of Victory Day (Friday) → Monday 12 May.
        assertEquals(LocalDate.of(2025, 5, 12), dueDay(almaty("2025-05-08T09:00:00")));
    }

    @Test
    void transferredDayOffIsSkipped() {
        assertFalse(CALENDAR.isWorkingDay(LocalDate.of(2025, 1, 3))); // a Friday
        assertFalse(CALENDAR.isWorkingDay(LocalDate.of(2025, 7, 7))); // a Monday
        // Friday 4 July: Saturday, Sunday (Capital Day), Monday (its day off) → Tuesday 8 July.
        assertEquals(LocalDate.of(2025, 7, 8), dueDay(almaty("2025-07-04T17:00:00")));
    }

    @Test
    void weekendDayDeclaredWorkingCounts() {
        assertTrue(CALENDAR.isWorkingDay(LocalDate.of(2025, 1, 5))); // Sunday, worked
        assertFalse(CALENDAR.isWorkingDay(LocalDate.of(2025, 1, 4))); // the Saturday before stays off
        // New Year's Eve 2024 (Tuesday): 1, 2 (holidays), 3 (day off moved), 4 (Saturday) → Sunday 5 January.
        assertEquals(LocalDate.of(2025, 1, 5), dueDay(almaty("2024-12-31T12:00:00")));
        // Saturday 4 January → the working Sunday.
        assertEquals(LocalDate.of(2025, 1, 5), dueDay(almaty("2025-01-04T12:00:00")));
        // Submitted on the working Sunday → Monday 6 January (Tuesday 7 is Orthodox Christmas).
        assertEquals(LocalDate.of(2025, 1, 6), dueDay(almaty("2025-01-05T12:00:00")));
        // Monday 6 January → Wednesday 8 January.
        assertEquals(LocalDate.of(2025, 1, 8), dueDay(almaty("2025-01-06T12:00:00")));
    }

    @Test
    void nauryzIsSkippedWithItsMovedDaysOff() {
        // Thursday 20 March: 21–23 Nauryz, 24 and 25 the days off for 22 and 23 → Wednesday 26 March.
        assertEquals(LocalDate.of(2025, 3, 26), dueDay(almaty("2025-03-20T10:00:00")));
        assertEquals(LocalDate.of(2025, 3, 26), CALENDAR.nextWorkingDay(LocalDate.of(2025, 3, 20)));
    }

    @Test
    void theDayOfSubmissionIsTheDayInAlmatyNotInUtc() {
        // 2025-03-20T19:30Z is 21 March 00:30 in Almaty (UTC+5): submitted on Nauryz, still due 26 March.
        OffsetDateTime lateUtc = OffsetDateTime.parse("2025-03-20T19:30:00Z");
        assertEquals(LocalDate.of(2025, 3, 21), lateUtc.atZoneSameInstant(Kazakhstan.ZONE).toLocalDate());
        assertEquals(LocalDate.of(2025, 3, 26), dueDay(lateUtc));
        // Where it changes the result: 25 March 18:59:59Z is still the 25th in Almaty → due Wednesday 26;
        // 25 March 19:00Z is already Wednesday 26 March in Almaty → due Thursday 27 (in UTC both are the 25th).
        assertEquals(LocalDate.of(2025, 3, 26), dueDay(OffsetDateTime.parse("2025-03-25T18:59:59Z")));
        assertEquals(LocalDate.of(2025, 3, 27), dueDay(OffsetDateTime.parse("2025-03-25T19:00:00Z")));
        // Friday 14 February 19:30Z is Saturday in Almaty: still due Monday.
        assertEquals(LocalDate.of(2025, 2, 17), dueDay(OffsetDateTime.parse("2025-02-14T19:30:00Z")));
        // Thursday 13 February 19:30Z is Friday 00:30 in Almaty → due Monday, not Friday.
        assertEquals(LocalDate.of(2025, 2, 17), dueDay(OffsetDateTime.parse("2025-02-13T19:30:00Z")));
    }

    @Test
    void overdueAndDueToday() {
        Deadline deadline = CALENDAR.deadlineFor(almaty("2025-02-14T18:45:00")); // due Monday 17 February
        OffsetDateTime lastMoment = LocalDate.of(2025, 2, 17).atTime(LocalTime.of(23, 59, 59, 999_000_000))
                .atOffset(ALMATY_2025);

        assertFalse(deadline.dueTodayAt(almaty("2025-02-16T23:59:59"))); // Sunday
        assertFalse(deadline.overdueAt(almaty("2025-02-16T23:59:59")));
        assertTrue(deadline.dueTodayAt(almaty("2025-02-17T00:00:00")));
        assertTrue(deadline.dueTodayAt(lastMoment));
        assertFalse(deadline.overdueAt(lastMoment));
        assertTrue(deadline.overdueAt(almaty("2025-02-18T00:00:00")));
        assertFalse(deadline.dueTodayAt(almaty("2025-02-18T00:00:00")));
        // The same instants expressed in UTC: 17 February 19:00Z is already the 18th in Almaty.
        assertTrue(deadline.dueTodayAt(OffsetDateTime.parse("2025-02-17T18:59:59Z")));
        assertTrue(deadline.overdueAt(OffsetDateTime.parse("2025-02-17T19:00:00Z")));
        assertFalse(deadline.dueTodayAt(OffsetDateTime.parse("2025-02-17T19:00:00Z")));
    }

    @Test
    void aStoredDueAtGivesBackItsWorkingDayNotTheMidnightAfterIt() {
        // due_at of a term ending with Wednesday 2 December 2026 is midnight starting the 3rd in Almaty.
        OffsetDateTime dueAt = OffsetDateTime.parse("2026-12-03T00:00:00+05:00");
        Deadline deadline = Deadline.endingAt(dueAt);
        assertEquals(LocalDate.of(2026, 12, 2), deadline.day());
        assertEquals(deadline, Deadline.endingAt(OffsetDateTime.parse("2026-12-02T19:00:00Z")), "same instant in UTC");
        assertEquals(CALENDAR.deadlineFor(almaty("2026-12-01T10:00:00")), deadline);

        assertFalse(deadline.dueTodayAt(OffsetDateTime.parse("2026-12-01T18:59:59Z"))); // 1 December 23:59:59
        assertTrue(deadline.dueTodayAt(OffsetDateTime.parse("2026-12-01T19:00:00Z"))); // 2 December 00:00
        assertTrue(deadline.dueTodayAt(OffsetDateTime.parse("2026-12-02T18:59:59Z"))); // 2 December 23:59:59
        assertFalse(deadline.dueTodayAt(dueAt));
        assertTrue(deadline.overdueAt(dueAt));
    }
}
