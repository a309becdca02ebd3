package id.pendopo.ui;

/** Text for the few pages written as plain HTML, outside Vaadin (which escapes on its own). */
public final class Html {

    private Html() {
    }

    /**
     * The start of a page, up to and including {@code <body>}, in the look the console's plain pages share (a white
     * card on grey); {@code title} is escaped here.
     */
    public static String head(String lang, String title) {
        return """
                <!DOCTYPE html>
                <html lang="%s"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                <style>
                  body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:#f4f6f9;color:#1f2a37;margin:0}
                  main{max-width:36rem;margin:12vh auto;background:#fff;border-radius:12px;padding:2rem 2.25rem;
                       box-shadow:0 2px 12px rgba(0,0,0,.08)}
                  h1{font-size:1.4rem;margin:0 0 1rem} h2{font-size:1.1rem;margin:1.5rem 0 .5rem} p{line-height:1.5}
                  .reason{background:#fff4e5;padding:.75rem 1rem;border-radius:8px}
                  section+section{border-top:1px solid #e5e7eb;margin-top:1.5rem} small{color:#6b7280}
                  nav{display:flex;gap:1rem;justify-content:space-between;margin-top:2rem;font-size:.95rem}
                  a{color:#1565c0}
                </style></head>
                <body>
                """.formatted(escape(lang), escape(title));
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
