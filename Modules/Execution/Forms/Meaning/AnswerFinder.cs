using System.Text.RegularExpressions;

namespace GhostHands.Execution.Forms.Meaning;

/// <summary>
/// Finds the answer to a form question in the applicant's data, in two passes. Rules first: the exact question among
/// <c>qaOverrides</c>, then the question's topic (<see cref="Topics"/>) in <c>qaOverrides</c>, the profile and the
/// saved answers, in that order. Then meaning: the question's embedding against every entry's
/// (<see cref="Similarity"/>). A question with legal weight (authorisation, sponsorship, EEO) is answered only by an
/// entry on its topic or by a clear, high similarity; otherwise it stays open and the job asks a person.
/// </summary>
internal static partial class AnswerFinder
{
    /// <summary>The answer chosen for EEO questions the profile does not answer; matches the form's decline option.</summary>
    public const string Decline = "Decline to self-identify";

    /// <param name="rulesOnly">Only the rules answer (no similarity): for a part of a question asked with another.</param>
    public static FieldAnswer? Find(string question, string hints, ApplyInput input, bool rulesOnly = false)
    {
        question = ControlText.Strip(question);
        var asked = input.QaOverrides.Keys.Any(k => TextNorm.Normalize(k) == TextNorm.Normalize(question));

        // Pay in another currency or per hour: the applicant's yearly figure would be wrong there.
        if (!asked && PayTerms.Differ(question, input))
        {
            return null;
        }

        // Two questions asked as one ("Do you hold a forklift licence and speak Spanish?"): yes only when a rule answers each part yes.
        if (!asked && !rulesOnly && CompoundQuestions.Parts(question) is { } parts && !CompoundQuestions.AnsweredAsWorded(question, input))
        {
            return CompoundQuestions.Answer(question, parts, part => Find(part, "", input, rulesOnly: true));
        }

        // A question with legal weight is answered only from its own topic: a start date, a language or an employer named
        // beside it ("Will you require sponsorship to start by ...?", "fluent in English and have the right to work") does not answer it.
        var topic = Topics.Of(question) ?? (TextNorm.Normalize(question).Length == 0 ? Topics.Of(hints) : null);
        var legal = Topics.IsLegal(topic);

        // How well the applicant speaks a language: a screening answer listing the languages spoken fluently decides.
        // Then using a language ("Could you join calls in Spanish?"): the applicant's languages decide. Both read the
        // asked sentence, so places or a legal remark in a statement before it ("our depots in Lyon") do not
        // make it a question about travel, moving or the right to work.
        var askedLegal = Topics.IsLegal(Topics.Of(Sentences.Asked(question)));
        if (!askedLegal && LanguageLevel.Asks(question, input))
        {
            return LanguageLevel.Answer(question, input);
        }

        if (!askedLegal && LanguageUse.Answer(question, input) is { } use)
        {
            return use;
        }

        // A yes or no about a stated share of travel: the applicant's limit is compared with it ("Up to 25%" is not a yes).
        if (TravelShare.Asks(question))
        {
            return TravelShare.Answer(question, input);
        }

        // "Are you willing to travel?": any travel, compared with the most the applicant will travel.
        if (!legal && TravelAtAll.Asks(question))
        {
            return TravelAtAll.Answer(question, input);
        }

        // A yes or no about reaching an age: the birth date decides, an answer about another age only what it implies.
        if (AgeThreshold.Asks(question))
        {
            return AgeThreshold.Answer(question, input, DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().Date));
        }

        // "Are you or any of your relatives employed by Globex?": the applicant's own employer and the relatives' answer both decide.
        if (!asked && ScreeningFacts.SelfAndRelatives(question) is { } employer)
        {
            return SelfOrRelatives.Answer(question, employer, input);
        }

        // Working for a named company now: the current employer decides.
        if (!legal && CurrentEmployer.Asks(question))
        {
            return CurrentEmployer.Answer(question, input);
        }

        // A notice period beyond a length, a start by a date: the applicant's notice period or start date is compared with it.
        if (!legal && TimingLimits.Asks(question))
        {
            return TimingLimits.Answer(question, input);
        }

        // A yes or no about a described schedule: no other entry answers it ("hybrid" is not a yes).
        if (WorkplaceQuestions.Asks(question))
        {
            return WorkplaceQuestions.Answer(question, input);
        }

        // A yes or no about the job's workplace that does not name it: the posting's place decides, or a person (whose
        // answer, keyed by the question, is then the answer).
        if (UnnamedOffice.Asks(question, input) && !input.QaOverrides.Keys.Any(k => TextNorm.Normalize(k) == TextNorm.Normalize(question)))
        {
            return UnnamedOffice.Answer(question, input);
        }

        // Years in another field than the applicant's ("Years in a sales role" for an engineer): no entry on the career's length answers it.
        if (!asked && topic == "years_experience" && CareerFields.Other(question, input))
        {
            return null;
        }

        // Years managing people or with one named tool: only an answer on that part, never the whole career's length.
        if (!asked && PartialExperience.Asks(question))
        {
            return PartialExperience.Answer(question, input);
        }

        // A named skill, language or degree: the applicant's lists and education decide, not the overall entries.
        if (!legal && !input.QaOverrides.ContainsKey(question) && (NamedSkills.Asks(question) || DegreeHeld.Asks(question)))
        {
            return NamedSkills.Asks(question) ? NamedSkills.Answer(question, input) : DegreeHeld.Answer(question, input);
        }

        if (!asked && SponsorshipAbroad.Unanswered(question, topic, input))
        {
            return null;
        }

        if (QuestionMatcher.Match(question, input.QaOverrides) is { } qa && !Unfit(question, topic, qa.Value))
        {
            return new FieldAnswer(qa.Value, $"qaOverrides[{qa.Key}]", [], qa.Key);
        }

        if (topic is not null && FromProfile(topic, question, input) is { } profile)
        {
            return profile;
        }

        var saved = input.SavedAnswers.GroupBy(a => a.Question, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().Answer, StringComparer.Ordinal);
        if (QuestionMatcher.Match(question, saved) is { } known && !Unfit(question, topic, known.Value))
        {
            return new FieldAnswer(known.Value, "savedAnswers", [], known.Key);
        }

        return Topics.IsLegal(topic) || rulesOnly ? null : Similarity.Best(question, Candidates(question, topic, input))?.Answer;
    }

    /// <summary>
    /// True when <paramref name="question"/> names a thing the profile holds as text ("Current employer", "School")
    /// rather than asking a yes/no question: a yes or no from an entry on the same topic ("Does your current employer
    /// bind you to a non-compete?") answers another question about that thing, never its name.
    /// </summary>
    public static bool AsksForName(string question, string? topic) =>
        topic is not null && ProfileKeys.Find(topic) is { } key && !key.Type.StartsWith("yes/no", StringComparison.Ordinal)
        && !ProfileKeys.DeclineByDefault.Contains(topic) && !Sentences.AsksYesNo(TextNorm.Normalize(question))
        && !Sentences.AsksYesNo(TextNorm.Normalize(LastClause(question)));

    // "Offers here depend on a background check. If offered a position, will you consent to one?": a statement or a
    // condition before it, the question is the last clause.
    private static string LastClause(string question) =>
        question.Split(['.', ',', ';', ':', '?', '!'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "";

    private static bool Unfit(string question, string? topic, string value) => YesNo.Parse(value) is not null && AsksForName(question, topic);

    /// <summary>The profile's answer for a topic, shaped for the question (work authorisation per country).</summary>
    public static FieldAnswer? FromProfile(string key, string question, ApplyInput input)
    {
        var value = key switch
        {
            "work_authorization" => input.WorkAuthorization(Countries.NamedIn(question), question),
            "work_unsponsored" => Unsponsored(question, input),
            "phone_country_code" => PhoneCountry(input),
            FormerEmployment.Topic => FormerEmployment.FromProfile(question, input),
            "ethnicity" when HispanicQuestion().IsMatch(TextNorm.Normalize(question)) => HispanicOrigin(input.User(key)),
            // "Field of study" shares the degree's topic but asks only its subject ("Computer Science").
            "degree" when Education.AsksDiscipline(question) => Education.Discipline(input.User(key)),
            "date_of_birth" => AgeThreshold.BirthDate(input),
            "years_experience" => ExperienceLength.Value(question, input),
            "salary_expectation" => input.Number(key)?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? input.User(key),
            _ when ProfileKeys.DeclineByDefault.Contains(key) => input.User(key) ?? Decline,
            _ => ProfileKeys.Find(key) is null ? null : input.User(key),
        };
        var source = key switch
        {
            "work_unsponsored" => "userData.work_authorization + userData.requires_sponsorship",
            FormerEmployment.Topic => "userData.current_company",
            _ => $"userData.{key}",
        };
        return value is null ? null : new FieldAnswer(value, value == Decline && input.User(key) is null ? "default" : source, [], question)
        {
            Place = key == "city" ? new Place(value, input.User("state"), input.User("country")) : null,
        };
    }

    /// <summary>
    /// "Are you Hispanic or Latino?" from the ethnicity the applicant gave: yes when it names Hispanic or Latino origin,
    /// no when it says not, the decline when absent or declined; null when it names another ethnicity, which says
    /// nothing about Hispanic origin (EEO forms ask the two apart).
    /// </summary>
    private static string? HispanicOrigin(string? ethnicity)
    {
        var t = TextNorm.Normalize(ethnicity);
        return ethnicity is null ? Decline
            : OptionMatcher.IsDecline(ethnicity) ? ethnicity
            : !Regex.IsMatch(t, @"hispanic|latin") ? null
            : Regex.IsMatch(t, @"\b(not|non)\b") ? "no" : "yes";
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

    /// <summary>Yes when the applicant may work there and needs no sponsorship, no when either fails, null when unknown.</summary>
    private static string? Unsponsored(string question, ApplyInput input)
    {
        var authorised = YesNo.Parse(input.WorkAuthorization(Countries.NamedIn(question), question) ?? OnTopic("work_authorization", input));
        var sponsorship = YesNo.Parse(input.User("requires_sponsorship") ?? OnTopic("requires_sponsorship", input));
        return authorised == false || sponsorship == true ? "no" : authorised == true && sponsorship == false ? "yes" : null;
    }

    /// <summary>A screening answer on <paramref name="topic"/> (a key worded as a question on it, or the profile key's name).</summary>
    public static FieldAnswer? OnTopicAnswer(string topic, ApplyInput input) =>
        input.QaOverrides.Where(p => Topics.Of(p.Key) == topic || ProfileKeys.Find(p.Key)?.Key == topic)
            .Select(p => new FieldAnswer(p.Value, $"qaOverrides[{p.Key}]", [], p.Key)).FirstOrDefault();

    private static string? OnTopic(string topic, ApplyInput input) =>
        input.QaOverrides.Where(p => Topics.Of(p.Key) == topic || ProfileKeys.Find(p.Key)?.Key == topic).Select(p => p.Value).FirstOrDefault();

    private static List<Candidate> Candidates(string question, string? topic, ApplyInput input)
    {
        // A question whose topic a rule recognised is not answered by an entry known to be about something else,
        // nor a label naming a thing by a yes or no.
        var named = AsksForName(question, topic);
        // Earlier employment and the other screening facts are recognised by their structure (FormerEmployment,
        // ScreeningFacts): a question they did not recognise ("Do you know anyone who works here?") only sounds like
        // one, so their entries do not answer it.
        bool Fits(string? other, string value) => (topic is null || other is null || other == topic) && !(named && YesNo.Parse(value) is not null)
            && (!ScreeningFacts.IsFact(other) || (topic == other && other != ScreeningFacts.Several));
        var list = new List<Candidate>();
        foreach (var (key, value) in input.QaOverrides)
        {
            var keyTopic = Topics.Of(key);
            // A key written as an identifier ("willing_to_travel") is compared in words, as a form would ask it.
            var texts = ProfileKeys.Find(key) is { Questions.Count: > 0 } k ? k.Questions : [key.Contains(' ', StringComparison.Ordinal) ? key : key.Replace('_', ' ')];
            if (Fits(keyTopic, value) && !(topic is not null && Topics.IsLegal(keyTopic)) && CheckCoverage.Covers(key, question))
            {
                list.Add(new(keyTopic ?? $"qa:{key}", texts, new FieldAnswer(value, $"qaOverrides[{key}]", [], key), Topics.IsLegal(keyTopic), 0));
            }
        }

        foreach (var key in ProfileKeys.All.Where(k => k.Questions.Count > 0 && Fits(k.Key, "") && !(topic is not null && k.Legal)))
        {
            if (FromProfile(key.Key, "", input) is { } answer)
            {
                list.Add(new(key.Key, [.. key.Questions, key.Key.Replace('_', ' ')], answer, key.Legal, 1));
            }
        }

        foreach (var saved in input.SavedAnswers)
        {
            var savedTopic = Topics.Of(saved.Question);
            if (Fits(savedTopic, saved.Answer) && !(topic is not null && Topics.IsLegal(savedTopic)) && CheckCoverage.Covers(saved.Question, question))
            {
                list.Add(new(savedTopic ?? $"saved:{saved.Question}", [saved.Question], new FieldAnswer(saved.Answer, "savedAnswers", [], saved.Question), Topics.IsLegal(savedTopic), 2));
            }
        }

        return list;
    }

    // "Are you Hispanic or Latino?", "Hispanic/Latino origin": a yes/no about one origin, not the list of ethnicities.
    [GeneratedRegex(@"^(are you|do you (identify|consider)\w*)\b.*\b(hispanic|latin\w*)\b|^(hispanic|latin\w*)( or (hispanic|latin\w*))?( origin| ethnicity)?$")]
    private static partial Regex HispanicQuestion();
}
