package id.pendopo.complaint;

import java.util.List;

/**
 * The complaint categories a new tenant starts with, after the topics LAPOR! SP4N reports most often. The tenant
 * admin adds and deactivates categories later.
 */
public final class DefaultCategories {

    /** Code, name, description and keywords of one default category. */
    public record Template(String code, String name, String description, String keywords) {
    }

    public static final List<Template> ALL = List.of(
            new Template("INFRASTRUKTUR", "Infrastruktur, Jalan dan Jembatan",
                    "Jalan rusak, jembatan, drainase, lampu jalan", "jalan,lubang,jembatan,drainase,lampu"),
            new Template("KEBERSIHAN", "Kebersihan dan Sampah",
                    "Pengangkutan sampah, TPS liar, kebersihan lingkungan", "sampah,tps,kotor,bau"),
            new Template("LINGKUNGAN", "Lingkungan Hidup",
                    "Pencemaran air, udara dan tanah, penebangan liar", "limbah,pencemaran,asap,banjir"),
            new Template("AIR-BERSIH", "Air Bersih",
                    "Layanan PDAM dan sumber air bersih", "air,pdam,pipa,keran"),
            new Template("KESEHATAN", "Kesehatan",
                    "Puskesmas, rumah sakit, BPJS, pelayanan kesehatan", "puskesmas,rsud,bpjs,obat,dokter"),
            new Template("PENDIDIKAN", "Pendidikan",
                    "Sekolah, guru, PPDB, bantuan pendidikan", "sekolah,guru,ppdb,beasiswa"),
            new Template("ADMINDUK", "Administrasi Kependudukan",
                    "KTP-el, Kartu Keluarga, akta kelahiran", "ktp,kk,akta,dukcapil"),
            new Template("PERIZINAN", "Perizinan dan Investasi",
                    "Perizinan usaha dan bangunan, pelayanan terpadu satu pintu", "izin,pbg,imb,nib,usaha"),
            new Template("SOSIAL", "Bantuan Sosial",
                    "Bansos, PKH, data kesejahteraan sosial", "bansos,pkh,bantuan,dtks"),
            new Template("KETERTIBAN", "Ketertiban Umum",
                    "Pedagang kaki lima, bangunan liar, gangguan ketertiban", "pkl,ketertiban,satpol,liar"),
            new Template("PERHUBUNGAN", "Perhubungan dan Lalu Lintas",
                    "Angkutan umum, parkir, rambu dan lalu lintas", "parkir,angkot,rambu,macet"),
            new Template("PELAYANAN-PUBLIK", "Pelayanan Publik dan Aparatur",
                    "Sikap dan kinerja aparatur, pungutan liar", "pungli,pelayanan,aparatur,pegawai"),
            new Template("LAINNYA", "Lainnya", "Topik lain", null));

    private DefaultCategories() {
    }
}
