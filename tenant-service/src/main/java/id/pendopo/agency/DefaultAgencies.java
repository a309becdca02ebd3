package id.pendopo.agency;

import java.util.List;

/**
 * The agencies (OPD) almost every regency has, created with a new tenant so that complaints can be routed
 * from day one. The tenant admin renames, adds and deactivates them later.
 */
public final class DefaultAgencies {

    /** Code and name of one default agency. */
    public record Template(String code, String name) {
    }

    public static final List<Template> ALL = List.of(
            new Template("SETDA", "Sekretariat Daerah"),
            new Template("INSPEKTORAT", "Inspektorat Daerah"),
            new Template("BAPPEDA", "Badan Perencanaan Pembangunan Daerah"),
            new Template("DISDIK", "Dinas Pendidikan"),
            new Template("DINKES", "Dinas Kesehatan"),
            new Template("DPUPR", "Dinas Pekerjaan Umum dan Penataan Ruang"),
            new Template("DISPERKIM", "Dinas Perumahan dan Kawasan Permukiman"),
            new Template("DINSOS", "Dinas Sosial"),
            new Template("DISDUKCAPIL", "Dinas Kependudukan dan Pencatatan Sipil"),
            new Template("DISHUB", "Dinas Perhubungan"),
            new Template("DLH", "Dinas Lingkungan Hidup"),
            new Template("DISKOMINFO", "Dinas Komunikasi dan Informatika"),
            new Template("DPMPTSP", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"),
            new Template("SATPOLPP", "Satuan Polisi Pamong Praja"),
            new Template("DAMKAR", "Dinas Pemadam Kebakaran dan Penyelamatan"),
            new Template("BPBD", "Badan Penanggulangan Bencana Daerah"),
            new Template("RSUD", "Rumah Sakit Umum Daerah"));

    private DefaultAgencies() {
    }
}
