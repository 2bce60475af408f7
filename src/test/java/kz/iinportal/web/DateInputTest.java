package kz.iinportal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kz.iinportal.web.DateInput.Part;
import kz.iinportal.web.DateInput.Problem;

/** The three-field date parser: strict digits, month names in three languages, one problem per mistake. */
class DateInputTest {

    @ParameterizedTest
    @CsvSource({
            "27, 3, 2007, 2007-03-27",
            "07, 03, 2007, 2007-03-07",
            " 1 , 1 , 2000 , 2000-01-01",
            "29, 2, 2024, 2024-02-29",
            "31, 12, 1999, 1999-12-31",
            "27, March, 2007, 2007-03-27",
            "27, mar, 2007, 2007-03-27",
            "27, MAR, 2007, 2007-03-27",
            "27, Sept., 2007, 2007-09-27",
            "27, март, 2007, 2007-03-27",
            "27, марта, 2007, 2007-03-27",
            "27, мар, 2007, 2007-03-27",
            "27, Мая, 2007, 2007-05-27",
            "27, май, 2007, 2007-05-27",
            "27, сент., 2007, 2007-09-27",
            "27, наурыз, 2007, 2007-03-27",
            "27, Наурыз, 2007, 2007-03-27",
            "27, нау, 2007, 2007-03-27",
            "27, қаңтар, 2007, 2007-01-27",
            "27, мамыр, 2007, 2007-05-27",
            "27, маусым, 2007, 2007-06-27",
            "27, қазан, 2007, 2007-10-27",
            "27, қараша, 2007, 2007-11-27",
            "27, желтоқсан, 2007, 2007-12-27",
    })
    void readsRealDates(String day, String month, String year, LocalDate expected) {
        DateInput.Reading reading = new DateInput(day, month, year).read();
        assertEquals(expected, reading.date());
        assertNull(reading.problem());
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "'', '', '', MISSING",
            "null, null, null, MISSING",
            "' ', ' ', ' ', MISSING",
            "'', 3, 2007, MISSING_DAY",
            "27, '', 2007, MISSING_MONTH",
            "27, 3, '', MISSING_YEAR",
            "'', '', 2007, MISSING_DAY_MONTH",
            "'', 3, '', MISSING_DAY_YEAR",
            "27, '', '', MISSING_MONTH_YEAR",
            "0, 3, 2007, DAY",
            "32, 3, 2007, DAY",
            "-1, 3, 2007, DAY",
            "+1, 3, 2007, DAY",
            "007, 3, 2007, DAY",
            "2 7, 3, 2007, DAY",
            "x, 3, 2007, DAY",
            "٢٧, 3, 2007, DAY",
            "27, 0, 2007, MONTH",
            "27, 13, 2007, MONTH",
            "27, -3, 2007, MONTH",
            "27, ma, 2007, MONTH",
            "27, ма, 2007, MONTH",
            "27, Smarch, 2007, MONTH",
            "27, marc h, 2007, MONTH",
            "27, 3, 07, YEAR",
            "27, 3, 207, YEAR",
            "27, 3, 20277, YEAR",
            "27, 3, -2026, YEAR",
            "27, 3, +2026, YEAR",
            "27, 3, 2O07, YEAR",
            "31, 4, 2007, NOT_REAL",
            "29, 2, 2023, NOT_REAL",
            "30, февраля, 2024, NOT_REAL",
    })
    void namesEachMistake(String day, String month, String year, Problem expected) {
        DateInput.Reading reading = new DateInput(day, month, year).read();
        assertNull(reading.date());
        assertEquals(expected, reading.problem());
    }

    @Test
    void aMissingPartComesBeforeAWrongOne() {
        assertEquals(Problem.MISSING_DAY, new DateInput("", "13", "20").read().problem());
        assertEquals(Problem.DAY, new DateInput("32", "13", "20").read().problem(), "the first wrong part");
    }

    @Test
    void eachProblemLinksToItsFirstPart() {
        assertEquals(Part.DAY, Problem.MISSING.first());
        assertEquals(Part.MONTH, Problem.MISSING_MONTH_YEAR.first());
        assertEquals(Part.YEAR, Problem.YEAR.first());
        assertEquals(Part.DAY, Problem.NOT_REAL.first());
        assertEquals(Set.of(Part.DAY, Part.YEAR), Problem.MISSING_DAY_YEAR.parts);
        assertEquals("birthDate-month", Part.MONTH.id("birthDate"));
    }

    /** Every name of every month, and every beginning of it of three letters or more, is that month and no other. */
    @Test
    void everyMonthNameAndItsBeginningsAreOneMonth() {
        Map<String, Set<Integer>> months = new HashMap<>();
        DateInput.monthNames().forEach((number, names) -> {
            for (String name : names) {
                for (int end = 3; end <= name.length(); end++) {
                    months.computeIfAbsent(name.substring(0, end), k -> new HashSet<>()).add(number);
                }
            }
        });
        for (var entry : months.entrySet()) {
            Integer expected = entry.getValue().size() == 1 ? entry.getValue().iterator().next() : null;
            assertEquals(expected, DateInput.month(entry.getKey()), entry.getKey());
        }
        assertEquals(12, DateInput.monthNames().size());
        assertEquals(List.of(3, 3, 3), List.of(DateInput.month("March"), DateInput.month("мар"),
                DateInput.month("наурыз")));
    }

    @Test
    void theAnswersAreKeptAsTyped() {
        Map<String, String> answers = new HashMap<>();
        new DateInput(" 27 ", "мар", "-2026").putAnswers("documentIssueDate", answers);
        assertEquals(Map.of("documentIssueDate-day", " 27 ", "documentIssueDate-month", "мар",
                "documentIssueDate-year", "-2026"), answers);
        assertEquals(new DateInput(" 27 ", "мар", "-2026"), DateInput.typed("documentIssueDate", answers));
        assertEquals(new DateInput("5", "11", "1994"), DateInput.of(LocalDate.of(1994, 11, 5)));
        assertEquals(new DateInput("", "", ""), DateInput.of(null));
    }
}
