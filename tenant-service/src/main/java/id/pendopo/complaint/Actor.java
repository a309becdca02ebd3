package id.pendopo.complaint;

import id.pendopo.shared.Validation;

/**
 * Who did something to a complaint, as the timeline shows it: a stable id (a staff account id, {@code reporter}
 * or {@code system}) and the name displayed at that time, kept so the timeline reads the same after renames.
 */
public record Actor(String id, String displayName) {

    public static final Actor SYSTEM = new Actor("system", "Sistem");

    public Actor {
        new Validation().notBlank(id, "actor.id").maxLength(id, 64, "actor.id")
                .notBlank(displayName, "actor.displayName").maxLength(displayName, 120, "actor.displayName")
                .throwIfInvalid();
    }

    /**
     * Whether {@code id} is one the platform gives ({@code reporter}, {@code system}): a staff account of that name
     * must not act under it, or its replies would read as the citizen's.
     */
    public static boolean reservedId(String id) {
        return "reporter".equals(id) || SYSTEM.id().equals(id);
    }

    /** Whether this is the citizen who reported (named or not). */
    public boolean isReporter() {
        return "reporter".equals(id);
    }

    /** The name to show {@code viewer}: the reporter stays "Pelapor" unless {@code reporterVisible}. */
    public String displayNameFor(boolean reporterVisible) {
        return isReporter() && !reporterVisible ? "Pelapor" : displayName;
    }

    /** The citizen who reported, acting with their tracking secret. */
    public static Actor reporter(String displayName) {
        return new Actor("reporter", displayName == null || displayName.isBlank() ? "Pelapor" : displayName);
    }
}
