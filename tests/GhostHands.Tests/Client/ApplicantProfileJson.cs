using System.Text.Json;
using System.Text.Json.Nodes;
using GhostHands.Client;
using GhostHands.Jobs;
using GhostHands.Schema;

namespace GhostHands.Tests.Client;

/// <summary>The client's typed profile writes the contract's keys, in shapes the API accepts, and reads them back.</summary>
public sealed class WhenSerialisingAnApplicantProfile
{
    private static readonly string[] ContractKeys =
    [
        "first_name", "last_name", "email", "phone", "linkedin_url", "address_line1", "city", "state", "postal_code", "country",
        "current_company", "current_title", "website", "github_url", "portfolio_url", "years_experience", "salary_expectation",
        "salary_currency", "start_date", "notice_period", "work_authorization", "requires_sponsorship", "willing_to_relocate",
        "work_arrangement", "highest_education", "school", "degree", "languages", "skills", "gender", "ethnicity",
        "veteran_status", "disability_status", "pronouns",
    ];

    private static readonly ApplicantProfile Full = new()
    {
        FirstName = "Ada", LastName = "Lovelace", Email = "ada@example.com", Phone = "+14155550142",
        LinkedinUrl = "https://www.linkedin.com/in/ada", AddressLine1 = "12 Analytical Row", City = "San Francisco", State = "CA",
        PostalCode = "94105", Country = "US", CurrentCompany = "Engines Ltd", CurrentTitle = "Engineer",
        Website = "https://ada.example.com", GithubUrl = "https://github.com/ada", PortfolioUrl = "https://ada.example.com/work",
        YearsExperience = 7.5m, SalaryExpectation = "120000", SalaryCurrency = "USD", StartDate = new DateOnly(2027, 1, 15),
        NoticePeriod = "2 weeks", WorkAuthorization = WorkAuthorization.For(new Dictionary<string, bool> { ["US"] = true, ["CA"] = false }),
        RequiresSponsorship = false, WillingToRelocate = true, WorkArrangement = "hybrid", HighestEducation = "Bachelor's degree",
        School = "University of London", Degree = "BSc Mathematics", Languages = ["English", "French"], Skills = ["C#", "PostgreSQL"],
        Gender = "Female", Ethnicity = "White", VeteranStatus = "I am not a veteran", DisabilityStatus = "No", Pronouns = "she/her",
    };

    public static TheoryData<string> Conventions => ["default", "contract"];

    private static JsonSerializerOptions Options(string name) => name == "contract" ? ContractJson.Options : JsonSerializerOptions.Default;

    [Theory]
    [MemberData(nameof(Conventions))]
    public void Every_property_is_written_under_its_contract_key(string conventions)
    {
        var json = JsonSerializer.SerializeToNode(Full, Options(conventions))!.AsObject();

        Assert.Equal(ContractKeys.Order(StringComparer.Ordinal), json.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal("2027-01-15", (string?)json["start_date"]);
        Assert.Equal(120000m, (decimal)json["salary_expectation"]!);
        Assert.Equal("no", (string?)json["requires_sponsorship"]);
        Assert.Equal("no", (string?)json["work_authorization"]!["CA"]);
    }

    [Fact]
    public void What_it_writes_passes_the_submission_rules()
    {
        var input = JsonSerializer.SerializeToElement(new ApplyJobInput { UserData = Full, RememberAnswers = false });

        Assert.Empty(ApplicantProfileRules.Problems(input));
        Assert.Equal(JsonValueKind.False, input.GetProperty("rememberAnswers").ValueKind);
    }

    [Fact]
    public void Unset_properties_are_left_out()
    {
        var json = JsonSerializer.SerializeToNode(new ApplicantProfile { FirstName = "Ada" }, ContractJson.Options)!.AsObject();

        Assert.Equal(["first_name"], json.Select(p => p.Key));
    }

    [Theory]
    [MemberData(nameof(Conventions))]
    public void It_round_trips(string conventions)
    {
        var json = JsonSerializer.Serialize(Full, Options(conventions));

        var read = JsonSerializer.Deserialize<ApplicantProfile>(json, Options(conventions))!;

        Assert.Equal(json, JsonSerializer.Serialize(read, Options(conventions)));
        Assert.Equal(Full with { Languages = read.Languages, Skills = read.Skills }, read);
        Assert.Equal(Full.Skills, read.Skills);
    }

    [Fact]
    public void It_reads_the_other_accepted_shapes()
    {
        var read = JsonSerializer.Deserialize<ApplicantProfile>(
            """{"requires_sponsorship": true, "willing_to_relocate": "No", "work_authorization": "yes", "salary_expectation": "120k-140k", "unknown": 1}""")!;

        Assert.True(read.RequiresSponsorship);
        Assert.False(read.WillingToRelocate);
        Assert.Equal(WorkAuthorization.Yes, read.WorkAuthorization);
        Assert.Equal("120k-140k", read.SalaryExpectation);
    }

    [Fact]
    public void As_a_jobs_input_data_it_keeps_the_keys_the_worker_reads()
    {
        var options = new CreateJobOptions
        {
            JobType = JobTypes.Apply,
            TargetUrl = "https://boards.example.com/acme/jobs/1",
            InputData = new ApplyJobInput { UserData = new ApplicantProfile { FirstName = "Ada", YearsExperience = 3 }, QaOverrides = new Dictionary<string, string> { ["Visa?"] = "No" } },
        };

        var input = JsonNode.Parse(options.ToParams(Guid.NewGuid()).InputData!.Value.GetRawText())!;

        Assert.Equal("Ada", (string?)input["userData"]!["first_name"]);
        Assert.Equal(3m, (decimal)input["userData"]!["years_experience"]!);
        Assert.Equal("No", (string?)input["qaOverrides"]!["Visa?"]);
        Assert.Equal(["userData", "qaOverrides"], input.AsObject().Select(p => p.Key));
    }
}
