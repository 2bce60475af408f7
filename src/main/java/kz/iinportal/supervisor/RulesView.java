package kz.iinportal.supervisor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.quarkiverse.renarde.util.I18N;
import kz.iinportal.application.Service;
import kz.iinportal.application.ServiceRule;
import kz.iinportal.documents.DocumentKind;
import kz.iinportal.web.Labelled;

/** The rules of each service as the supervisor reads them: which is in force today, which are scheduled or past. */
public class RulesView {

    public enum State implements Labelled {
        SCHEDULED, IN_FORCE, SUPERSEDED;

        @Override
        public String labelPrefix() {
            return "sup.rules.state.";
        }
    }

    public record Row(ServiceRule rule, State state, String channels, String filers, String documents) {

        /** Only an amendment that has not taken effect may be withdrawn. */
        public boolean withdrawable() {
            return state == State.SCHEDULED;
        }
    }

    public record Group(Service service, String name, List<Row> rows) {
    }

    private final I18N i18n;

    public RulesView(I18N i18n) {
        this.i18n = i18n;
    }

    /** Every service with its rules, the latest first. */
    public List<Group> groups(LocalDate today) {
        List<Group> groups = new ArrayList<>();
        for (Service service : Service.values()) {
            List<ServiceRule> rules = ServiceRule.list("service = ?1 order by validFrom desc", service);
            List<Row> rows = new ArrayList<>();
            boolean inForceSeen = false;
            for (ServiceRule rule : rules) {
                State state;
                if (rule.validFrom.isAfter(today)) {
                    state = State.SCHEDULED;
                } else if (!inForceSeen) {
                    state = State.IN_FORCE;
                    inForceSeen = true;
                } else {
                    state = State.SUPERSEDED;
                }
                rows.add(new Row(rule, state, channels(rule), filers(rule), documents(rule)));
            }
            groups.add(new Group(service, i18n.getMessage(service.labelKey()), rows));
        }
        return groups;
    }

    /** Checkbox name → label of the channels, filers and documents of the amendment form. */
    public Map<String, String> getChannelOptions() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("online", i18n.getMessage("sup.rules.online"));
        options.put("serviceCentre", i18n.getMessage("sup.rules.serviceCentre"));
        return options;
    }

    public Map<String, String> getFilerOptions() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("selfAllowed", i18n.getMessage("sup.rules.self"));
        options.put("representativeAllowed", i18n.getMessage("sup.rules.representative"));
        return options;
    }

    public Map<String, String> getDocumentOptions() {
        Map<String, String> options = new LinkedHashMap<>();
        for (DocumentKind kind : RuleAmendmentForm.DOCUMENTS) {
            options.put(RuleAmendmentForm.documentField(kind), i18n.getMessage(kind.labelKey()));
        }
        return options;
    }

    private String channels(ServiceRule rule) {
        return either(rule.online, "sup.rules.online", rule.serviceCentre, "sup.rules.serviceCentre");
    }

    private String filers(ServiceRule rule) {
        return either(rule.selfAllowed, "sup.rules.self", rule.representativeAllowed, "sup.rules.representative");
    }

    /** The names of the one or two of a pair a rule allows, e.g. "online, service centre". */
    private String either(boolean first, String firstKey, boolean second, String secondKey) {
        List<String> parts = new ArrayList<>();
        if (first) {
            parts.add(i18n.getMessage(firstKey));
        }
        if (second) {
            parts.add(i18n.getMessage(secondKey));
        }
        return String.join(", ", parts);
    }

    private String documents(ServiceRule rule) {
        List<String> names = new ArrayList<>();
        for (String kind : rule.requiredDocumentKinds()) {
            names.add(i18n.getMessage("document.kind." + kind));
        }
        return String.join(", ", names);
    }
}
