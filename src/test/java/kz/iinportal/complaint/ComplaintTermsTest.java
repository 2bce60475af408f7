package kz.iinportal.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

import org.junit.jupiter.api.Test;

import kz.iinportal.application.ApplicationStatus;
import kz.iinportal.calendar.DayKind;
import kz.iinportal.calendar.WorkingDays;
import kz.iinportal.web.Kazakhstan;

/** The rules of complaints that need no database: the answer's term on the calendar, references, the status step. */
class ComplaintTermsTest {

    static final LocalDate FRIDAY = LocalDate.of(2027, 6, 11);
    static final LocalDate HOLIDAY_TUESDAY = LocalDate.of(2027, 6, 15);

    @Test
    void fiveWorkingDaysSkipTheWeekendAndAHoliday() {
        WorkingDays days = new WorkingDays(Map.of(HOLIDAY_TUESDAY, DayKind.HOLIDAY));
        // filed on Friday evening: Mon 14 (1), Tue 15 holiday, Wed 16 (2), Thu 17 (3), Fri 18 (4), Mon 21 (5)
        var term = days.workingDaysAfter(FRIDAY.atTime(21, 30).atZone(Kazakhstan.ZONE).toOffsetDateTime(), 5);
        assertEquals(LocalDate.of(2027, 6, 21), term.day());
        assertEquals(LocalDateTime.of(2027, 6, 22, 0, 0), term.endsAt().toLocalDateTime(), "to the end of that day");
        assertEquals(LocalDate.of(2027, 6, 18),
                new WorkingDays(Map.of()).workingDaysAfter(FRIDAY.atStartOfDay(Kazakhstan.ZONE).toOffsetDateTime(), 5)
                        .day(),
                "without the holiday");
    }

    @Test
    void aComplaintFiledOnADayOffStartsItsTermOnTheNextWorkingDay() {
        WorkingDays days = new WorkingDays(Map.of(HOLIDAY_TUESDAY, DayKind.HOLIDAY));
        var term = days.workingDaysAfter(HOLIDAY_TUESDAY.atTime(10, 0).atZone(Kazakhstan.ZONE).toOffsetDateTime(), 5);
        assertEquals(LocalDate.of(2027, 6, 22), term.day()); // Wed 16 … Tue 22
    }

    @Test
    void oneWorkingDayIsTheReviewTermAsBefore() {
        WorkingDays days = new WorkingDays(Map.of());
        var at = FRIDAY.atTime(9, 0).atZone(Kazakhstan.ZONE).toOffsetDateTime();
        assertEquals(days.deadlineFor(at), days.workingDaysAfter(at, 1));
    }

    @Test
    void referencesCarryTheirOwnPrefixAndACheckCharacter() {
        for (int i = 0; i < 1000; i++) {
            String reference = ComplaintReference.next();
            assertTrue(reference.matches("KZA-[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{3}"), reference);
            assertTrue(ComplaintReference.isValid(reference), reference);
            char last = reference.charAt(reference.length() - 1);
            String typo = reference.substring(0, reference.length() - 1) + (last == '2' ? '3' : '2');
            assertFalse(ComplaintReference.isValid(typo), typo);
        }
        assertFalse(ComplaintReference.isValid("KZ-7HQ4-M2XP-9C"));
        assertFalse(ComplaintReference.isValid(null));
    }

    @Test
    void anUpheldComplaintIsTheOnlyWayOutOfARefusal() {
        for (ApplicationStatus next : ApplicationStatus.values()) {
            assertEquals(next == ApplicationStatus.SUBMITTED, ApplicationStatus.REFUSED.canBecome(next),
                    "REFUSED → " + next);
        }
        assertFalse(ApplicationStatus.IIN_FORMED.canBecome(ApplicationStatus.SUBMITTED));
        assertFalse(ApplicationStatus.WITHDRAWN.canBecome(ApplicationStatus.SUBMITTED));
    }
}
