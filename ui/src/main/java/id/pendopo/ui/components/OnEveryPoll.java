package id.pendopo.ui.components;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.shared.Registration;

/**
 * Runs something on every poll of the page a component is on (see {@code pendopo.ui.refresh-seconds}), for as long
 * as the component is attached: counters that follow new reports without a click.
 */
public final class OnEveryPoll {

    private OnEveryPoll() {
    }

    /** Registers {@code refresh} for the polls of whichever page {@code component} is attached to. */
    public static void refresh(Component component, Runnable refresh) {
        Registration[] polls = new Registration[1];
        component.addAttachListener(attach -> polls[0] = attach.getUI().addPollListener(poll -> refresh.run()));
        component.addDetachListener(detach -> {
            if (polls[0] != null) {
                polls[0].remove();
                polls[0] = null;
            }
        });
    }
}
