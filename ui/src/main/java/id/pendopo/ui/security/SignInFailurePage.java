package id.pendopo.ui.security;

import id.pendopo.ui.ServerErrorServlet;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * When the sign-in mechanism ({@link OidcLogin}) fails outright, typically because Keycloak cannot be reached to
 * exchange the code at {@code /callback}, the container answers an empty 500 of its own: its error pages are not
 * consulted for a failure in authentication. This shows {@link ServerErrorServlet}'s page instead, which tells staff
 * that signing in could not be finished and to try again.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class SignInFailurePage implements HttpAuthenticationMechanism {

    @Inject
    @Delegate
    @Any
    HttpAuthenticationMechanism delegate;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        try {
            return delegate.validateRequest(request, response, context);
        } catch (RuntimeException failed) {
            request.setAttribute(ServerErrorServlet.FAILURE, failed);
            return context.forward(ServerErrorServlet.PATH);
        }
    }
}
