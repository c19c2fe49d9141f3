namespace GhostHands.Fixtures;

internal static class ExpectationCheck
{
    public static IReadOnlyList<string> Problems(FormExpectation expected, Submission submission)
    {
        var problems = new List<string>();
        if (submission.Form != expected.Name)
        {
            problems.Add($"submission is for '{submission.Form}', expectation is for '{expected.Name}'");
        }

        if (!submission.Accepted)
        {
            problems.Add($"attempt {submission.Attempt} was rejected: {string.Join("; ", submission.Errors.Select(e => $"{e.Key}: {e.Value}"))}");
        }

        if (submission.Attempt > expected.MaxAttempts)
        {
            problems.Add($"accepted on attempt {submission.Attempt}, expected by attempt {expected.MaxAttempts}");
        }

        foreach (var (name, field) in expected.Fields.Where(f => !IsRight(f.Value, submission, f.Key)))
        {
            var wanted = field.Absent ? "nothing" : $"[{string.Join(" | ", field.Accept!)}] ({field.Match})";
            problems.Add($"{name} ({field.Label ?? name}): submitted [{string.Join(" | ", Submitted(submission, name))}], expected {wanted}");
        }

        if (expected.Resume is { } resume)
        {
            var file = submission.File(resume.Field);
            if (file is null || file.Sha256 != FixtureCatalog.ResumeSha256)
            {
                problems.Add(file is null
                    ? $"no file under '{resume.Field}'"
                    : $"'{resume.Field}' carried {file.FileName} ({file.Length} bytes, sha256 {file.Sha256}), not the test resume");
            }
        }

        return problems;
    }

    /// <summary>Whether the submission carries what <paramref name="field"/> accepts (or nothing, for an absent field); unchecked fields are right.</summary>
    public static bool IsRight(FieldExpectation field, Submission submission, string name)
    {
        var values = Submitted(submission, name);
        return field.Absent ? values.Count == 0 : field.Accept is not { } accept || Matches(field.Match, accept, values);
    }

    private static List<string> Submitted(Submission submission, string name) =>
        submission.Values(name).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).ToList();

    private static bool Matches(MatchMode mode, IReadOnlyList<string> accept, List<string> values) => mode switch
    {
        MatchMode.Set => values.Count == accept.Count && values.ToHashSet(StringComparer.Ordinal).SetEquals(accept),
        _ => values.Count == 1 && accept.Any(a => Same(mode, a, values[0])),
    };

    private static bool Same(MatchMode mode, string accepted, string value) => mode switch
    {
        MatchMode.IgnoreCase => string.Equals(accepted, value, StringComparison.OrdinalIgnoreCase),
        MatchMode.Contains => value.Contains(accepted, StringComparison.OrdinalIgnoreCase),
        MatchMode.Digits => NationalDigits(accepted) == NationalDigits(value),
        _ => string.Equals(accepted, value, StringComparison.Ordinal),
    };

    private static string NationalDigits(string phone)
    {
        var digits = new string([.. phone.Where(char.IsAsciiDigit)]);
        return digits.Length == 11 && digits[0] == '1' ? digits[1..] : digits;
    }
}
