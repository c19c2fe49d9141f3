using System.Collections;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace GhostHands.ServiceDefaults.Logging;

/// <summary>
/// The console format of every GhostHands process (<c>Logging:Console:FormatterName = ghosthands</c>, with the simple
/// formatter's options): one line per entry, <c>HH:mm:ss info: Category[id] message => JobId=... WorkerId=...</c>.
/// The simple formatter prints a scope by its <c>ToString()</c>, which for the dictionaries our scopes are is
/// <c>System.Collections.Generic.Dictionary`2[...]</c>; here a scope of key/value pairs prints as <c>key=value</c>, and
/// any other scope only when it describes itself. A stack trace is printed for warnings and worse only: below that an
/// exception is expected (bad input, a retry) and its message says enough.
/// </summary>
public sealed class KeyValueConsoleFormatter(IOptionsMonitor<SimpleConsoleFormatterOptions> options) : ConsoleFormatter(Name)
{
    public new const string Name = "ghosthands";

    public override void Write<TState>(in LogEntry<TState> logEntry, IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        var message = logEntry.Formatter?.Invoke(logEntry.State, logEntry.Exception);
        if (message is null && logEntry.Exception is null)
        {
            return;
        }

        var settings = options.CurrentValue;
        var line = new StringBuilder();
        if (settings.TimestampFormat is { } format)
        {
            var now = settings.UseUtcTimestamp ? DateTimeOffset.UtcNow : DateTimeOffset.Now;
            line.Append(now.ToString(format, CultureInfo.InvariantCulture));
        }

        line.Append(Level(logEntry.LogLevel)).Append(": ").Append(logEntry.Category)
            .Append('[').Append(logEntry.EventId.Id).Append("] ").Append(OneLine(message ?? ""));
        if (settings.IncludeScopes && scopeProvider is not null)
        {
            scopeProvider.ForEachScope(static (scope, builder) => AppendScope(scope, builder), line);
        }

        if (logEntry.Exception is { } exception)
        {
            line.Append(logEntry.LogLevel >= LogLevel.Warning
                ? Environment.NewLine + exception
                : $" ({OneLine(exception.Message)})");
        }

        textWriter.WriteLine(line.ToString());
    }

    private static void AppendScope(object? scope, StringBuilder line)
    {
        if (scope is IEnumerable<KeyValuePair<string, object?>> pairs)
        {
            var first = true;
            foreach (var (key, value) in pairs)
            {
                // The template of a message-style scope; its values are the pairs themselves.
                if (key == "{OriginalFormat}" || value is null)
                {
                    continue;
                }

                line.Append(first ? " => " : " ").Append(key).Append('=').Append(Format(value));
                first = false;
            }

            return;
        }

        if (scope?.ToString() is { Length: > 0 } text && text != scope.GetType().ToString())
        {
            line.Append(" => ").Append(OneLine(text));
        }
    }

    private static string Format(object value) => value switch
    {
        string s => s.Contains(' ', StringComparison.Ordinal) ? $"\"{s}\"" : s,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable items => string.Join(',', items.Cast<object?>()),
        _ => value.ToString() ?? "",
    };

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");

    private static string Level(LogLevel level) => level switch
    {
        LogLevel.Trace => "trce",
        LogLevel.Debug => "dbug",
        LogLevel.Information => "info",
        LogLevel.Warning => "warn",
        LogLevel.Error => "fail",
        LogLevel.Critical => "crit",
        _ => "none",
    };
}
