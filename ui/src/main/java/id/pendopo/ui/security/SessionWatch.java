package id.pendopo.ui.security;

import com.vaadin.flow.component.UI;

/**
 * Takes an open console to the sign-in page once its session has ended at the server (the account was disabled,
 * its roles changed, or Keycloak refused to refresh its tokens, see {@link OidcLogin}). The sign-in mechanism
 * answers the console's background requests (Vaadin's UIDL and heartbeat) with a redirect to Keycloak, which the
 * browser cannot follow from a script; Vaadin then only shows "reconnecting" over a page that no longer works.
 * This script notices such a request failing, asks the server for the page without following redirects, and
 * reloads when the answer is a redirect: the reload lands on the sign-in page. A network that is down makes that
 * check fail too, and then nothing happens (Vaadin's own reconnecting applies).
 */
public final class SessionWatch {

    static final String SCRIPT = """
            if (!window.pendopoSessionWatch) {
              window.pendopoSessionWatch = true;
              const check = () => fetch(location.pathname, {redirect: 'manual', credentials: 'same-origin', cache: 'no-store'})
                  .then(r => { if (r.type === 'opaqueredirect' || (r.status >= 300 && r.status < 400)) location.reload(); })
                  .catch(() => {});
              const open = XMLHttpRequest.prototype.open;
              XMLHttpRequest.prototype.open = function (method, url) {
                if (/[?&]v-r=(uidl|heartbeat)/.test(String(url))) {
                  this.addEventListener('error', check);
                }
                return open.apply(this, arguments);
              };
            }
            """;

    private SessionWatch() {
    }

    /** Installs the watch in {@code ui}'s page, once per page. */
    public static void install(UI ui) {
        ui.getPage().executeJs(SCRIPT);
    }
}
