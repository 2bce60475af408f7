package kz.iinportal.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A parameter the portal must see exactly as sent, invisible characters included: the public IIN check API reports
 * on the caller's input itself ("not digits" for a zero-width space pasted into a number), so {@link TextInput} leaves
 * it alone. It is never stored.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Verbatim {
}
