/**
 * The official region list over HTTP: the operator imports it from CSV; staff read their regency's districts
 * (kecamatan) and villages (desa/kelurahan).
 */
package id.pendopo.api.region;
