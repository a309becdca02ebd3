package id.pendopo.open311key;

/** A key just created: the stored record, and the key itself, which is shown this once and never again. */
public record IssuedApiKey(Open311ApiKey record, String key) {

    @Override
    public String toString() {
        return "IssuedApiKey[" + record.keyId() + "]";
    }
}
