namespace GhostHands.Execution.Forms.Meaning;

/// <summary>
/// The items of a list the applicant gave (<c>skills</c>, <c>languages</c>): the profile's list, then the items of a
/// screening answer on the same topic ("Which languages do you speak fluently?": "English, Spanish"). The one reading
/// of those lists for every rule that asks whether the applicant has a skill or speaks a language.
/// </summary>
internal static class ListedItems
{
    public static IEnumerable<string> Of(string key, ApplyInput input) =>
        input.List(key).Concat(AnswerFinder.OnTopicAnswer(key, input) is { } qa ? OptionMatcher.SplitList(qa.Value) : []);
}
