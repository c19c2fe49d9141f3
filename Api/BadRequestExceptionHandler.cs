using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace GhostHands.Api;

/// <summary>
/// Turns a body that is not valid JSON, or has a value of the wrong type, into a 400 ProblemDetails that names the
/// field (from the serializer's JSON path), instead of a 500.
/// </summary>
internal sealed partial class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    /// <summary>
    /// Wolverine answers a body it cannot deserialize itself ("Invalid JSON format", the path in the detail); this
    /// gives that answer the same shape as every other validation problem: <c>errors</c> keyed by field and a code.
    /// </summary>
    public static void NameTheField(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Status != StatusCodes.Status400BadRequest || problem.Title != "Invalid JSON format")
        {
            return;
        }

        var field = FieldOf(JsonPath().Match(problem.Detail ?? "") is { Success: true } m ? m.Groups[1].Value : null);
        var message = field is null ? "The body is not valid JSON." : $"{field} has a value of the wrong type or is malformed.";
        problem.Title = "The request is invalid.";
        problem.Detail = message + " Nothing was written.";
        problem.Extensions["errors"] = new Dictionary<string, string[]> { [field ?? "body"] = [message] };
        problem.Extensions["code"] = "validation_failed";
        problem.Extensions.Remove("lineNumber");
        problem.Extensions.Remove("bytePositionInLine");
    }

    [GeneratedRegex(@"Path: (\$[^ |]*)")]
    private static partial Regex JsonPath();

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var json = exception as JsonException ?? exception.InnerException as JsonException;
        if (json is null && exception is not BadHttpRequestException)
        {
            return false;
        }

        var field = FieldOf(json?.Path);
        var message = json is null
            ? exception.Message
            : field is null ? "The body is not valid JSON." : $"{field} has a value of the wrong type or is malformed.";
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        var problem = new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field ?? "body"] = [message] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request is invalid.",
            Detail = message + " Nothing was written.",
            Extensions = { ["code"] = "validation_failed" },
        };
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }

    /// <summary><c>$.jobs[2].priority</c> → <c>jobs[2].priority</c>; <c>$</c> or nothing → null.</summary>
    private static string? FieldOf(string? path) =>
        path is null || path == "$" ? null : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;
}
