package id.pendopo.ui;

/** Text for the few pages written as plain HTML, outside Vaadin (which escapes on its own). */
public final class Html {

    private Html() {
    }

    /** {@code s} as HTML text or attribute value; null reads as empty. */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
