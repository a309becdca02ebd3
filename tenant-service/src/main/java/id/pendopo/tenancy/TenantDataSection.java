package id.pendopo.tenancy;

import java.io.IOException;

/**
 * One kind of tenant-owned data, as seen by the operator's export, purge and usage counts. Every capability
 * that stores tenant rows contributes a section (a CDI bean), so an export is complete and a purge leaves
 * nothing behind without the tenancy code knowing about complaints or calls.
 *
 * <p>Each method runs with the tenant already entered in {@link TenantContext}.
 */
public interface TenantDataSection {

    /** A short name, also the export's file name stem, e.g. {@code agencies}. */
    String name();

    /**
     * Sections are purged from the highest order down and exported from the lowest up, so that rows
     * referring to others go first.
     */
    int order();

    long count();

    void export(TenantExportWriter out) throws IOException;

    void purge();
}
