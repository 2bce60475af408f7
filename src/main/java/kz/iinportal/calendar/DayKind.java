package kz.iinportal.calendar;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import kz.iinportal.web.Labelled;

/**
 * How a calendar day differs from the plain Monday–Friday week (column {@code calendar_day.kind}, lower-case codes).
 */
public enum DayKind implements Labelled {

    /** A public holiday: not worked, even on a weekday. */
    HOLIDAY("holiday"),
    /** A day off moved here (weekend rule or ministerial order): not worked, even on a weekday. */
    TRANSFER_DAY_OFF("transfer_day_off"),
    /** A Saturday or Sunday that is worked (its day off moved elsewhere by order). */
    TRANSFER_WORKING_DAY("transfer_working_day");

    private final String code;

    DayKind(String code) {
        this.code = code;
    }

    /** The value stored in the database. */
    public String code() {
        return code;
    }

    public boolean working() {
        return this == TRANSFER_WORKING_DAY;
    }

    public static DayKind fromCode(String code) {
        for (DayKind kind : values()) {
            if (kind.code.equals(code)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Unknown calendar day kind: " + code);
    }

    @Override
    public String labelPrefix() {
        return "sup.kind.";
    }

    /** Maps the enum to its lower-case code (the table's CHECK constraint), not to the constant's name. */
    @Converter
    public static class CodeConverter implements AttributeConverter<DayKind, String> {
        @Override
        public String convertToDatabaseColumn(DayKind kind) {
            return kind == null ? null : kind.code;
        }

        @Override
        public DayKind convertToEntityAttribute(String code) {
            return code == null ? null : fromCode(code);
        }
    }
}
