package kz.iinportal.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Test-only endpoint that fails unexpectedly, to see what a person gets then. */
@Path("/test-only/boom")
public class BoomResource {

    @GET
    public String boom() {
        throw new IllegalStateException("secret detail that must never reach the page");
    }
}
