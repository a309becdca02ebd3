package id.pendopo.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.pendopo.ui.ServerErrorServlet;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.net.ConnectException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignInFailurePageTest {

    private final Map<String, Object> attributes = new HashMap<>();
    private final List<String> forwardedTo = new ArrayList<>();

    private final HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                case "setAttribute" -> attributes.put((String) args[0], args[1]);
                case "getAttribute" -> attributes.get((String) args[0]);
                default -> throw new UnsupportedOperationException(method.getName());
            });

    private final HttpMessageContext context = (HttpMessageContext) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {HttpMessageContext.class}, (proxy, method, args) -> {
                if (method.getName().equals("forward")) {
                    forwardedTo.add((String) args[0]);
                    return AuthenticationStatus.SEND_CONTINUE;
                }
                throw new UnsupportedOperationException(method.getName());
            });

    @Test
    void whenTheMechanismFailsTheSignInPageIsShownInsteadOfAnEmpty500() throws Exception {
        RuntimeException unreachable = new IllegalStateException("token endpoint", new ConnectException("Connection refused"));
        SignInFailurePage page = new SignInFailurePage() {
        };
        page.delegate = (req, resp, ctx) -> {
            throw unreachable;
        };

        assertThat(page.validateRequest(request, null, context)).isEqualTo(AuthenticationStatus.SEND_CONTINUE);
        assertThat(forwardedTo).containsExactly(ServerErrorServlet.PATH);
        assertThat(attributes).containsEntry(ServerErrorServlet.FAILURE, unreachable);
    }

    @Test
    void whatTheMechanismDecidesIsPassedOnUntouched() throws Exception {
        SignInFailurePage page = new SignInFailurePage() {
        };
        page.delegate = (req, resp, ctx) -> AuthenticationStatus.SEND_FAILURE;

        assertThat(page.validateRequest(request, null, context)).isEqualTo(AuthenticationStatus.SEND_FAILURE);
        assertThat(forwardedTo).isEmpty();
        assertThat(attributes).isEmpty();
    }
}
