package id.pendopo.ui.security;

/**
 * Where to send a user after sign-in. The mechanism remembers the URL of the request that triggered the
 * sign-in, but that can be one of Vaadin's background requests (a UIDL or heartbeat call, a bundle file) or the
 * callback itself; returning there would show raw JSON or loop, so such URLs give way to the home page.
 */
public final class ReturnUrl {

    private ReturnUrl() {
    }

    public static String after(String storedUrl, String contextPath) {
        String home = contextPath + "/";
        if (storedUrl == null || storedUrl.isBlank()) {
            return home;
        }
        if (storedUrl.contains("v-r=") || storedUrl.contains("/VAADIN/") || storedUrl.contains("/callback")
                || storedUrl.contains("/logout")) {
            return home;
        }
        return storedUrl;
    }
}
