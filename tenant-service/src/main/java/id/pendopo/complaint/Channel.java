package id.pendopo.complaint;

/** How the complaint reached the regency. Staff enter PHONE, WALK_IN and SMS reports on the citizen's behalf. */
public enum Channel {
    WEB,
    API,
    OPEN311,
    PHONE,
    WALK_IN,
    SMS,
    SOCIAL_MEDIA,
    /** Handed over by the 112 emergency call centre because it is not an emergency. */
    REFERRAL_112,
    /** Forwarded by another regency of the platform that is not responsible (pelimpahan); see {@link ComplaintHandoff}. */
    FORWARDED
}
