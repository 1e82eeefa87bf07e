package org.kmslog.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTest {
  @Test
  void escapesTheFiveSpecialCharacters() {
    assertEquals(
        "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot; &#39;y&#39;",
        Html.escape("<script>alert(1)</script> & \"x\" 'y'"));
  }

  @Test
  void replacesControlCharactersButKeepsLineBreaksAndTabs() {
    assertEquals("a b\tc\nd e", Html.escape("a\u0000b\tc\nd\u001be"));
  }

  @Test
  void keepsSurrogatePairsAndReplacesLoneSurrogates() {
    assertEquals("\ud83d\ude00 \ufffd \ufffd", Html.escape("\ud83d\ude00 \ud83d \ude00"));
  }

  @Test
  void nullIsEmpty() {
    assertEquals("", Html.escape(null));
  }
}
