package kz.iinportal.audit;

import kz.iinportal.web.Labelled;

/**
 * What an administration event records. Stored by name in {@code admin_event.kind}, which the chain hashes: a
 * constant is never renamed.
 */
public enum AdminEventKind implements Labelled {
    STAFF_ADDED, STAFF_WORKPLACE_CHANGED, STAFF_DEACTIVATED, STAFF_REACTIVATED,
    CALENDAR_DAY_ADDED, CALENDAR_DAY_CHANGED, CALENDAR_DAY_REMOVED,
    RULE_AMENDED, RULE_WITHDRAWN,
    CHECKPOINT_WRITTEN;

    @Override
    public String labelPrefix() {
        return "adminEvent.";
    }
}
