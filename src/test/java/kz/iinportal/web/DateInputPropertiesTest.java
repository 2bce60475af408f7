package kz.iinportal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Any day of years 1 to 9999, shown in the three fields of the date input, reads back as that day. */
class DateInputPropertiesTest {

    @Property
    void aStoredDateReadsBackAsItself(@ForAll @IntRange(min = 1, max = 9999) int year,
            @ForAll @IntRange(min = 1, max = 366) int dayOfYear) {
        LocalDate date = LocalDate.ofYearDay(year, Math.min(dayOfYear, LocalDate.of(year, 1, 1).lengthOfYear()));
        assertEquals(date, DateInput.of(date).read().date());
    }
}
