package id.pendopo.api.region;

import id.pendopo.api.tenancy.CurrentTenant;
import id.pendopo.identity.Role;
import id.pendopo.region.Region;
import id.pendopo.region.RegionDirectory;
import id.pendopo.region.RegionImporter;
import id.pendopo.region.RegionLevel;
import id.pendopo.shared.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.Reader;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The official region list: imported by the operator, read by staff within their own regency. */
@Path("regions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Regions")
@APIResponse(responseCode = "401", ref = "Unauthenticated")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class RegionsResource {

    public static final String CSV = "text/csv";

    @Inject
    RegionImporter importer;

    @Inject
    RegionDirectory regions;

    @Inject
    CurrentTenant tenant;

    @POST
    @Path("import")
    @Consumes(CSV)
    @RolesAllowed(Role.Names.PLATFORM_OPERATOR)
    @Operation(operationId = "importRegions", summary = "Import the official region list",
            description = "CSV with header kode,nama,level (1 province, 2 regency/city, 3 district, 4 village). "
                    + "A file with any bad row changes nothing; every bad line is listed in the problem's errors. "
                    + "Importing the same file again changes nothing.")
    @RequestBody(required = true, content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING),
            example = "kode,nama,level\n12,Sumatera Utara,1\n12.05,Kabupaten Langkat,2\n"))
    @APIResponse(responseCode = "200", description = "What the import changed",
            content = @Content(schema = @Schema(implementation = RegionImportView.class)))
    @APIResponse(responseCode = "400", ref = "ValidationFailed")
    public RegionImportView importCsv(Reader csv) {
        return RegionImportView.of(importer.importCsv(csv));
    }

    @GET
    @Path("districts")
    @RolesAllowed({Role.Names.TENANT_ADMIN, Role.Names.COMPLAINT_OFFICER, Role.Names.AGENCY_OFFICER,
            Role.Names.CALL_TAKER, Role.Names.DISPATCHER, Role.Names.COMMAND_VIEWER, Role.Names.API_CLIENT})
    @Operation(operationId = "listDistricts", summary = "The districts (kecamatan) of the caller's regency")
    public List<RegionView> districts() {
        return regions.childrenOf(tenant.get().kode()).stream().map(RegionView::of).toList();
    }

    @GET
    @Path("districts/{kode}/villages")
    @RolesAllowed({Role.Names.TENANT_ADMIN, Role.Names.COMPLAINT_OFFICER, Role.Names.AGENCY_OFFICER,
            Role.Names.CALL_TAKER, Role.Names.DISPATCHER, Role.Names.COMMAND_VIEWER, Role.Names.API_CLIENT})
    @Operation(operationId = "listVillages", summary = "The villages (desa/kelurahan) of one district of the caller's regency")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<RegionView> villages(@PathParam("kode") String kode) {
        requireOwnDistrict(tenant.get().kode(), kode);
        return regions.childrenOf(kode).stream().map(RegionView::of).toList();
    }

    private void requireOwnDistrict(String regencyKode, String districtKode) {
        boolean own = isDistrictOf(regencyKode, districtKode)
                && regions.find(districtKode).map(Region::level).filter(RegionLevel.DISTRICT::equals).isPresent();
        if (!own) {
            throw new NotFoundException("District", districtKode);
        }
    }

    /** Whether a code has the shape of a district directly under the regency, e.g. 12.05.01 under 12.05. */
    static boolean isDistrictOf(String regencyKode, String districtKode) {
        return RegionLevel.DISTRICT.fits(districtKode) && regencyKode.equals(RegionLevel.parentOf(districtKode));
    }
}
