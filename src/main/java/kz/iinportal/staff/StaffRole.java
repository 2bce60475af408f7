package kz.iinportal.staff;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import kz.iinportal.web.Labelled;
import kz.iinportal.web.Role;

/**
 * The roles a supervisor may give a staff member, each with the workplace it needs: an operator reviews the cases of
 * one territorial body, a front-office employee keys in walk-in applications at one service centre, a supervisor
 * oversees all bodies and has neither (the V22 check {@code staff_workplace} says the same).
 */
public enum StaffRole implements Labelled {
    OPERATOR(Role.OPERATOR), FRONTOFFICE(Role.FRONTOFFICE), SUPERVISOR(Role.SUPERVISOR);

    private final Role role;

    StaffRole(Role role) {
        this.role = role;
    }

    /** The identity provider's realm role. */
    public Role role() {
        return role;
    }

    public boolean worksForBody() {
        return this == OPERATOR;
    }

    public boolean worksAtCentre() {
        return this == FRONTOFFICE;
    }

    /** The staff role of a realm role name; null for roles that are not staff (applicant, representative). */
    public static StaffRole of(String roleName) {
        for (StaffRole r : values()) {
            if (r.role.roleName().equals(roleName)) {
                return r;
            }
        }
        return null;
    }

    /** The same labels as the header's role names. */
    @Override
    public String labelPrefix() {
        return "role.";
    }

    @Override
    public String labelKey() {
        return role.labelKey();
    }

    /** Stored by the realm role's name ({@code operator}), as the identity provider and the audit log name it. */
    @Converter
    public static class RoleNameConverter implements AttributeConverter<StaffRole, String> {
        @Override
        public String convertToDatabaseColumn(StaffRole role) {
            return role == null ? null : role.role.roleName();
        }

        @Override
        public StaffRole convertToEntityAttribute(String name) {
            return name == null ? null : of(name);
        }
    }
}
