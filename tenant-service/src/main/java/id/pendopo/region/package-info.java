/**
 * The official Kemendagri region codes (kode wilayah): provinces, regencies and cities, districts (kecamatan)
 * and villages (desa/kelurahan). The list is platform reference data, imported by the operator from CSV;
 * a tenant's districts and villages are the regions under its regency code.
 */
package id.pendopo.region;
