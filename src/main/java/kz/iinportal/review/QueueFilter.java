package kz.iinportal.review;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

import kz.iinportal.application.ApplicationStatus;
import kz.iinportal.application.ReferenceNumber;
import kz.iinportal.application.Service;
import kz.iinportal.web.FormValues;

/**
 * What an operator asked the queue for: status, service, assignment, overdue, and a free-text search matched against
 * reference, name (family and given names in any order), document number or IIN. Unknown values are ignored rather than rejected: a filter link must
 * never break the queue.
 */
public record QueueFilter(ApplicationStatus status, Service service, Assignment assignment, boolean overdue,
        String search) {

    public enum Assignment {
        ANY,
        MINE,
        UNASSIGNED
    }

    public static QueueFilter parse(String status, String service, String assigned, String overdue, String q) {
        ApplicationStatus chosen = FormValues.named(ApplicationStatus.class, status);
        // Drafts are the filer's own business until submitted: never in an operator's queue.
        return new QueueFilter(chosen == ApplicationStatus.DRAFT ? null : chosen,
                FormValues.named(Service.class, service),
                FormValues.named(Assignment.class, assigned) == null ? Assignment.ANY
                        : FormValues.named(Assignment.class, assigned),
                "true".equals(overdue), q == null || q.isBlank() ? null : q.strip());
    }

    /** The chosen status as the filter form sends it ("" for any). */
    public String statusName() {
        return status == null ? "" : status.name();
    }

    public String serviceName() {
        return service == null ? "" : service.name();
    }

    // The filter's query parameters for the "next page" link, null when not chosen so that the route leaves them out.
    public String statusParam() {
        return status == null ? null : status.name();
    }

    public String serviceParam() {
        return service == null ? null : service.name();
    }

    public String assignedParam() {
        return assignment == Assignment.ANY ? null : assignment.name();
    }

    public String overdueParam() {
        return overdue ? "true" : null;
    }

    /**
     * The open cases, with the statuses written out as literals rather than bound: PostgreSQL can then prove the
     * query is on V26's partial index of open cases (a parameter would hide which statuses are asked for).
     */
    static final String OPEN = " and a.status in (" + ApplicationStatus.class.getName() + ".SUBMITTED, "
            + ApplicationStatus.class.getName() + ".IN_REVIEW)";

    /** The query's WHERE clause after the body condition, and its parameters, in JPQL. */
    String where(QueryParts parts, String operator, OffsetDateTime now) {
        StringBuilder where = new StringBuilder();
        if (status != null) {
            where.append(" and a.status = :status");
            parts.put("status", status);
        } else {
            where.append(OPEN);
        }
        if (service != null) {
            where.append(" and a.service = :service");
            parts.put("service", service);
        }
        if (assignment == Assignment.MINE) {
            where.append(" and a.assignedTo = :me");
            parts.put("me", operator);
        } else if (assignment == Assignment.UNASSIGNED) {
            where.append(" and a.assignedTo is null");
        }
        if (overdue) {
            where.append(" and a.dueAt < :now");
            parts.put("now", now);
        }
        if (search != null) {
            String reference = ReferenceNumber.normalize(search);
            String upper = search.toUpperCase(Locale.ROOT);
            String digits = search.replace(" ", "");
            where.append(" and (a.reference = :ref or ").append(nameCondition(parts))
                    .append(" or a.documentNumber = :doc or a.currentIin = :iin or a.resultIin = :iin)");
            parts.put("ref", reference == null ? "" : reference);
            parts.put("doc", upper);
            parts.put("iin", digits);
        }
        return where.toString();
    }

    /** Words of a name beyond these are ignored: nobody types more, and each one adds an index scan. */
    static final int MAX_NAME_WORDS = 5;

    /**
     * The search as a name: one word is the start of the family name (as before); several words are the family and
     * given names in any order ("ZHOU MEI LIN", "MEI LIN ZHOU"), each the start of a word of the full name. The
     * condition stays index-friendly: one of the words must start the family name, an OR of prefix LIKEs that
     * application_family_name (V8) answers one range scan each, and only the cases found are checked for the other
     * words. Hyphens count as spaces ("JI WOO" finds JI-WOO).
     */
    private String nameCondition(QueryParts parts) {
        List<String> words = nameWords(search);
        if (words.size() <= 1) {
            parts.put("name", likeEscaped(words.isEmpty() ? search.toUpperCase(Locale.ROOT) : words.get(0)) + "%");
            return "upper(a.familyName) like :name escape '!'";
        }
        StringJoiner starts = new StringJoiner(" or ", "(", ")");
        StringJoiner all = new StringJoiner(" and ");
        for (int i = 0; i < words.size(); i++) {
            String word = likeEscaped(words.get(i));
            starts.add("upper(a.familyName) like :nameStart" + i + " escape '!'");
            all.add("concat(' ', replace(upper(a.familyName), '-', ' '), ' ', replace(upper(coalesce(a.givenNames, '')),"
                    + " '-', ' ')) like :nameWord" + i + " escape '!'");
            parts.put("nameStart" + i, word + "%");
            parts.put("nameWord" + i, "% " + word + "%");
        }
        return "(" + starts + " and " + all + ")";
    }

    /** The words of a typed name, upper-cased; spaces, commas and hyphens separate them. */
    static List<String> nameWords(String typed) {
        return Arrays.stream(typed.toUpperCase(Locale.ROOT).split("[\\s,\\-]+")).filter(w -> !w.isEmpty())
                .limit(MAX_NAME_WORDS).toList();
    }

    private static String likeEscaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** Named parameters collected while building a query. */
    static final class QueryParts extends LinkedHashMap<String, Object> {
    }
}
