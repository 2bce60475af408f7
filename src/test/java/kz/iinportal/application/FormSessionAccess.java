package kz.iinportal.application;

import java.util.Map;

/** Lets tests of other packages post a form the way a browser does (FormSession is package-private). */
public final class FormSessionAccess {

    private FormSessionAccess() {
    }

    public static void post(String formPage, String action) {
        postExpecting(formPage, action, 303);
    }

    public static void postExpecting(String formPage, String action, int status) {
        new FormSession().post(formPage, action, Map.of()).then().statusCode(status);
    }
}
