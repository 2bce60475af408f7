package kz.iinportal.web;

/**
 * The realm roles of the identity provider. The constants exist so that {@code @RolesAllowed} and templates name the
 * same strings; the order is the precedence used when a person holds several roles (the most powerful is shown).
 */
public enum Role implements Labelled {
    SUPERVISOR(Role.SUPERVISOR_NAME),
    OPERATOR(Role.OPERATOR_NAME),
    FRONTOFFICE(Role.FRONTOFFICE_NAME),
    REPRESENTATIVE(Role.REPRESENTATIVE_NAME),
    APPLICANT(Role.APPLICANT_NAME);

    public static final String APPLICANT_NAME = "applicant";
    public static final String REPRESENTATIVE_NAME = "representative";
    public static final String FRONTOFFICE_NAME = "frontoffice";
    public static final String OPERATOR_NAME = "operator";
    public static final String SUPERVISOR_NAME = "supervisor";

    private final String roleName;

    Role(String roleName) {
        this.roleName = roleName;
    }

    public String roleName() {
        return roleName;
    }

    /** The role by the identity provider's name for it; {@code null} for a name the portal does not know. */
    public static Role named(String roleName) {
        for (Role role : values()) {
            if (role.roleName.equals(roleName)) {
                return role;
            }
        }
        return null;
    }

    @Override
    public String labelPrefix() {
        return "role.";
    }

    /** Keyed by the provider's lower-case name, as the header and the audit log have always shown it. */
    @Override
    public String labelKey() {
        return labelPrefix() + roleName;
    }
}
