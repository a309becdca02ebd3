#!/usr/bin/env bash
# Runs an existing, independently written Open311 client against a running Pendopo: Code for America's node-open311
# (npm "open311" 0.0.12, github.com/codeforamerica/node-open311), unmodified. The steps are in node-open311.js:
# discovery, service list and definition, POST requests (JSON and XML), tokens, GET requests by id, by id list and
# filtered, and a refused api_key. It exits non-zero when any step fails; docs/api.md records the last result.
#
#   deployment/bin/run.sh &                      # or any running platform
#   deployment/open311/node-open311.sh
#
# Needs Node 20 with npm, and g++/make for node-expat (xml2json's parser). node-open311's own XML parser, sparkxml, is
# only on GitHub and cannot be installed here: its XML answers are parsed by xml2json (which node-open311 uses for
# POST requests), and the other XML calls are not run by this client (the ITs check them).
#
# Environment: BASE_URL (http://localhost:8080), KC_URL (http://localhost:8180), JURISDICTION (langkat),
#   ADMIN_USER / ADMIN_PASSWORD (admin.langkat / admin.langkat: a tenant admin who may create an api_key through
#   pendopo-cli), API_KEY (use this key instead of creating one), WORK (deployment/target/node-open311).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
BASE_URL="${BASE_URL:-http://localhost:8080}"
KC_URL="${KC_URL:-http://localhost:8180}"
JURISDICTION="${JURISDICTION:-langkat}"
ADMIN_USER="${ADMIN_USER:-admin.langkat}"
ADMIN_PASSWORD="${ADMIN_PASSWORD:-admin.langkat}"
WORK="${WORK:-$ROOT/deployment/target/node-open311}"

log() { echo "[node-open311] $*" >&2; }

install_client() {
  if [ -f "$WORK/node_modules/open311/open311.js" ] && [ -f "$WORK/node_modules/node-expat/build/Release/node_expat.node" ]; then
    return
  fi
  mkdir -p "$WORK"
  cd "$WORK"
  log "installing node-open311 0.0.12 and its dependencies from npm into $WORK"
  cat > package.json <<'JSON'
{"name": "pendopo-node-open311", "version": "1.0.0", "private": true,
 "dependencies": {"request": "~2.11.0", "lodash": "~0.6.1", "xml2json": "0.12.0"}}
JSON
  npm install --no-audit --no-fund --ignore-scripts >/dev/null
  # node-expat is native; build it against the installed Node's headers, which npm would otherwise download.
  (cd node_modules/node-expat && npx --yes node-gyp rebuild --nodedir=/usr >/dev/null)
  # The package itself, without npm resolving its GitHub-only dependency (sparkxml).
  rm -rf node_modules/open311 && mkdir -p node_modules/open311
  npm pack open311@0.0.12 --silent >/dev/null
  tar -xzf open311-0.0.12.tgz -C node_modules/open311 --strip-components=1
  rm -f open311-0.0.12.tgz
  mkdir -p node_modules/sparkxml
  echo '{"name": "sparkxml", "version": "0.0.0-unavailable", "main": "index.js"}' > node_modules/sparkxml/package.json
  echo "module.exports = { parseXml: function () { throw new Error('sparkxml is GitHub-only and not installed'); } };" \
    > node_modules/sparkxml/index.js
  cd - >/dev/null
}

api_key() {
  if [ -n "${API_KEY:-}" ]; then echo "$API_KEY"; return; fi
  local token
  token=$(curl -sf -d grant_type=password -d client_id=pendopo-cli -d "username=$ADMIN_USER" -d "password=$ADMIN_PASSWORD" \
    "$KC_URL/realms/pendopo/protocol/openid-connect/token" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).access_token))')
  curl -sf -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d "{\"name\": \"node-open311 conformance $(date -u +%FT%TZ)\"}" "$BASE_URL/api/v1/open311-keys" \
    | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).key))'
}

install_client
KEY="$(api_key)"
cd "$WORK"
NODE_PATH="$WORK/node_modules" BASE="$BASE_URL/api/open311/v2/" API_KEY="$KEY" JUR="$JURISDICTION" node "$HERE/node-open311.js"
