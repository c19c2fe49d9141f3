using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;

namespace GhostHands.Api;

/// <summary>
/// Reads a JSON body into the type its endpoint accepts before the endpoint does, and answers a body that is not
/// valid JSON, or holds a value of the wrong type, with the same 400 problem as <see cref="BadRequestExceptionHandler"/>,
/// logged as information: bad input is the caller's mistake, not the service's. Without it Wolverine logs each such
/// body as an error with a stack trace before answering. An endpoint that can do without a body is left alone when none came.
/// </summary>
internal sealed partial class JsonBodyCheck(RequestDelegate next, IOptions<JsonOptions> json, ILogger<JsonBodyCheck> logger)
{
    public async Task InvokeAsync(HttpContext context, BadRequestExceptionHandler problems)
    {
        var request = context.Request;
        if (context.GetEndpoint()?.Metadata.GetMetadata<IAcceptsMetadata>() is not { RequestType: { } type } accepts || !request.HasJsonContentType()
            || (accepts.IsOptional && request.ContentLength == 0))
        {
            await next(context);
            return;
        }

        request.EnableBuffering();
        try
        {
            // An empty body is no JSON either, unless the endpoint can do without one.
            if (!accepts.IsOptional || await HasContentAsync(request.Body, context.RequestAborted))
            {
                await JsonSerializer.DeserializeAsync(request.Body, type, json.Value.SerializerOptions, context.RequestAborted);
            }
        }
        catch (JsonException e)
        {
            LogRejected(logger, request.Method, request.Path, e.Path ?? "$", e.Message.Split('.')[0]);
            await problems.TryHandleAsync(context, e, context.RequestAborted);
            return;
        }
        finally
        {
            request.Body.Position = 0;
        }

        await next(context);
    }

    private static async Task<bool> HasContentAsync(Stream body, CancellationToken ct)
    {
        var buffer = new byte[512];
        int read;
        while ((read = await body.ReadAsync(buffer, ct)) > 0)
        {
            if (buffer.AsSpan(0, read).IndexOfAnyExcept(" \t\r\n"u8) >= 0)
            {
                body.Position = 0;
                return true;
            }
        }

        body.Position = 0;
        return false;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused the body of {Method} {Path}: {JsonPath} {Reason}")]
    private static partial void LogRejected(ILogger logger, string method, string path, string jsonPath, string reason);
}
