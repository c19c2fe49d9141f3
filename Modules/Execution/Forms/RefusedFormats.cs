namespace GhostHands.Execution.Forms;

/// <summary>
/// Answers in the shape each field asks for (<see cref="FieldShape"/>), remembering for the rest of the run the refusal
/// message that reshaped a field's answer ("enter the date as MM/DD/YYYY"). A page refused again for another field
/// comes back without the message on the field already repaired, and its answer must not fall back to the shape the
/// server refused.
/// </summary>
internal sealed class RefusedFormats
{
    // The message that reshaped a field's answer, by field key (stable across re-renders).
    private readonly Dictionary<string, string> said = [];

    public FieldAnswer Apply(FormField field, FieldAnswer answer)
    {
        var shaped = FieldShape.Apply(field, answer);
        if (field.Error.Length > 0)
        {
            if (shaped.Value != FieldShape.Apply(field with { Error = "" }, answer).Value)
            {
                said[field.Key] = field.Error;
            }

            return shaped;
        }

        return said.TryGetValue(field.Key, out var message) ? FieldShape.Apply(field with { Error = message }, answer) : shaped;
    }
}
