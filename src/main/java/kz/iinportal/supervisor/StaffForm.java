package kz.iinportal.supervisor;

import static kz.iinportal.web.FormValues.orEmpty;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import kz.iinportal.staff.ServiceCentre;
import kz.iinportal.staff.Staff;
import kz.iinportal.staff.StaffAccounts;
import kz.iinportal.staff.StaffRole;
import kz.iinportal.staff.TerritorialBody;
import kz.iinportal.web.EmailAddresses;
import kz.iinportal.web.FormErrors;
import kz.iinportal.web.FormValues;

/**
 * A new staff member as the supervisor typed them: login, full name, e-mail, role and the workplace the role needs
 * (a territorial body for an operator, a service centre for front-office staff, none for a supervisor, who oversees
 * all bodies). The login is the identity provider's user name and the staff table's key.
 */
record StaffForm(String login, String fullName, String email, StaffRole role, TerritorialBody body,
        ServiceCentre centre, Map<String, String> answers) {

    static final int NAME_MAX = 200;

    /**
     * Keycloak keeps user names in lower case: a login typed in capitals is stored as Keycloak will send it back, or
     * the staff row would never match the signed-in person.
     */
    static final Pattern LOGIN = Pattern.compile("[a-z0-9][a-z0-9._-]{1,99}");

    /** An empty form. */
    static StaffForm of() {
        return new StaffForm(null, null, null, null, null, null, answers("", "", "", "", "", ""));
    }

    static StaffForm read(String login, String fullName, String email, String role, String body, String centre,
            EmailAddresses addresses, FormErrors errors) {
        String typedLogin = FormValues.trim(login);
        String normalLogin = typedLogin == null ? null : typedLogin.toLowerCase(Locale.ROOT);
        if (normalLogin == null) {
            errors.add("login", "staff.error.login.required");
        } else if (!LOGIN.matcher(normalLogin).matches()) {
            errors.add("login", "staff.error.login.format");
        }
        String name = SupervisorInput.trim(fullName);
        if (name == null) {
            errors.add("fullName", "staff.error.fullName.required");
        } else if (name.codePointCount(0, name.length()) > NAME_MAX) {
            errors.add("fullName", "sup.error.tooLong.200");
        }
        String address = SupervisorInput.trim(email);
        if (address == null) {
            errors.add("email", "staff.error.email.required");
        } else if (!addresses.valid(address)) {
            errors.add("email", "staff.error.email.invalid");
        }
        StaffRole chosen = FormValues.named(StaffRole.class, SupervisorInput.trim(role));
        if (chosen == null) {
            errors.add("role", "staff.error.role");
        }
        Workplace workplace = Workplace.read(chosen, body, centre, errors);
        return new StaffForm(normalLogin, name, address, chosen, workplace.body(), workplace.centre(),
                answers(orEmpty(login), orEmpty(fullName), orEmpty(email), orEmpty(role), orEmpty(body),
                        orEmpty(centre)));
    }

    StaffAccounts.NewAccount account() {
        return new StaffAccounts.NewAccount(login, fullName, email, role);
    }

    void applyTo(Staff staff) {
        staff.login = login;
        staff.fullName = fullName;
        staff.email = email;
        staff.role = role;
        staff.territorialBody = body;
        staff.serviceCentre = centre;
        staff.active = true;
    }

    private static Map<String, String> answers(String login, String fullName, String email, String role, String body,
            String centre) {
        return new HashMap<>(Map.of("login", login, "fullName", fullName, "email", email, "role", role, "body", body,
                "centre", centre));
    }

    /** The workplace a role needs, read from the body and centre fields (the one the role does not use is ignored). */
    record Workplace(TerritorialBody body, ServiceCentre centre) {

        static Workplace read(StaffRole role, String body, String centre, FormErrors errors) {
            if (role == StaffRole.OPERATOR) {
                TerritorialBody found = code(body) == null ? null : TerritorialBody.findById(code(body));
                if (found == null) {
                    errors.add("body", "staff.error.body");
                }
                return new Workplace(found, null);
            }
            if (role == StaffRole.FRONTOFFICE) {
                ServiceCentre found = code(centre) == null ? null : ServiceCentre.findById(code(centre));
                if (found == null) {
                    errors.add("centre", "staff.error.centre");
                }
                return new Workplace(null, found);
            }
            return new Workplace(null, null);
        }

        /** Where the staff member works now. */
        static Workplace of(Staff staff) {
            return new Workplace(staff.territorialBody, staff.serviceCentre);
        }

        void applyTo(Staff staff) {
            staff.territorialBody = body;
            staff.serviceCentre = centre;
        }

        /** As the administration audit records it: {@code body:ASTANA}, {@code centre:ASTANA-PSC-1} or nothing. */
        String describe() {
            return body != null ? "body:" + body.code : centre != null ? "centre:" + centre.code : "";
        }

        private static String code(String value) {
            String code = FormValues.trim(value);
            return code == null || code.length() > 40 ? null : code;
        }
    }
}
