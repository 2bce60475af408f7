package kz.iinportal.supervisor;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

import io.quarkus.narayana.jta.QuarkusTransaction;
import kz.iinportal.application.Service;
import kz.iinportal.application.ServiceRule;

/**
 * Amending the service rules: a new row from a date on. Rows already in effect are never changed or deleted; an
 * amendment that has not taken effect yet may be withdrawn (a mistake caught in time).
 */
@ApplicationScoped
public class RuleAmendments {

    public enum Withdrawal {
        WITHDRAWN, IN_EFFECT, NOT_FOUND
    }

    /** Adds the amendment; false when the service already has a rule from that date. */
    boolean add(Service service, RuleAmendmentForm form) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                if (ServiceRule.count("service = ?1 and validFrom = ?2", service, form.validFrom) > 0) {
                    return false;
                }
                ServiceRule rule = new ServiceRule();
                rule.service = service;
                form.applyTo(rule);
                rule.persistAndFlush();
                return true;
            });
        } catch (PersistenceException e) {
            // Another supervisor added an amendment from the same date a moment earlier (unique service, date).
            return false;
        }
    }

    /** Deletes the rule if it takes effect after {@code today}. */
    Withdrawal withdraw(long id, LocalDate today) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ServiceRule rule = ServiceRule.findById(id);
            if (rule == null) {
                return Withdrawal.NOT_FOUND;
            }
            if (!rule.validFrom.isAfter(today)) {
                return Withdrawal.IN_EFFECT;
            }
            rule.delete();
            return Withdrawal.WITHDRAWN;
        });
    }
}
