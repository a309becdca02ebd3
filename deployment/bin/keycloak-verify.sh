#!/usr/bin/env bash
# Pendopo: checks a running Keycloak with the pendopo realm (as started by keycloak.sh) end to end:
# tokens and their claims for every client, the browser login of pendopo-ui, and the Admin REST calls
# the platform makes with the pendopo-admin service account. Creates and deletes its own test
# organization and user. Exit code 0 when every check passed.
#
# Usage: KC_PORT=8180 deployment/bin/keycloak-verify.sh        (needs curl and jq)
# Environment: KC_PORT (default 8180), KC_URL (default http://localhost:$KC_PORT), VERBOSE=1 prints
# the decoded token payloads.
set -euo pipefail

KC_PORT="${KC_PORT:-8180}"
KC_URL="${KC_URL:-http://localhost:$KC_PORT}"
REALM_URL="$KC_URL/realms/pendopo"
TOKEN_URL="$REALM_URL/protocol/openid-connect/token"
ADMIN="$KC_URL/admin/realms/pendopo"
VERBOSE="${VERBOSE:-0}"

command -v jq >/dev/null || { echo "jq is required (apt-get install -y jq)" >&2; exit 2; }
command -v curl >/dev/null || { echo "curl is required" >&2; exit 2; }

PASSED=0
FAILED=0
WORK="$(mktemp -d)"
ORG_ID=""
USER_ID=""
ADMIN_TOKEN=""

ok() { PASSED=$((PASSED + 1)); printf '  ok    %s\n' "$*"; }
bad() { FAILED=$((FAILED + 1)); printf '  FAIL  %s\n' "$*"; }
check() { # check "description" command...
  local what=$1; shift
  if "$@" >/dev/null 2>&1; then ok "$what"; else bad "$what"; fi
}

# Decodes the payload of a JWT (base64url without padding).
jwt_payload() {
  local p
  p="$(printf '%s' "$1" | cut -d. -f2 | tr '_-' '/+')"
  while [ $((${#p} % 4)) -ne 0 ]; do p="$p="; done
  printf '%s' "$p" | base64 -d
}

# admin METHOD PATH [JSON]: Admin REST call with the service-account token; sets STATUS, BODY, LOCATION_ID.
admin() {
  local method=$1 path=$2 data=${3:-}
  local args=(-s -o "$WORK/body" -D "$WORK/headers" -X "$method" -H "Authorization: Bearer $ADMIN_TOKEN")
  [ -n "$data" ] && args+=(-H 'Content-Type: application/json' --data "$data")
  STATUS="$(curl "${args[@]}" -w '%{http_code}' "$ADMIN$path")"
  BODY="$(cat "$WORK/body")"
  LOCATION_ID="$(grep -i '^location:' "$WORK/headers" | tr -d '\r' | sed 's|.*/||' || true)"
  printf '  %-6s %-70s -> %s\n' "$method" "$path${data:+  $(printf '%.90s' "$data")}" "$STATUS"
}

expect_status() { # expect_status CODE "description"
  if [ "$STATUS" = "$1" ]; then ok "$2 ($STATUS)"; else bad "$2: expected $1, got $STATUS: $(printf '%.300s' "$BODY")"; fi
}

password_token() { # password_token USER PASSWORD [SCOPE] -> prints the token response
  curl -s -d grant_type=password -d client_id=pendopo-cli --data-urlencode "username=$1" \
    --data-urlencode "password=$2" --data-urlencode "scope=${3:-openid}" "$TOKEN_URL"
}

cleanup() {
  if [ -n "$ADMIN_TOKEN" ]; then
    [ -n "$USER_ID" ] && curl -s -o /dev/null -X DELETE -H "Authorization: Bearer $ADMIN_TOKEN" "$ADMIN/users/$USER_ID" || true
    [ -n "$ORG_ID" ] && curl -s -o /dev/null -X DELETE -H "Authorization: Bearer $ADMIN_TOKEN" "$ADMIN/organizations/$ORG_ID" || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "== discovery"
DISCOVERY="$(curl -s "$REALM_URL/.well-known/openid-configuration")"
check "issuer is $REALM_URL" test "$(jq -r .issuer <<<"$DISCOVERY")" = "$REALM_URL"

echo "== user tokens (pendopo-cli, password grant, scope 'openid organization')"
# user:role:tenant (tenant empty = no tenant claim)
for spec in operator:platform-operator: admin.langkat:tenant-admin:langkat petugas.langkat:complaint-officer:langkat; do
  IFS=: read -r user role tenant <<<"$spec"
  response="$(password_token "$user" "$user" "openid organization")"
  token="$(jq -r '.access_token // empty' <<<"$response")"
  if [ -z "$token" ]; then bad "$user: no token: $response"; continue; fi
  claims="$(jwt_payload "$token")"
  [ "$VERBOSE" = 1 ] && { echo "  access token of $user:"; jq . <<<"$claims" | sed 's/^/    /'; }
  check "$user: iss" jq -e --arg v "$REALM_URL" '.iss == $v' <<<"$claims"
  check "$user: aud contains pendopo-api" jq -e '(.aud | if type == "array" then . else [.] end) | index("pendopo-api")' <<<"$claims"
  check "$user: groups contains $role" jq -e --arg v "$role" '.groups | index($v)' <<<"$claims"
  check "$user: upn = $user" jq -e --arg v "$user" '.upn == $v' <<<"$claims"
  check "$user: azp = pendopo-cli" jq -e '.azp == "pendopo-cli"' <<<"$claims"
  if [ -n "$tenant" ]; then
    check "$user: tenant = $tenant" jq -e --arg v "$tenant" '.tenant == $v' <<<"$claims"
    check "$user: organization contains $tenant" jq -e --arg v "$tenant" '.organization | index($v)' <<<"$claims"
  else
    check "$user: no tenant claim" jq -e 'has("tenant") | not' <<<"$claims"
  fi
  id_claims="$(jwt_payload "$(jq -r .id_token <<<"$response")")"
  if [ -n "$tenant" ]; then
    check "$user: id token tenant = $tenant" jq -e --arg v "$tenant" '.tenant == $v' <<<"$id_claims"
  fi
  userinfo="$(curl -s -H "Authorization: Bearer $token" "$REALM_URL/protocol/openid-connect/userinfo")"
  if [ -n "$tenant" ]; then
    check "$user: userinfo tenant = $tenant" jq -e --arg v "$tenant" '.tenant == $v' <<<"$userinfo"
  fi
done
response="$(curl -s -u pendopo-ui:pendopo-ui-dev-secret -d grant_type=password -d username=operator -d password=operator "$TOKEN_URL")"
check "pendopo-ui refuses the password grant" jq -e '.error == "unauthorized_client"' <<<"$response"

echo "== client credentials"
response="$(curl -s -u langkat-integration:langkat-integration-dev-secret -d grant_type=client_credentials "$TOKEN_URL")"
claims="$(jwt_payload "$(jq -r .access_token <<<"$response")")"
[ "$VERBOSE" = 1 ] && { echo "  access token of langkat-integration:"; jq . <<<"$claims" | sed 's/^/    /'; }
check "langkat-integration: tenant = langkat" jq -e '.tenant == "langkat"' <<<"$claims"
check "langkat-integration: aud contains pendopo-api" jq -e '.aud | index("pendopo-api")' <<<"$claims"
check "langkat-integration: azp" jq -e '.azp == "langkat-integration"' <<<"$claims"

response="$(curl -s -d grant_type=client_credentials -d client_id=pendopo-admin -d client_secret=pendopo-admin-dev-secret "$TOKEN_URL")"
ADMIN_TOKEN="$(jq -r '.access_token // empty' <<<"$response")"
[ -n "$ADMIN_TOKEN" ] || { bad "pendopo-admin: no token: $response"; echo "$PASSED passed, $FAILED failed"; exit 1; }
claims="$(jwt_payload "$ADMIN_TOKEN")"
check "pendopo-admin: realm-management roles" jq -e '.resource_access["realm-management"].roles | (index("manage-users") and index("manage-realm") and index("view-users") and index("query-users") and index("view-realm") and index("query-groups"))' <<<"$claims"
check "pendopo-admin: aud contains pendopo-api" jq -e '.aud | index("pendopo-api")' <<<"$claims"

echo "== Admin REST API as service-account-pendopo-admin"
suffix="$(date +%s)$RANDOM"
ALIAS="verify-$suffix"
USERNAME="staf.$ALIAS"

admin POST /organizations "{\"name\":\"Kabupaten Verify $suffix\",\"alias\":\"$ALIAS\",\"description\":\"created by keycloak-verify.sh\",\"enabled\":true,\"attributes\":{\"tenant\":[\"$ALIAS\"]}}"
expect_status 201 "create organization without domains"
ORG_ID="$LOCATION_ID"
admin POST /organizations "{\"name\":\"Another $suffix\",\"alias\":\"$ALIAS\"}"
expect_status 409 "duplicate alias is refused"
admin GET "/organizations?q=alias:$ALIAS&briefRepresentation=true"
expect_status 200 "find organization by alias (q=alias:...)"
check "q=alias: finds exactly the organization" jq -e --arg a "$ALIAS" --arg id "$ORG_ID" 'length == 1 and .[0].alias == $a and .[0].id == $id' <<<"$BODY"
admin GET "/organizations?q=alias:${ALIAS%?}&briefRepresentation=true"
check "q=alias: is an exact match (prefix finds nothing)" jq -e 'length == 0' <<<"$BODY"
admin GET "/organizations?search=$ALIAS&exact=true"
check "search=<alias>&exact=true does NOT match the alias (name/domain only)" jq -e 'length == 0' <<<"$BODY"
admin GET "/organizations?q=tenant:$ALIAS"
check "find organization by attribute (q=tenant:...)" jq -e --arg id "$ORG_ID" 'length == 1 and .[0].id == $id' <<<"$BODY"

admin POST /users "{\"username\":\"$USERNAME\",\"email\":\"$USERNAME@pendopo.local\",\"firstName\":\"Staf\",\"lastName\":\"Verify\",\"enabled\":true,\"emailVerified\":true,\"attributes\":{\"tenant\":[\"$ALIAS\"]}}"
expect_status 201 "create user with tenant attribute"
USER_ID="$LOCATION_ID"
admin POST /users "{\"username\":\"bad.$ALIAS\",\"email\":\"bad.$ALIAS@pendopo.local\",\"firstName\":\"Bad\",\"attributes\":{\"tenant\":[\"Not A Slug\"]}}"
expect_status 400 "tenant attribute must be a slug"
admin GET "/users?username=$USERNAME&exact=true"
check "find user by username (exact=true)" jq -e --arg id "$USER_ID" --arg a "$ALIAS" 'length == 1 and .[0].id == $id and .[0].attributes.tenant == [$a]' <<<"$BODY"
admin PUT "/users/$USER_ID/reset-password" '{"type":"password","value":"Sementara-123","temporary":true}'
expect_status 204 "set temporary password"
admin GET /roles/tenant-admin
expect_status 200 "read realm role tenant-admin"
ROLE="$BODY"
admin POST "/users/$USER_ID/role-mappings/realm" "[$ROLE]"
expect_status 204 "grant realm role tenant-admin"
admin POST "/organizations/$ORG_ID/members" "\"$USER_ID\""
expect_status 201 "add user to organization"
admin POST "/organizations/$ORG_ID/members" "\"$USER_ID\""
expect_status 409 "adding again is a conflict"
admin GET "/organizations/$ORG_ID/members"
check "member list contains the user" jq -e --arg id "$USER_ID" 'map(.id) | index($id)' <<<"$BODY"
admin GET "/organizations/members/$USER_ID/organizations"
check "organizations of the user" jq -e --arg id "$ORG_ID" 'map(.id) | index($id)' <<<"$BODY"
admin GET "/users?q=tenant:$ALIAS&briefRepresentation=false&max=1000"
check "users of the tenant (q=tenant:...)" jq -e --arg id "$USER_ID" 'length == 1 and .[0].id == $id' <<<"$BODY"
admin PUT "/users/$USER_ID" '{"enabled":true}'
expect_status 204 "partial update of the user"
admin GET "/users/$USER_ID"
check "partial update keeps the tenant attribute" jq -e --arg a "$ALIAS" '.attributes.tenant == [$a]' <<<"$BODY"

response="$(password_token "$USERNAME" "Sementara-123")"
check "temporary password: password grant refused (must change it in the browser)" jq -e '.error == "invalid_grant"' <<<"$response"
admin PUT "/users/$USER_ID/reset-password" '{"type":"password","value":"Tetap-12345","temporary":false}'
expect_status 204 "set permanent password"
response="$(password_token "$USERNAME" "Tetap-12345" "openid organization")"
claims="$(jwt_payload "$(jq -r '.access_token // empty' <<<"$response")" 2>/dev/null || true)"
check "new user's token: tenant, organization, groups" jq -e --arg a "$ALIAS" '.tenant == $a and (.organization | index($a)) and (.groups | index("tenant-admin"))' <<<"$claims"
user_token="$(jq -r '.access_token // empty' <<<"$response")"
status="$(curl -s -o "$WORK/acct" -w '%{http_code}' -X POST -H "Authorization: Bearer $user_token" -H 'Content-Type: application/json' \
  --data "{\"username\":\"$USERNAME\",\"email\":\"$USERNAME@pendopo.local\",\"firstName\":\"Staf\",\"lastName\":\"Verify\",\"attributes\":{\"tenant\":[\"langkat\"]}}" \
  "$REALM_URL/account/")"
if [ "$status" = 400 ] && grep -q read-only "$WORK/acct"; then ok "user cannot change their own tenant (account API 400)"; else bad "account API let the user change the tenant: $status $(cat "$WORK/acct")"; fi

admin DELETE "/organizations/$ORG_ID/members/$USER_ID"
expect_status 204 "remove member"
admin DELETE "/users/$USER_ID/role-mappings/realm" "[$ROLE]"
expect_status 204 "revoke realm role"
admin DELETE "/users/$USER_ID"
expect_status 204 "delete user"
USER_ID=""
admin DELETE "/organizations/$ORG_ID"
expect_status 204 "delete organization"
admin GET "/organizations/$ORG_ID"
expect_status 404 "organization is gone"
ORG_ID=""

echo "== browser login of pendopo-ui (authorization code flow)"
JAR="$WORK/cookies"
AUTH="$REALM_URL/protocol/openid-connect/auth?client_id=pendopo-ui&response_type=code&scope=openid%20organization&redirect_uri=http%3A%2F%2Flocalhost%3A8080%2Fcallback&state=s1&nonce=n1"
status="$(curl -s -c "$JAR" -b "$JAR" -o "$WORK/page" -w '%{http_code}' "$AUTH")"
if [ "$status" = 200 ] && grep -q 'id="username"' "$WORK/page"; then ok "login page (200, username field)"; else bad "login page: $status"; fi
status="$(curl -s -o /dev/null -w '%{http_code}' "${AUTH//localhost%3A8080/evil.example}")"
check "unknown redirect_uri refused ($status)" test "$status" = 400
action() { grep -o 'action="[^"]*"' "$1" | head -1 | sed 's/^action="//; s/"$//; s/&amp;/\&/g'; }
curl -s -c "$JAR" -b "$JAR" -o "$WORK/page" --data-urlencode username=admin.langkat "$(action "$WORK/page")"
check "username step leads to the password form" grep -q 'id="password"' "$WORK/page"
location="$(curl -s -c "$JAR" -b "$JAR" -o /dev/null -w '%{redirect_url}' --data-urlencode username=admin.langkat \
  --data-urlencode password=admin.langkat "$(action "$WORK/page")")"
code="$(sed -n 's/.*[?&]code=\([^&]*\).*/\1/p' <<<"$location")"
check "redirect to http://localhost:8080/callback with a code" test -n "$code" -a "${location%%\?*}" = "http://localhost:8080/callback"
response="$(curl -s -u pendopo-ui:pendopo-ui-dev-secret -d grant_type=authorization_code --data-urlencode "code=$code" \
  -d redirect_uri=http://localhost:8080/callback "$TOKEN_URL")"
id_claims="$(jwt_payload "$(jq -r '.id_token // empty' <<<"$response")" 2>/dev/null || true)"
claims="$(jwt_payload "$(jq -r '.access_token // empty' <<<"$response")" 2>/dev/null || true)"
check "code exchange: id token with tenant, groups, organization" jq -e '.tenant == "langkat" and (.groups | index("tenant-admin")) and (.organization | index("langkat")) and .aud == "pendopo-ui"' <<<"$id_claims"
check "code exchange: access token aud pendopo-api, azp pendopo-ui" jq -e '(.aud | index("pendopo-api")) and .azp == "pendopo-ui"' <<<"$claims"

echo
echo "$PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ]
