package qiao.portal.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** One JAX-RS application serves the HTML pages at "/" and the JSON API under "/api/v1". */
@ApplicationPath("/")
@OpenAPIDefinition(info = @Info(title = "Qiao API", version = "v1",
        description = "The JSON API of Qiao. Authenticate with `Authorization: Bearer <token>` from "
                + "POST /api/v1/auth/token. Errors are RFC 9457 problem details."))
public class QiaoApplication extends Application {
}
