package kz.iinportal.application;

import java.util.Map;

/** Lets tests of other packages post a form the way a browser does (FormSession is package-private). */
public final class FormSessionAccess {

    private FormSessionAccess() {
    }

    public static void post(String formPage, String action) {
        postExpecting(formPage, action, 303);
    }

    /** Posts fields from the form page; checks the status and, when given, a text in the answer. */
    public static void postFields(String formPage, String action, Map<String, String> fields, int status,
            String text) {
        var then = new FormSession().post(formPage, action, fields).then().statusCode(status);
        if (text != null) {
            then.body(org.hamcrest.Matchers.containsString(text));
        }
    }

    public static void postExpecting(String formPage, String action, int status) {
        new FormSession().post(formPage, action, Map.of()).then().statusCode(status);
    }

    /** Posts fields from the form page and returns the answer, for tests that check several things in it. */
    public static io.restassured.response.Response postForm(String formPage, String action,
            Map<String, String> fields) {
        return new FormSession().post(formPage, action, fields);
    }
}
