package kz.iinportal.review;

import java.time.LocalDate;
import java.time.Year;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import kz.iinportal.application.Application;
import kz.iinportal.matching.Likeness;
import kz.iinportal.review.SamePerson.Reason;

/**
 * What {@link RegisterCandidates} and {@link EarlierApplications} search by: the birth dates a candidate can have
 * (see {@link SamePerson} for why no other date can reach the threshold), an application as {@link Likeness} compares
 * it, and the reasons a match is shown with.
 */
final class CandidateSearch {

    private CandidateSearch() {
    }

    static boolean hasDocument(Application app) {
        return app.documentNumber != null && !app.documentNumber.isBlank() && app.documentCountry != null;
    }

    static String upper(String s) {
        return s.strip().toUpperCase(Locale.ROOT);
    }

    /** Why a scored record is shown: the same document, the same names and birth date, or else its score. */
    static Set<Reason> reasons(boolean sameDocument, boolean sameNames, Likeness.Score score) {
        Set<Reason> reasons = EnumSet.noneOf(Reason.class);
        if (sameDocument) {
            reasons.add(Reason.DOCUMENT);
        }
        if (sameNames) {
            reasons.add(Reason.NAME_AND_BIRTH_DATE);
        }
        if (reasons.isEmpty() && score.value() > 0) {
            reasons.add(Reason.LIKENESS);
        }
        return reasons;
    }

    /** The birth dates a candidate can have and still reach the candidate threshold without the same family key. */
    static Set<LocalDate> nearbyDays(LocalDate born) {
        Set<LocalDate> days = new LinkedHashSet<>();
        days.add(born);
        days.add(born.minusDays(1));
        days.add(born.plusDays(1));
        if (born.getDayOfMonth() <= 12 && born.getDayOfMonth() != born.getMonthValue()) {
            days.add(LocalDate.of(born.getYear(), born.getDayOfMonth(), born.getMonthValue()));
        }
        return days;
    }

    /** The same day and month in the years written alike but for one digit (1985: 1980–1989 and 1905–1995). */
    static Set<LocalDate> yearSlips(LocalDate born) {
        Set<LocalDate> days = new LinkedHashSet<>();
        int year = born.getYear();
        for (int unit = 1; unit <= 1000; unit *= 10) {
            int digit = year / unit % 10;
            for (int d = 0; d <= 9; d++) {
                int other = year + (d - digit) * unit;
                if (d != digit && other >= 1000 && (born.getMonthValue() != 2 || born.getDayOfMonth() < 29
                        || Year.isLeap(other))) {
                    days.add(LocalDate.of(other, born.getMonthValue(), born.getDayOfMonth()));
                }
            }
        }
        return days;
    }

    static Likeness.Identity identity(Application a) {
        return new Likeness.Identity(a.familyName, a.givenNames, a.familyNameCyrillic, a.givenNamesCyrillic,
                a.birthDate, a.sex, Boolean.TRUE.equals(a.stateless) ? null : a.citizenship,
                hasDocument(a) ? List.of(new Likeness.Document(a.documentNumber.strip(), upper(a.documentCountry)))
                        : List.of());
    }
}
