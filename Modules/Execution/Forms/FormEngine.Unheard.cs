namespace GhostHands.Execution.Forms;

/// <summary>The engine's second press of a stateless yes/no pair the page flags as unanswered (<see cref="UnheardAnswers"/>).</summary>
internal sealed partial class FormEngine
{
    // Stateless pairs pressed again for the flag they carried then: each flag earns one more press.
    private readonly HashSet<string> pressedAgain = [];

    /// <summary>Whether the field shows its answer as the page sees it: a stateless pair the page flags as unanswered does not.</summary>
    private static bool Shown(FormField field, FieldAnswer answer) => FieldFiller.Satisfied(field, answer) && !UnheardAnswers.Flagged(field);

    /// <summary>Whether to put the answer in: not shown yet, and for a flagged stateless pair not pressed again for this flag already.</summary>
    private bool ToFill(FormField field, FieldAnswer answer) =>
        !Shown(field, answer) && !(UnheardAnswers.Flagged(field) && pressedAgain.Contains(Flag(field)));

    // Other fields filled this round while the page flagged them: one whose flag then went shows a page that clears its
    // flags on change, the only kind on which a flag still shown after a second press is evidence against that press.
    private readonly HashSet<string> filledFlagged = [];
    private bool clearsOnChange;

    /// <summary>Notes a flagged stateless pair that was just pressed again, and any other flagged field just filled.</summary>
    private void PressedAgain(FormField field)
    {
        if (UnheardAnswers.Flagged(field))
        {
            pressedAgain.Add(Flag(field));
        }
        else if (field.Error.Length > 0 && !field.Stateless)
        {
            filledFlagged.Add(field.Key);
        }
    }

    /// <summary>
    /// After a fill round: a pair pressed again whose flag the page still shows (and not only in the server's last
    /// refusal, which stays until the next submit) is the page refusing it; it is noted as a control that would not
    /// take its answer, so the run pauses naming it instead of sending the same form again. Only on a page seen to clear
    /// its flags on change: many keep their own "required" until the next submit, and there that submit is the judge.
    /// </summary>
    private async Task VerifyPressedAgainAsync(PageInventory inventory)
    {
        clearsOnChange |= inventory.Fields.Any(f => filledFlagged.Contains(f.Key) && f.Error.Length == 0);
        filledFlagged.Clear();
        if (!clearsOnChange)
        {
            return;
        }

        foreach (var field in inventory.Fields.Where(f => UnheardAnswers.Flagged(f) && pressedAgain.Contains(Flag(f)) && !serverErrors.Messages.Values.Contains(f.Error)))
        {
            if (!stuck.ContainsKey(field.Key))
            {
                NoteStuck(field, "the page still says it is unanswered after the answer was pressed again");
                await session.NarrateAsync("field_skipped", $"\"{Short(field.Label)}\" is still flagged after its answer was pressed again: {Short(field.Error)}");
            }
        }
    }

    /// <summary>
    /// What was filled, with each second press as an entry of its own: the submit guard lets a rejected form go again
    /// only after a repair, and a second press repairs what no value shows.
    /// </summary>
    private Dictionary<string, FilledField> WithPresses(Dictionary<string, FilledField> fields)
    {
        var all = new Dictionary<string, FilledField>(fields);
        foreach (var flag in pressedAgain)
        {
            all["pressed again|" + flag] = new FilledField("", "", "pressed again", "page flag");
        }

        return all;
    }

    private static string Flag(FormField field) => field.Key + "\n" + field.Error;
}
