namespace GhostHands.Execution.Forms;

/// <summary>Amounts written in words, as forms write spans of time, notice periods and years of work ("a couple of weeks", "half a month", "thirteen or more").</summary>
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
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "half a" => 0.5,
        _ => null,
    };
}
