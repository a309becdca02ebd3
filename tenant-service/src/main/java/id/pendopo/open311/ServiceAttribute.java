package id.pendopo.open311;

import java.util.List;

/**
 * One attribute of a service definition: something more the regency needs to know about a report of this
 * service, sent as {@code attribute[code]} when the request is posted.
 *
 * @param datatype one of GeoReport's datatypes: string, number, datetime, text, singlevaluelist, multivaluelist
 * @param values   the allowed values of a list datatype, empty otherwise
 */
public record ServiceAttribute(boolean variable, String code, String datatype, boolean required,
        String datatypeDescription, int order, String description, List<Value> values) {

    /** One allowed value: the key the client sends, and the name it shows. */
    public record Value(String key, String name) {
    }

    public ServiceAttribute {
        values = List.copyOf(values);
    }
}
