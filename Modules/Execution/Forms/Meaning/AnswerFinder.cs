namespace GhostHands.Execution.Forms.Meaning;

/// <summary>
/// Finds the answer to a form question in the applicant's data, in two passes. Rules first: the exact question among
/// <c>qaOverrides</c>, then the question's topic (<see cref="Topics"/>) in <c>qaOverrides</c>, the profile and the
/// saved answers, in that order. Then meaning: the question's embedding against every entry's
/// (<see cref="Similarity"/>). A question with legal weight (authorisation, sponsorship, EEO) is answered only by an
/// entry on its topic or by a clear, high similarity; otherwise it stays open and the job asks a person.
/// </summary>
internal static class AnswerFinder
{
    /// <summary>The answer chosen for EEO questions the profile does not answer; matches the form's decline option.</summary>
    public const string Decline = "Decline to self-identify";

    public static FieldAnswer? Find(string question, string hints, ApplyInput input)
    {
        var topic = Topics.Of(question) ?? (TextNorm.Normalize(question).Length == 0 ? Topics.Of(hints) : null);
        if (QuestionMatcher.Match(question, input.QaOverrides) is { } qa)
        {
            return new FieldAnswer(qa.Value, $"qaOverrides[{qa.Key}]", [], qa.Key);
        }

        if (topic is not null && FromProfile(topic, question, input) is { } profile)
        {
            return profile;
        }

        var saved = input.SavedAnswers.GroupBy(a => a.Question, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().Answer, StringComparer.Ordinal);
        if (QuestionMatcher.Match(question, saved) is { } known)
        {
            return new FieldAnswer(known.Value, "savedAnswers", [], known.Key);
        }

        return Topics.IsLegal(topic) ? null : Similarity.Best(question, Candidates(topic, input))?.Answer;
    }

    /// <summary>The profile's answer for a topic, shaped for the question (work authorisation per country).</summary>
    public static FieldAnswer? FromProfile(string key, string question, ApplyInput input)
    {
        var value = key switch
        {
            "work_authorization" => input.WorkAuthorization(Countries.NamedIn(question)),
            "phone_country_code" => PhoneCountry(input),
            "salary_expectation" => input.Number(key)?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? input.User(key),
            _ when ProfileKeys.DeclineByDefault.Contains(key) => input.User(key) ?? Decline,
            _ => ProfileKeys.Find(key) is null ? null : input.User(key),
        };
        return value is null ? null : new FieldAnswer(value, value == Decline && input.User(key) is null ? "default" : $"userData.{key}", [], question);
    }

    /// <summary>"United States (+1)" for "+1 (415) 555-0142": the calling code, with the country it most likely is.</summary>
    private static string? PhoneCountry(ApplyInput input)
    {
        var home = Countries.Find(input.User("country"));
        var dial = Countries.DialCode(input.User("phone")) ?? home?.Dial;
        if (dial is null)
        {
            return null;
        }

        var country = home?.Dial == dial ? home : Countries.All.First(c => c.Dial == dial);
        return $"{country.Names[0]} (+{dial})";
    }

    private static List<Candidate> Candidates(string? topic, ApplyInput input)
    {
        // A question whose topic a rule recognised is not answered by an entry known to be about something else.
        bool Fits(string? other) => topic is null || other is null || other == topic;
        var list = new List<Candidate>();
        foreach (var (key, value) in input.QaOverrides)
        {
            var keyTopic = Topics.Of(key);
            var texts = ProfileKeys.Find(key) is { Questions.Count: > 0 } k ? k.Questions : [key];
            if (Fits(keyTopic) && !(topic is not null && Topics.IsLegal(keyTopic)))
            {
                list.Add(new(keyTopic ?? $"qa:{key}", texts, new FieldAnswer(value, $"qaOverrides[{key}]", [], key), Topics.IsLegal(keyTopic), 0));
            }
        }

        foreach (var key in ProfileKeys.All.Where(k => k.Questions.Count > 0 && Fits(k.Key) && !(topic is not null && k.Legal)))
        {
            if (FromProfile(key.Key, "", input) is { } answer)
            {
                list.Add(new(key.Key, [.. key.Questions, key.Key.Replace('_', ' ')], answer, key.Legal, 1));
            }
        }

        foreach (var saved in input.SavedAnswers)
        {
            var savedTopic = Topics.Of(saved.Question);
            if (Fits(savedTopic) && !(topic is not null && Topics.IsLegal(savedTopic)))
            {
                list.Add(new(savedTopic ?? $"saved:{saved.Question}", [saved.Question], new FieldAnswer(saved.Answer, "savedAnswers", [], saved.Question), Topics.IsLegal(savedTopic), 2));
            }
        }

        return list;
    }
}
