package id.pendopo.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pendopo.shared.ValidationException;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoleRulesTest {

    @Test
    void anAgencyOfficerCannotAlsoBeGivenACoordinatorsRole() {
        for (Role coordinator : EnumSet.of(Role.COMPLAINT_OFFICER, Role.TENANT_ADMIN)) {
            assertThatThrownBy(() -> IdentityDirectory.requireAgencyOnlyForOfficers(
                    EnumSet.of(Role.AGENCY_OFFICER, coordinator), "DPUPR"))
                    .isInstanceOfSatisfying(ValidationException.class,
                            e -> assertThat(e.errors()).singleElement().satisfies(f -> assertThat(f.field()).isEqualTo("roles")));
        }
        IdentityDirectory.requireAgencyOnlyForOfficers(EnumSet.of(Role.AGENCY_OFFICER, Role.CALL_TAKER), "DPUPR");
        IdentityDirectory.requireAgencyOnlyForOfficers(EnumSet.of(Role.COMPLAINT_OFFICER, Role.TENANT_ADMIN), null);
    }

    @Test
    void whereThePairExistsAnywayTheNarrowerRoleWins() {
        assertThat(Role.coordinates(Set.of(Role.COMPLAINT_OFFICER))).isTrue();
        assertThat(Role.coordinates(Set.of(Role.TENANT_ADMIN))).isTrue();
        assertThat(Role.coordinates(Set.of(Role.COMPLAINT_OFFICER, Role.AGENCY_OFFICER))).isFalse();
        assertThat(Role.coordinates(Set.of(Role.TENANT_ADMIN, Role.AGENCY_OFFICER))).isFalse();
        assertThat(Role.coordinates(Set.of(Role.AGENCY_OFFICER))).isFalse();
        assertThat(Role.coordinates(Set.of(Role.CALL_TAKER))).isFalse();
    }
}
