package id.pendopo.open311;

import java.util.List;

/** What a client must send with a request for one service: its attributes, in order. */
public record ServiceDefinition(String serviceCode, List<ServiceAttribute> attributes) {

    public ServiceDefinition {
        attributes = List.copyOf(attributes);
    }
}
