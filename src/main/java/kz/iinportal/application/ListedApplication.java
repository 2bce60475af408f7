package kz.iinportal.application;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An application as "My applications" lists it (a draft or a sent one): the columns the list shows and no more, so
 * that a page is read in one statement and nothing it refers to (body, centre) is loaded.
 */
public record ListedApplication(long id, String reference, Service service, ApplicationStatus status,
        String familyName, String givenNames, OffsetDateTime createdAt, OffsetDateTime submittedAt) {

    /** The same columns of an application already loaded (the search by reference finds one). */
    public static ListedApplication of(Application a) {
        return new ListedApplication(a.id, a.reference, a.service, a.status, a.familyName, a.givenNames, a.createdAt,
                a.submittedAt);
    }

    /**
     * One page of "My applications": the drafts (a few, never paged), the sent applications of {@code page} (the page
     * asked for, or the last one when it asked beyond it) and how many were sent in all.
     */
    public record Page(List<ListedApplication> drafts, List<ListedApplication> sent, long total, int page) {

        public static Page empty() {
            return new Page(List.of(), List.of(), 0, 1);
        }
    }
}
