using GhostHands.Jobs;
using GhostHands.Schema;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace GhostHands.Api.OpenApi;

/// <summary>
/// <c>input_data</c> is free-form JSON in the request types; this describes the part the API checks: the applicant
/// profile (<c>userData</c>) and <c>rememberAnswers</c>, built from <see cref="ApplicantProfileRules"/> so the document
/// cannot drift from the validation. Other keys stay allowed.
/// </summary>
internal sealed class ApplicantProfileSchema : IOpenApiSchemaTransformer
{
    private const string InputData = "input_data";

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonTypeInfo.Type == typeof(CreateJobParams) && schema.Properties is { } properties)
        {
            properties[InputData] = InputDataSchema();
        }

        return Task.CompletedTask;
    }

    private static OpenApiSchema InputDataSchema() => new()
    {
        Type = JsonSchemaType.Object | JsonSchemaType.Null,
        Description = "The job's input. For apply and fill_form: userData (the applicant profile), qaOverrides, resumePath, platform, rememberAnswers. Other keys are kept.",
        AdditionalPropertiesAllowed = true,
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            [ApplicantProfileRules.UserData] = Profile(),
            [ApplicantProfileRules.RememberAnswers] = new OpenApiSchema
            {
                Type = JsonSchemaType.Boolean,
                Description = "false: answers given when resuming this job are not kept, and earlier ones are not used. Default true.",
            },
        },
    };

    private static OpenApiSchema Profile()
    {
        var properties = new Dictionary<string, IOpenApiSchema>();
        foreach (var key in ApplicantProfileRules.TextFields)
        {
            properties[key] = Text(null);
        }

        foreach (var key in ApplicantProfileRules.YesNoFields)
        {
            properties[key] = YesNo();
        }

        foreach (var key in ApplicantProfileRules.ListFields)
        {
            properties[key] = new OpenApiSchema
            {
                OneOf = [new OpenApiSchema { Type = JsonSchemaType.Array, Items = Text(null) }, Text("comma-separated items")],
            };
        }

        properties["years_experience"] = new OpenApiSchema { Type = JsonSchemaType.Number, Description = $"0 to {ApplicantProfileRules.MaxYearsExperience}" };
        properties["salary_expectation"] = new OpenApiSchema
        {
            OneOf = [new OpenApiSchema { Type = JsonSchemaType.Number, Description = "at least 0" }, Text("such as 120k-140k")],
        };
        properties["salary_currency"] = new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "^[A-Za-z]{3}$", Description = "ISO 4217 code" };
        properties["start_date"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "date" };
        properties["work_authorization"] = new OpenApiSchema
        {
            OneOf = [YesNo(), new OpenApiSchema { Type = JsonSchemaType.Object, AdditionalProperties = YesNo(), Description = "yes/no keyed by country code or name" }],
        };
        var arrangement = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [.. ApplicantProfileRules.WorkArrangements.Select(a => (System.Text.Json.Nodes.JsonNode)a)] };
        properties["work_arrangement"] = new OpenApiSchema { OneOf = [arrangement, new OpenApiSchema { Type = JsonSchemaType.Array, Items = arrangement }] };
        return new OpenApiSchema
        {
            Type = JsonSchemaType.Object | JsonSchemaType.Null,
            Description = "The applicant profile. Every key is optional; null counts as absent; unknown keys are kept. See docs/execution.md.",
            AdditionalPropertiesAllowed = true,
            Properties = properties,
        };
    }

    private static OpenApiSchema Text(string? description) => new() { Type = JsonSchemaType.String, Description = description };

    private static OpenApiSchema YesNo() => new()
    {
        OneOf = [new OpenApiSchema { Type = JsonSchemaType.String, Description = "yes or no, any case" }, new OpenApiSchema { Type = JsonSchemaType.Boolean }],
    };
}
