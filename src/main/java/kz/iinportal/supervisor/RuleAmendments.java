package kz.iinportal.supervisor;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

import io.quarkus.narayana.jta.QuarkusTransaction;
import kz.iinportal.application.Service;
import kz.iinportal.application.ServiceRule;
import kz.iinportal.audit.AdminEvent;
import kz.iinportal.audit.AdminEventKind;

/**
 * Amending the service rules: a new row from a date on. Rows already in effect are never changed or deleted; an
 * amendment that has not taken effect yet may be withdrawn (a mistake caught in time). Both are recorded in the
 * administration audit ({@link AdminEvent}) in their transaction.
 */
@ApplicationScoped
public class RuleAmendments {

    public enum Withdrawal {
        WITHDRAWN, IN_EFFECT, NOT_FOUND
    }

    /** Adds the amendment; false when the service already has a rule from that date. */
    boolean add(Service service, RuleAmendmentForm form, String supervisor) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                if (ServiceRule.count("service = ?1 and validFrom = ?2", service, form.validFrom) > 0) {
                    return false;
                }
                ServiceRule rule = new ServiceRule();
                rule.service = service;
                form.applyTo(rule);
                rule.persistAndFlush();
                AdminEvent.record(supervisor, AdminEventKind.RULE_AMENDED, subject(rule), null, describe(rule));
                return true;
            });
        } catch (PersistenceException e) {
            // Another supervisor added an amendment from the same date a moment earlier (unique service, date).
            return false;
        }
    }

    /** Deletes the rule if it takes effect after {@code today}. */
    Withdrawal withdraw(long id, LocalDate today, String supervisor) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ServiceRule rule = ServiceRule.findById(id);
            if (rule == null) {
                return Withdrawal.NOT_FOUND;
            }
            if (!rule.validFrom.isAfter(today)) {
                return Withdrawal.IN_EFFECT;
            }
            rule.delete();
            AdminEvent.record(supervisor, AdminEventKind.RULE_WITHDRAWN, subject(rule), describe(rule), null);
            return Withdrawal.WITHDRAWN;
        });
    }

    /** Which rule: the service and the day it takes effect (the pair is unique). */
    static String subject(ServiceRule rule) {
        return rule.service + " " + rule.validFrom;
    }

    static String describe(ServiceRule rule) {
        return "online=" + rule.online + "; serviceCentre=" + rule.serviceCentre + "; self=" + rule.selfAllowed
                + "; representative=" + rule.representativeAllowed + "; documents=" + rule.requiredDocuments
                + "; legalBasis=" + rule.legalBasis;
    }
}
