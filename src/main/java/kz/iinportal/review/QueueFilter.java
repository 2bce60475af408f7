package kz.iinportal.review;

import java.time.OffsetDateTime;
import java.util.Locale;

import kz.iinportal.application.ApplicationStatus;
import kz.iinportal.application.ReferenceNumber;
import kz.iinportal.application.Service;
import kz.iinportal.web.FormValues;

/**
 * What an operator asked the queue for: status, service, assignment, overdue, and a free-text search matched against
 * reference, family name, document number or IIN. Unknown values are ignored rather than rejected: a filter link must
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
        return new QueueFilter(chosen == ApplicationStatus.DRAFT ? null : chosen, FormValues.named(Service.class, service),
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

    /** The query's WHERE clause after the body condition, and its parameters, in JPQL. */
    String where(QueryParts parts, String operator, OffsetDateTime now) {
        StringBuilder where = new StringBuilder();
        if (status != null) {
            where.append(" and a.status = :status");
            parts.put("status", status);
        } else {
            where.append(" and a.status in (:open)");
            parts.put("open", java.util.List.of(ApplicationStatus.SUBMITTED, ApplicationStatus.IN_REVIEW));
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
            where.append(" and (a.reference = :ref or upper(a.familyName) like :name escape '!'"
                    + " or a.documentNumber = :doc or a.currentIin = :iin or a.resultIin = :iin)");
            parts.put("ref", reference == null ? "" : reference);
            parts.put("name", upper.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
            parts.put("doc", upper);
            parts.put("iin", digits);
        }
        return where.toString();
    }

    /** Named parameters collected while building a query. */
    static final class QueryParts extends java.util.LinkedHashMap<String, Object> {
    }
}
