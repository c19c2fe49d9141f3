using System.Globalization;
using System.Text;

namespace GhostHands.Fixtures;

/// <summary>
/// A one-page PDF 1.4 written out object by object. Only the cross-reference offsets are computed, so the file stays
/// valid if the text changes. Deterministic: no dates or ids, the same bytes (and SHA-256) on every call.
/// </summary>
internal static class TestResume
{
    public static byte[] Create()
    {
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            ContentStream(
                "BT /F1 20 Tf 72 720 Td (Jordan Rivera) Tj ET",
                "BT /F1 11 Tf 72 700 Td (Senior Software Engineer - jordan.rivera@example.org - +1 415 555 0134) Tj ET",
                "BT /F1 11 Tf 72 672 Td (5 years building distributed systems in C# and Go.) Tj ET"),
        ];

        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            // Each entry is exactly 20 bytes: 10-digit offset, space, generation, space, keyword, space, newline.
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    private static string ContentStream(params string[] lines)
    {
        var content = string.Join('\n', lines);
        return $"<< /Length {content.Length} >>\nstream\n{content}\nendstream";
    }
}
