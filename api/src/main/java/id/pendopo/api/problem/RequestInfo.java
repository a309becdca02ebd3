package id.pendopo.api.problem;

import jakarta.servlet.http.HttpServletRequest;

/** What the error model needs to know of the failed request: its method, its path, and whether it bore a token. */
public record RequestInfo(String method, String path, boolean bearerToken) {

    public static RequestInfo of(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return new RequestInfo(request.getMethod(), request.getRequestURI(),
                authorization != null && authorization.regionMatches(true, 0, "Bearer", 0, 6));
    }
}
