package kz.iinportal.web;

import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;

/**
 * E-mail addresses as people type them, for notices that must arrive. An address passes Hibernate Validator's
 * {@code @Email} (the syntax of RFC 5321/5322, internationalised names included) and, beyond what that syntax allows,
 * is one a public mail server delivers to: a local part without quotes, without a dot at its start or end and without
 * two dots in a row; a domain name of dot-separated labels ending in a top-level domain of two letters or more (no
 * {@code a@localhost}, no {@code a@[10.0.0.1]}, no underscore); at most 254 characters in all (RFC 5321's path limit).
 */
@ApplicationScoped
public class EmailAddresses {

    static final int MAX_LENGTH = 254;
    private static final Pattern LOCAL_PART = Pattern.compile("[^\"\\s.@](?:[^\"\\s@]*[^\"\\s.@])?");
    private static final Pattern DOMAIN = Pattern.compile(
            "(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+(?:\\p{L}{2,63}|xn--[a-z0-9-]{1,59})");

    @Inject
    Validator validator;

    public boolean valid(String address) {
        if (address == null || address.length() > MAX_LENGTH) {
            return false;
        }
        int at = address.lastIndexOf('@');
        if (at <= 0) {
            return false;
        }
        String local = address.substring(0, at);
        return LOCAL_PART.matcher(local).matches() && !local.contains("..")
                && DOMAIN.matcher(address.substring(at + 1)).matches()
                && validator.validateValue(Typed.class, "address", address).isEmpty();
    }

    /** The constraint, on a field, for {@link Validator#validateValue}. */
    static final class Typed {
        @Email
        String address;
    }
}
