package org.kmslog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kmslog.SourceReferences.Reference;

class SourceReferencesTest {
  @Test
  void findsImportsStaticImportsWildcardsAndQualifiedNames() {
    String source =
        """
        package org.kmslog.cli;

        import org.kmslog.store.Database;
        import static org.kmslog.kms.FieldKind.ANY;
        import org.kmslog.ingest.*;

        class X {
          org.kmslog.analyze.Finding f = org.kmslog.report.ReportLoader.latest(null);
        }
        """;
    assertEquals(
        List.of(
            new Reference(1, "org.kmslog.cli", "org.kmslog.cli"),
            new Reference(3, "org.kmslog.store", "org.kmslog.store.Database"),
            new Reference(4, "org.kmslog.kms", "org.kmslog.kms.FieldKind"),
            new Reference(5, "org.kmslog.ingest", "org.kmslog.ingest"),
            new Reference(8, "org.kmslog.analyze", "org.kmslog.analyze.Finding"),
            new Reference(8, "org.kmslog.report", "org.kmslog.report.ReportLoader")),
        SourceReferences.in(source));
  }

  @Test
  void ignoresCommentsAndLiterals() {
    String source =
        String.join(
            "\n",
            "// org.kmslog.a.A",
            "/* org.kmslog.b.B",
            "   org.kmslog.c.C */",
            "/** {@link org.kmslog.d.D} */",
            "class X {",
            "  String s = \"org.kmslog.e.E \\\" org.kmslog.f.F\";",
            "  char q = '\"'; org.kmslog.g.G g;",
            "  char e = '\\''; String t = \"\"\"",
            "      org.kmslog.h.H \\\"\"\" org.kmslog.i.I",
            "      \"\"\";",
            "  org.kmslog.j.J j;",
            "}");
    assertEquals(
        List.of(
            new Reference(7, "org.kmslog.g", "org.kmslog.g.G"),
            new Reference(11, "org.kmslog.j", "org.kmslog.j.J")),
        SourceReferences.in(source));
  }

  @Test
  void ignoresNamesThatOnlyContainOrgKmslog() {
    assertEquals(List.of(), SourceReferences.in("import com.example.org.kmslog.store.Database;\n"));
  }
}
