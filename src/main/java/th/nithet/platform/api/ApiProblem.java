package th.nithet.platform.api;

import jakarta.ws.rs.WebApplicationException;

/** A refusal whose Thai message is meant for the caller, e.g. a validation failure. */
public class ApiProblem extends WebApplicationException {

    public ApiProblem(int status, String thaiMessage) {
        super(thaiMessage, status);
    }
}
