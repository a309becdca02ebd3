package id.pendopo.calendar;

import id.pendopo.tenancy.TenantData;
import id.pendopo.tenancy.TenantDataSection;
import id.pendopo.tenancy.TenantExportWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;

/** A tenant's holiday calendar in export, purge and usage counts. */
@ApplicationScoped
public class HolidaySection implements TenantDataSection {

    @Inject
    TenantData data;

    @Override
    public String name() {
        return "holidays";
    }

    @Override
    public int order() {
        return 15;
    }

    @Override
    public long count() {
        return data.em().createQuery("SELECT COUNT(h) FROM Holiday h", Long.class).getSingleResult();
    }

    @Override
    public void export(TenantExportWriter out) throws IOException {
        List<List<String>> rows = data.em().createQuery("SELECT h FROM Holiday h ORDER BY h.day", Holiday.class)
                .getResultStream()
                .map(h -> List.of(h.day().toString(), h.name(), h.kind().name()))
                .toList();
        out.csv("holidays.csv", List.of("date", "name", "kind"), rows);
    }

    @Override
    public void purge() {
        data.em().createQuery("DELETE FROM Holiday h").executeUpdate();
        data.em().createQuery("DELETE FROM NationalHolidayOffer o").executeUpdate();
    }
}
