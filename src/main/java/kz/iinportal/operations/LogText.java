package kz.iinportal.operations;

import java.util.regex.Pattern;

/** Text from outside (a mail server's answer, an exception's message) made fit for a log line. */
public final class LogText {

    private static final Pattern EMAIL = Pattern.compile("[^\\s<>\"'@(),;:]+@[^\\s<>\"'@(),;:]+");

    private LogText() {
    }

    /** The text with every e-mail address replaced by {@code <address>}: a log carries no one's address. */
    public static String withoutEmailAddresses(String text) {
        return text == null ? null : EMAIL.matcher(text).replaceAll("<address>");
    }
}
