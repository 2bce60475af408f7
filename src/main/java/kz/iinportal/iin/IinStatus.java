package kz.iinportal.iin;

/** An IIN's life in the register. A CORRECTED or ANNULLED number is never handed out again. */
public enum IinStatus {
    ACTIVE,
    /** Replaced by a correction; {@link IinRecord#replacedBy} names the number that replaced it. */
    CORRECTED,
    ANNULLED
}
