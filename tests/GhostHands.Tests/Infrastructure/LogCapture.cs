using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GhostHands.Tests.Infrastructure;

/// <summary>
/// Keeps every log entry of a host at every level, as text: category, message, structured values, scopes and the
/// exception. Register with <see cref="AddTo"/>; other providers keep their configured levels.
/// </summary>
public sealed class LogCapture : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<string> entries = new();
    private IExternalScopeProvider scopes = new LoggerExternalScopeProvider();

    public IReadOnlyList<string> Entries => [.. entries];

    public void AddTo(IServiceCollection services)
    {
        services.AddSingleton<ILoggerProvider>(this);
        services.AddLogging(logging => logging.AddFilter<LogCapture>(null, LogLevel.Trace));
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Logger(LogCapture capture, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => capture.scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var text = new System.Text.StringBuilder($"{logLevel} {category}: {formatter(state, exception)}");
            if (state is IEnumerable<KeyValuePair<string, object?>> values)
            {
                foreach (var (key, value) in values)
                {
                    text.Append(" | ").Append(key).Append('=').Append(value);
                }
            }

            capture.scopes.ForEachScope((scope, sb) => sb.Append(" | scope ").Append(
                scope is IEnumerable<KeyValuePair<string, object?>> kv ? string.Join(", ", kv.Select(p => $"{p.Key}={p.Value}")) : scope), text);
            if (exception is not null)
            {
                text.Append(" | ").Append(exception);
            }

            capture.entries.Enqueue(text.ToString());
        }
    }
}
