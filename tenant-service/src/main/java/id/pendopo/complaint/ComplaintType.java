package id.pendopo.complaint;

/** What the citizen sends, as LAPOR! classifies it. All three follow the same workflow. */
public enum ComplaintType {
    /** Pengaduan: something in a public service went wrong and should be fixed. */
    PENGADUAN,
    /** Aspirasi: a wish or proposal for the regency, e.g. a new road or a program. */
    ASPIRASI,
    /** Permintaan informasi: a request for public information. */
    PERMINTAAN_INFORMASI
}
