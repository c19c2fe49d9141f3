namespace GhostHands.Execution.Forms;

/// <summary>Amounts written in words, as forms write spans of time and notice periods ("a couple of weeks", "half a month").</summary>
internal static class NumberWords
{
    /// <summary>The amount a word or phrase stands for, or null when it is not one.</summary>
    public static double? Value(string words) => System.Text.RegularExpressions.Regex.Replace(words.Trim(), @"\s+", " ") switch
    {
        "zero" => 0,
        "a" or "an" or "one" => 1,
        "two" or "a couple of" or "couple of" or "a couple" => 2,
        "three" or "a few" or "few" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "fifteen" => 15,
        "twenty" => 20,
        "half a" => 0.5,
        _ => null,
    };
}
