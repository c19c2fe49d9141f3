using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace GhostHands.Jobs.Answers;

internal static class AnswersRegistration
{
    /// <summary>
    /// The saved-answers store, for the API (resume, list, delete) and workers (load). The document type is declared
    /// so that Marten creates its table at start-up rather than inside a resume's transaction.
    /// </summary>
    public static IHostApplicationBuilder AddSavedAnswers(this IHostApplicationBuilder builder)
    {
        builder.Services.ConfigureMarten(options => options.Schema.For<SavedAnswer>().Index(a => a.UserId));
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<SavedAnswers>();
        return builder;
    }
}
