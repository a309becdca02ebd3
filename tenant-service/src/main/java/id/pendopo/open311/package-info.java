/**
 * Open311 GeoReport v2 for one regency (jurisdiction): its complaint categories as services, its reports as
 * service requests. The rules of what Open311 may publish live here, next to the complaint domain they rest on:
 * which statuses count as open or closed, and that nothing about a report is published before the coordinator
 * verified it, and nothing at all about a CONFIDENTIAL one. The HTTP shape (XML, JSON, errors) lives in the api
 * module's {@code id.pendopo.api.open311}.
 */
package id.pendopo.open311;
