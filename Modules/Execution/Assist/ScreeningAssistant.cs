using GhostHands.Execution.Browser;
using GhostHands.Execution.Forms;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace GhostHands.Execution.Assist;

/// <summary>
/// Asks the language model the form questions the deterministic engine would otherwise pause on. A call is made only
/// when its worst case (the prompt's size plus <see cref="LanguageModelOptions.MaxOutputTokens"/>) fits what is left
/// of the job's and the month's budget; its reported tokens are charged to the job and its user at once. Any failure of
/// the model leaves the question open, so the job pauses for a person as it would without a model.
/// </summary>
internal sealed class ScreeningAssistant(IChatClient chat, IOptions<LanguageModelOptions> options)
{
    /// <summary>The answer, or null: the model did not know, the budget had no room, or the call failed.</summary>
    public async Task<string?> AnswerAsync(JobSession session, OpenQuestion question, ApplyInput input)
    {
        var o = options.Value;
        var prompt = AssistPrompt.User(question, input);
        // A token is about four characters of English; three keeps the estimate on the safe side.
        var promptTokens = (AssistPrompt.System.Length + prompt.Length) / 3 + 16;
        var worstCase = o.PriceCents(promptTokens, o.MaxOutputTokens);
        if (!session.Meter.CanAfford(worstCase))
        {
            await session.NarrateAsync("model_skipped",
                $"Not asking the language model about \"{question.Question}\": a call may cost {worstCase:0.####} cents and the budget has {session.Meter.AvailableCents:0.####} left.",
                new { question = question.Question, reason = "budget", estimate_cents = worstCase, available_cents = session.Meter.AvailableCents });
            return null;
        }

        ChatResponse response;
        try
        {
            response = await chat.GetResponseAsync(
                [new ChatMessage(ChatRole.System, AssistPrompt.System), new ChatMessage(ChatRole.User, prompt)],
                new ChatOptions { MaxOutputTokens = o.MaxOutputTokens, Temperature = 0 },
                session.CancellationToken);
        }
        catch (Exception e) when (!session.CancellationToken.IsCancellationRequested)
        {
            // The model is optional: whatever went wrong, the question goes to a person.
            await session.NarrateAsync("model_failed", $"The language model could not answer \"{question.Question}\": {e.GetType().Name}.",
                new { question = question.Question, error = e.GetType().Name });
            return null;
        }

        var inputTokens = response.Usage?.InputTokenCount ?? promptTokens;
        var outputTokens = response.Usage?.OutputTokenCount ?? o.MaxOutputTokens;
        var cents = o.PriceCents(inputTokens, outputTokens);
        await session.Meter.ChargeModelAsync(inputTokens, outputTokens, cents);

        var text = response.Text.Trim().Trim('"').Trim();
        var answer = text.Length == 0 || text.Equals(AssistPrompt.Unknown, StringComparison.OrdinalIgnoreCase) || text.Length > 2000 ? null : text;
        AssistLog.ModelAsked(session.Context.Logger, o.Model, question.Question, inputTokens, outputTokens, cents, answer is not null);
        await session.NarrateAsync("model_answered",
            answer is null
                ? $"The language model did not know \"{question.Question}\"."
                : $"The language model answered \"{question.Question}\" with \"{(answer.Length <= 120 ? answer : answer[..117] + "...")}\".",
            new { question = question.Question, answer, model = o.Model, input_tokens = inputTokens, output_tokens = outputTokens, cost_cents = cents });
        return answer;
    }
}
