package id.pendopo.complaint;

/** A file as the client sent it: the name it gave and the bytes. Its declared media type is not trusted. */
public record Upload(String fileName, byte[] content) {
}
