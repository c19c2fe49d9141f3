using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace GhostHands.ServiceDefaults.Logging;

/// <summary>Console logging of every GhostHands process: <see cref="KeyValueConsoleFormatter"/> unless configuration picks another.</summary>
public static class ConsoleLogging
{
    public static IHostApplicationBuilder AddKeyValueConsole(this IHostApplicationBuilder builder)
    {
        builder.Logging.AddConsoleFormatter<KeyValueConsoleFormatter, SimpleConsoleFormatterOptions>();
        // "simple" is .NET's default and prints scopes as type names; json and systemd stay available by name.
        var chosen = builder.Configuration["Logging:Console:FormatterName"];
        if (chosen is null or "" || chosen.Equals(ConsoleFormatterNames.Simple, StringComparison.OrdinalIgnoreCase))
        {
            builder.Services.Configure<ConsoleLoggerOptions>(options => options.FormatterName = KeyValueConsoleFormatter.Name);
        }

        return builder;
    }
}
