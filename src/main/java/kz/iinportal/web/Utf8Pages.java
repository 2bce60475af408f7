package kz.iinportal.web;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every text answer says it is UTF-8. Without the charset a page rendered after a POST (a form shown again with its
 * errors) or the 429 page leaves the browser to guess, and a guess of windows-1251 turns Kazakh letters into noise.
 */
public class Utf8Pages {

    /** Response filters run from the highest priority to the lowest: this one last, after Qute has chosen the type. */
    @ServerResponseFilter(priority = 1)
    public void charset(ContainerResponseContext response) {
        MediaType type = response.getMediaType();
        if (type != null && "text".equals(type.getType())
                && !type.getParameters().containsKey(MediaType.CHARSET_PARAMETER)) {
            response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, type.withCharset("UTF-8").toString());
        }
    }
}
