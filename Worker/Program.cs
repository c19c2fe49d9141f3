using Microsoft.Extensions.Hosting;

namespace GhostHands.Worker;

internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        try
        {
            using var host = WorkerApp.CreateBuilder(args).Build();
            await host.RunAsync();
            return 0;
        }
        catch (Exception e) when (e is InvalidOperationException or Microsoft.Extensions.Options.OptionsValidationException)
        {
            // Configuration mistakes (bad --worker-id, missing connection string) end with one clear line, not a stack trace.
            await Console.Error.WriteLineAsync($"GhostHands worker cannot start: {e.Message}");
            return 2;
        }
    }
}
