package id.pendopo.region;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One official region: a province, regency/city, district (kecamatan) or village (desa/kelurahan). */
@Entity
@Table(name = "region")
public class Region {

    @Id
    @Column(length = 13)
    private String kode;

    @Column(nullable = false, length = 200)
    private String nama;

    @Column(nullable = false)
    private int level;

    @Column(name = "parent_kode", length = 13)
    private String parentKode;

    protected Region() {
    }

    public Region(String kode, String nama, RegionLevel level) {
        this.kode = kode;
        this.nama = nama;
        this.level = level.number();
        this.parentKode = RegionLevel.parentOf(kode);
    }

    public String kode() {
        return kode;
    }

    public String nama() {
        return nama;
    }

    public RegionLevel level() {
        return RegionLevel.of(level);
    }

    public String parentKode() {
        return parentKode;
    }
}
