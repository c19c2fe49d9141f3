using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace GhostHands.Worker;

internal static class Program
{
    /// <summary>How long a worker keeps trying to start while the database is unreachable or restarting.</summary>
    private static readonly TimeSpan StartupPatience = TimeSpan.FromMinutes(2);

    public static async Task<int> Main(string[] args)
    {
        var giveUpAt = DateTime.UtcNow + StartupPatience;
        for (var delay = TimeSpan.FromMilliseconds(500); ; delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(5).Ticks)))
        {
            IHost? host = null;
            try
            {
                host = WorkerApp.CreateBuilder(args).Build();
                await host.RunAsync();
                return 0;
            }
            catch (Exception e) when (e is InvalidOperationException or Microsoft.Extensions.Options.OptionsValidationException && !DatabaseUnavailable(e))
            {
                // Configuration mistakes (bad --worker-id, missing connection string) end with one clear line, not a stack trace.
                await Console.Error.WriteLineAsync($"GhostHands worker cannot start: {e.Message}");
                return 2;
            }
            catch (Exception e) when (DatabaseUnavailable(e) && !Started(host) && DateTime.UtcNow + delay < giveUpAt)
            {
                // A database restarting under a starting worker is not a reason to stay down: nothing was claimed yet,
                // and whatever an earlier run of this worker held is rescued by the next start.
                await Console.Error.WriteLineAsync(
                    $"GhostHands worker: the database was unavailable during start-up ({e.GetBaseException().Message.Split('\n')[0]}); starting again in {delay.TotalSeconds:0.#} s.");
                await Task.Delay(delay);
            }
            finally
            {
                host?.Dispose();
            }
        }
    }

    private static bool Started(IHost? host) =>
        host?.Services.GetService<IHostApplicationLifetime>()?.ApplicationStarted.IsCancellationRequested ?? false;

    /// <summary>True when <paramref name="e"/> (or what it wraps) says the database could not be reached or was going away.</summary>
    private static bool DatabaseUnavailable(Exception e)
    {
        for (Exception? x = e; x is not null; x = x.InnerException)
        {
            if (x is AggregateException aggregate && aggregate.InnerExceptions.Any(DatabaseUnavailable))
            {
                return true;
            }

            if (x is SocketException
                || (x is PostgresException p && (p.SqlState is "57P01" or "57P02" or "57P03" || p.SqlState.StartsWith("08", StringComparison.Ordinal)))
                || x is NpgsqlException { IsTransient: true } and not PostgresException)
            {
                return true;
            }
        }

        return false;
    }
}
