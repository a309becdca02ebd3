// Drives Code for America's node-open311 (npm open311@0.0.12, unmodified) against Pendopo; see node-open311.sh.
// Each step prints PASS or FAIL; the exit status is 1 when any failed.
const Open311 = require('open311');
const base = process.env.BASE, key = process.env.API_KEY, jur = process.env.JUR || 'langkat';
const results = [];
function check(name, cond, detail) { results.push([name, !!cond]); console.log((cond ? 'PASS ' : 'FAIL ') + name + (detail ? ' — ' + detail : '')); }
const p = (fn) => new Promise((res) => fn((err, data) => res({ err, data })));

(async () => {
  const disc = new Open311({ discovery: base + 'discovery.json', jurisdiction: jur });
  let r = await p(cb => disc.serviceDiscovery({ cache: true }, cb));
  check('serviceDiscovery json (cache: endpoint chosen by spec + type)', !r.err && disc.endpoint, JSON.stringify(disc.endpoint));

  for (const format of ['json', 'xml']) {
    const c = new Open311({ endpoint: base, jurisdiction: jur, format, apiKey: key });
    if (format === 'json') {
      r = await p(cb => c.serviceList(cb));
      check('serviceList json', !r.err && Array.isArray(r.data) && r.data.length > 0 && r.data[0].service_code, r.err ? r.data : r.data.length + ' services, first ' + JSON.stringify(r.data[0]));
      const withMeta = (r.data || []).find(s => s.metadata === true) || (r.data || [])[0];
      if (withMeta) {
        const d = await p(cb => c.serviceDefinition(withMeta.service_code, cb));
        var attributes = {};
        ((d.data && d.data.attributes) || []).filter(a => a.required && a.values && a.values.length).forEach(a => attributes[a.code] = a.values[0].key);
        check('serviceDefinition json ' + withMeta.service_code, !d.err && d.data.service_code === withMeta.service_code && Array.isArray(d.data.attributes), d.err ? d.data : JSON.stringify(d.data).slice(0, 300));
      }
      var code = withMeta.service_code;
    }
    const sub = await p(cb => c.submitRequest({ service_code: code, description: 'Lampu jalan mati di depan pasar (' + format + ')',
      lat: 3.7553, long: 98.2637, address_string: 'Jl. Sudirman, Stabat', email: 'warga@example.id', first_name: 'Budi', last_name: 'Santoso', attributes }, cb));
    const req = sub.data && sub.data[0];
    check('submitRequest ' + format, !sub.err && req && (req.service_request_id || req.token), sub.err ? sub.data : JSON.stringify(sub.data));
    const bad = new Open311({ endpoint: base, jurisdiction: jur, format, apiKey: 'not-a-key' });
    const refused = await p(cb => bad.submitRequest({ service_code: code, description: 'x', lat: 3.7, long: 98.2 }, cb));
    check('submitRequest ' + format + ' with a bad api_key is refused with 403', refused.err === 403, refused.data);
    if (format === 'xml') continue; // other XML methods need sparkxml (GitHub-only; not installable here)
    const id = req && req.service_request_id;
    // The POST answers service_request_id, not a token; a token is a tracking id here, so the id is its token.
    const t = await p(cb => c.token(req && req.token ? req.token : id, cb));
    check('token json', !t.err && Array.isArray(t.data) && t.data[0].service_request_id === id, t.err ? t.data : JSON.stringify(t.data));
    const one = await p(cb => c.serviceRequests(String(id), cb));
    const o = one.data && one.data[0];
    check('serviceRequests json by id', !one.err && o && o.service_request_id === id && o.status === 'open'
      && o.requested_datetime instanceof Date && !isNaN(o.requested_datetime) && o.expected_datetime instanceof Date && !isNaN(o.expected_datetime),
      one.err ? one.data : JSON.stringify(o));
    const list = await p(cb => c.serviceRequests({ status: 'open', service_code: code }, cb));
    check('serviceRequests json list filtered', !list.err && Array.isArray(list.data) && list.data.some(x => x.service_request_id === id),
      list.err ? list.data : list.data.length + ' requests');
    const many = await p(cb => c.serviceRequests([id, 'LKT-00-000000'], cb));
    check('serviceRequests json by id list', !many.err && Array.isArray(many.data) && many.data.length === 1, many.err ? many.data : JSON.stringify(many.data).slice(0, 200));
  }
  const failed = results.filter(x => !x[1]).length;
  console.log(`\n${results.length - failed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
})().catch(e => { console.log('FAIL the run stopped: ' + e.stack); process.exit(1); });
