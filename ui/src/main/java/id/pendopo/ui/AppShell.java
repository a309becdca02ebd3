package id.pendopo.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.shared.communication.PushMode;
import com.vaadin.flow.shared.ui.Transport;

/**
 * Application-wide page settings. Push uses WEBSOCKET_XHR: server-to-browser over the websocket, browser-to-server
 * over XHR, so every request from the browser carries the signed-in user and {@code isUserInRole} keeps working.
 * Plain WEBSOCKET would route navigation over the websocket, where the container knows no roles.
 */
@Push(value = PushMode.AUTOMATIC, transport = Transport.WEBSOCKET_XHR)
public class AppShell implements AppShellConfigurator {
}
