package id.pendopo.ui.security;

import jakarta.inject.Inject;
import jakarta.security.enterprise.authentication.mechanism.http.openid.OpenIdConstant;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/** The OpenID redirect URI. By the time this runs the container has exchanged the code and signed the user in. */
@WebServlet("/callback")
public class CallbackServlet extends HttpServlet {

    @Inject
    OpenIdContext openId;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<String> original = openId.getStoredValue(req, resp, OpenIdConstant.ORIGINAL_REQUEST);
        resp.sendRedirect(ReturnUrl.after(original.orElse(null), req.getContextPath()));
    }
}
