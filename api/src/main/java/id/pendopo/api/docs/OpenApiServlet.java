package id.pendopo.api.docs;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/**
 * Serves the OpenAPI document of this API at {@code /api/openapi}. The build generates it from the code
 * (smallrye-open-api-maven-plugin reading the JAX-RS and MicroProfile OpenAPI annotations), so it lists exactly
 * the operations this WAR contains; Payara's own {@code /openapi} at the server root describes the whole server
 * instead and is switched off for this application (mp.openapi.scan.disable).
 */
@WebServlet(name = "openapi", urlPatterns = "/openapi")
public class OpenApiServlet extends HttpServlet {

    static final String DOCUMENT = "/WEB-INF/openapi/openapi.json";

    private byte[] document;

    @Override
    public void init() throws ServletException {
        try (InputStream in = getServletContext().getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                throw new ServletException(DOCUMENT + " is missing from the WAR; the build generates it");
            }
            document = in.readAllBytes();
        } catch (IOException e) {
            throw new ServletException("Cannot read " + DOCUMENT, e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setContentLength(document.length);
        response.getOutputStream().write(document);
    }
}
