using System.Reflection;

namespace GhostHands.Fixtures;

/// <summary>Pages, assets and JSON compiled into this assembly, addressed by their path in the project.</summary>
internal static class EmbeddedFiles
{
    private static readonly Assembly Assembly = typeof(EmbeddedFiles).Assembly;

    public static IEnumerable<string> Names => Assembly.GetManifestResourceNames();

    public static bool Exists(string path) => Assembly.GetManifestResourceInfo(path) is not null;

    public static byte[]? ReadBytes(string path)
    {
        using var stream = Assembly.GetManifestResourceStream(path);
        if (stream is null)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    public static string? ReadText(string path)
    {
        using var stream = Assembly.GetManifestResourceStream(path);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static string ReadRequiredText(string path) =>
        ReadText(path) ?? throw new InvalidOperationException($"Embedded file '{path}' is missing from {Assembly.GetName().Name}.");

    public static string ContentType(string path) => Path.GetExtension(path) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".json" => "application/json; charset=utf-8",
        ".svg" => "image/svg+xml",
        _ => "application/octet-stream",
    };
}
