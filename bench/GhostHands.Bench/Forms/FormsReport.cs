using System.Globalization;

namespace GhostHands.Bench.Forms;

/// <summary>The forms section of the console report: one line per form, then the development and held-out scores, the held-out ones also per batch.</summary>
internal static class FormsReport
{
    public static void Print(BenchResults r, TextWriter w)
    {
        if (r.Forms is not { } forms)
        {
            return;
        }

        w.WriteLine("\nApply jobs, one at a time, Chromium already running");
        Line(w, $"{"form",-34}{"ATS",-20}{"set",-12}{"status",-11}{"right",7}{"fields",8}{"median s",9}{"queued ms",10}  runs s");
        foreach (var f in forms)
        {
            Line(w, $"{f.Form,-34}{f.Ats,-20}{f.Set,-12}{f.Status,-11}{$"{f.RunsRight}/{f.RunsSeconds.Count}",7}{$"{f.RequiredFieldsRight}/{f.RequiredFields}",8}{f.MedianSeconds,9:0.00}{f.MedianQueuedMs,10:0.0}  {string.Join(" ", f.RunsSeconds.Select(s => s.ToString("0.00", CultureInfo.InvariantCulture)))}");
            foreach (var problem in f.Problems)
            {
                Line(w, $"    {problem}");
            }
        }

        if (r.FormScores is { Count: > 0 } scores)
        {
            w.WriteLine("\nForm scores");
            Line(w, $"{"set",-26}{"forms right",14}{"required fields right",24}{"s per form",12}");
            foreach (var s in scores)
            {
                var set = s.Batch is null ? s.Set : $"  batch {s.Batch}";
                Line(w, $"{set,-26}{$"{s.FormsFullyRight} of {s.Forms}",14}{$"{s.RequiredFieldsRight} of {s.RequiredFields} ({s.RequiredFieldsRightPercent:0.0}%)",24}{s.SecondsPerForm,12:0.00}");
            }
        }
    }

    private static void Line(TextWriter w, FormattableString text) => w.WriteLine(text.ToString(CultureInfo.InvariantCulture));
}
